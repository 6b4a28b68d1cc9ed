// docs/operations.md stays true to what exists: the files it lists, the metrics, the alerts, the Secret's keys
// and the certificate names it tells operators to issue.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { manifestFiles } from './manifests.js';
import { METRIC_NAMES } from './metrics.js';
import { WORKSPACE_ROOT, rootVersion } from './render.js';
import {
  DIRECTOR_SERVICE,
  REPLICAS,
  RESOURCES,
  SEEDS_SERVICE,
  TERMINATION_GRACE_SECONDS,
  TLS_SECRET,
  WORKERS_SERVICE,
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

  it('issues a certificate for every pod, with the names clients dial, and puts each in the Secret', () => {
    const pods = [
      ...Array.from({ length: REPLICAS.director }, (_, i) => `director/director-${i}`),
      ...Array.from({ length: REPLICAS.worker }, (_, i) => `worker/worker-${i}`),
    ];
    const certs = /npm run certs -- --dir \$DIR \\\n((?:\s+.*\\\n)*\s+.*)\n/.exec(doc)?.[1] ?? '';
    const issued = certs.split(/\s*\\?\n\s*/).map((line) => line.trim());
    expect(issued).toEqual(
      pods.map((id) => {
        const pod = id.split('/')[1];
        return id.startsWith('director')
          ? `${id}=${DIRECTOR_SERVICE}.$NS.$SVC,${pod}.${SEEDS_SERVICE}.$NS.$SVC`
          : `${id}=${pod}.${WORKERS_SERVICE}.$NS.$SVC`;
      }),
    );
    expect(doc).toContain(`for id in ${pods.join(' ')}; do`);
    expect(doc).toContain(`create secret generic ${TLS_SECRET}`);
  });

  it('states the figures the manifests use', () => {
    for (const [service, { requests, limits }] of Object.entries(RESOURCES)) {
      expect(doc).toMatch(
        new RegExp(`\\| ${service} +\\| ${requests.cpu} +\\| ${requests.memory} +\\| ${limits.memory} +\\|`),
      );
    }
    expect(doc).toContain(`\`terminationGracePeriodSeconds: ${TERMINATION_GRACE_SECONDS}\``);
  });
});
