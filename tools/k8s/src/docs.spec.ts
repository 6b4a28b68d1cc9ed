// docs/operations.md stays true to what exists: the files it lists, the metrics, the alerts, how each pod gets its
// key and where the CA key stays, and the network allowances.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { certificateNames, manifestFiles } from './manifests.js';
import { METRIC_NAMES } from './metrics.js';
import { WORKSPACE_ROOT, rootVersion } from './render.js';
import {
  ALLOWANCES,
  CA_CONFIGMAP,
  GATEWAY_SHUTDOWN_GRACE_MS,
  GATEWAY_TERMINATION_GRACE_SECONDS,
  ISSUER,
  RESOURCES,
  SCRAPER,
  SESSION_KEY_DIR,
  SESSION_KEY_SECRET,
  TERMINATION_GRACE_SECONDS,
} from './settings.js';

const doc = readFileSync(join(WORKSPACE_ROOT, 'docs', 'operations.md'), 'utf8');

describe('docs/operations.md', () => {
  it('lists every file of deploy/kubernetes', () => {
    for (const { path } of manifestFiles(rootVersion()))
      expect({ path, listed: doc.includes(`\`${path}\``) }).toEqual({ path, listed: true });
  });

  it('describes every metric and every alert', () => {
    for (const name of METRIC_NAMES)
      expect({ name, described: doc.includes(`| \`${name}\``) }).toEqual({ name, described: true });
    const rules = parse(readFileSync(join(WORKSPACE_ROOT, 'deploy', 'prometheus', 'alerts.yml'), 'utf8')) as {
      groups: Array<{ rules: Array<{ alert: string }> }>;
    };
    for (const { alert } of rules.groups.flatMap((g) => g.rules)) {
      expect({ alert, described: doc.includes(`| \`${alert}\``) }).toEqual({ alert, described: true });
    }
  });

  it('has each pod issued its own key by the CSI driver, and keeps the CA key out of the namespace', () => {
    for (const role of ['director', 'worker'] as const) {
      expect(doc).toContain(`spiffe://switchyard/${role}/\${POD_NAME}`);
      for (const name of certificateNames(role)) expect(doc).toContain(name);
    }
    expect(doc).toContain(`kind: ${ISSUER.kind}`);
    expect(doc).toContain(`name: ${ISSUER.name}`);
    expect(doc).toContain(`create configmap ${CA_CONFIGMAP} --from-file=ca.crt=$DIR/ca/cert.pem`);
    // The CA key goes to cert-manager's namespace only; nothing in the doc puts a TLS key into the application's:
    // the one Secret made there is the session key's, random bytes under `current`.
    const commands = doc.split('\n').filter((line) => /kubectl .*create secret/.test(line));
    expect(commands).toEqual([
      `kubectl -n cert-manager create secret tls ${ISSUER.name} --cert=$DIR/ca/cert.pem --key=$DIR/ca/key.pem`,
      `head -c 32 /dev/urandom | base64 | kubectl -n $NS create secret generic ${SESSION_KEY_SECRET} --from-file=current=/dev/stdin`,
    ]);
  });

  it('has the session key made at random, read from its file, and rotated workers first, without a missing file', () => {
    const section = doc.slice(doc.indexOf('## Session key'), doc.indexOf('\n## ', doc.indexOf('## Session key') + 1));
    expect(section).toContain(`SESSION_KEY_FILE=${SESSION_KEY_DIR}/current`);
    expect(section).toContain(`${SESSION_KEY_DIR}/previous`);
    // Every change of the Secret touches only its two items.
    const patches = section.split('\n').filter((line) => /"(data|path)"/.test(line));
    expect(patches).toEqual([
      `   printf '{"data":{"current":"%s","previous":"%s"}}' "$new" "$old" |`,
      `   \`kubectl -n $NS patch secret $S --type=json -p '[{"op":"remove","path":"/data/previous"}]'\`. Removed earlier, a`,
    ]);
    // Workers accept the new key before directors sign with it; the old key goes once no worker template needs it.
    const order = [
      'add the component to your overlay',
      'rollout status statefulset/worker',
      'rollout restart statefulset/director',
      'DIRECTOR_ADMISSION_TTL_MS',
      'remove the component from your overlay',
      '"remove","path":"/data/previous"',
    ].map((text) => ({ text, at: section.indexOf(text) }));
    expect(order.filter(({ at }) => at < 0)).toEqual([]);
    expect(order.map(({ at }) => at)).toEqual([...order.map(({ at }) => at)].sort((a, b) => a - b));
    expect(section).toContain('exits 78');
  });

  it('says to keep client addresses for externally exposed directors and workers', () => {
    expect(doc).toContain('`externalTrafficPolicy: Local`');
    expect(doc).toContain('`WORKER_MAX_SESSIONS_PER_ADDRESS`');
  });

  it('lists every network allowance the policies are generated from, and nothing else', () => {
    const section = doc.slice(doc.indexOf('## Network'), doc.indexOf('\n## ', doc.indexOf('## Network') + 1));
    const rows = section
      .split('\n')
      .filter((line) => /^\| (director|worker|client|gateway) /.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, 4)
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual(ALLOWANCES.map((a) => [a.to, `\`${a.port}\` ${a.number}/${a.protocol}`, a.from.join(', ')]));
    expect(section).toContain(`\`${SCRAPER.namespace}\``);
    for (const [key, value] of Object.entries(SCRAPER.labels)) expect(section).toContain(`\`${key}=${value}\``);
  });

  it('states the figures the manifests use', () => {
    for (const [service, { requests, limits }] of Object.entries(RESOURCES)) {
      expect(doc).toMatch(
        new RegExp(`\\| ${service} +\\| ${requests.cpu} +\\| ${requests.memory} +\\| ${limits.memory} +\\|`),
      );
    }
    expect(doc).toContain(`\`terminationGracePeriodSeconds: ${TERMINATION_GRACE_SECONDS}\``);
    expect(doc).toContain(`\`terminationGracePeriodSeconds: ${GATEWAY_TERMINATION_GRACE_SECONDS}\``);
    expect(doc).toContain(`\`GATEWAY_SHUTDOWN_GRACE_MS\` (${GATEWAY_SHUTDOWN_GRACE_MS} ms)`);
  });
});
