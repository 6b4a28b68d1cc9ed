// deploy/prometheus checked with promtool (Debian package prometheus; npm test installs it when it can, and skips
// these tests, saying why, when it cannot).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describeWith } from '@switchyard/service-harness/testing';
import { parse } from 'yaml';
import { METRIC_NAMES, metricOf } from './metrics.js';
import { WORKSPACE_ROOT } from './render.js';

const PROMETHEUS_DIR = join(WORKSPACE_ROOT, 'deploy', 'prometheus');
const run = promisify(execFile);

interface Result {
  code: number;
  output: string;
}

async function promtool(...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run('promtool', args);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string; code?: number | string };
    if (e.code === 'ENOENT') {
      throw new Error(
        'promtool is not installed: apt-get install -y --no-install-recommends prometheus (it brings promtool)',
        { cause: error },
      );
    }
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

interface Rule {
  alert: string;
  expr: string;
}
const rulesOf = async (path: string) =>
  (parse(await readFile(path, 'utf8')) as { groups: Array<{ rules: Rule[] }> }).groups.flatMap((g) => g.rules);

describe('deploy/prometheus', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'k8s-prometheus-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  /** alerts.yml with `edit` applied, next to its unit tests, in a scratch folder. */
  async function edited(edit: (text: string) => string): Promise<string> {
    const dir = await mkdtemp(join(scratch, 'case-'));
    const text = await readFile(join(PROMETHEUS_DIR, 'alerts.yml'), 'utf8');
    const changed = edit(text);
    expect(changed).not.toBe(text);
    await writeFile(join(dir, 'alerts.yml'), changed);
    await copyFile(join(PROMETHEUS_DIR, 'alerts.test.yml'), join(dir, 'alerts.test.yml'));
    return dir;
  }

  it('tests every alert, firing', async () => {
    const alerts = (await rulesOf(join(PROMETHEUS_DIR, 'alerts.yml'))).map((r) => r.alert).sort();
    const tests = parse(await readFile(join(PROMETHEUS_DIR, 'alerts.test.yml'), 'utf8')) as {
      tests: Array<{ alert_rule_test: Array<{ alertname: string; exp_alerts: unknown[] }> }>;
    };
    const fired = new Set(
      tests.tests.flatMap((t) => t.alert_rule_test.filter((c) => c.exp_alerts.length > 0).map((c) => c.alertname)),
    );
    expect(alerts.filter((alert) => !fired.has(alert))).toEqual([]);
    expect(alerts).toHaveLength(8);
  });

  it('uses only metrics the services export', async () => {
    const used = (await rulesOf(join(PROMETHEUS_DIR, 'alerts.yml'))).flatMap((r) =>
      [...r.expr.matchAll(/\bswitchyard_[a-z_]+/g)].map(([name]) => metricOf(name)),
    );
    expect([...new Set(used)].filter((name) => !METRIC_NAMES.includes(name))).toEqual([]);
    expect(new Set(used)).toEqual(
      new Set([
        'switchyard_assignable_workers',
        'switchyard_member_deaths_total',
        'switchyard_failover_duration_seconds',
        'switchyard_protocol_violations_total',
        'switchyard_rpc_calls_total',
        'switchyard_members',
      ]),
    );
  });

  describeWith(['promtool'], 'checked by promtool', () => {
    it('has alert rules promtool accepts', async () => {
      const result = await promtool('check', 'rules', join(PROMETHEUS_DIR, 'alerts.yml'));
      expect(result).toEqual({ code: 0, output: expect.stringContaining('SUCCESS: 8 rules found') });
    });

    it('has rules that pass their unit tests', async () => {
      const result = await promtool('test', 'rules', join(PROMETHEUS_DIR, 'alerts.test.yml'));
      expect(result).toEqual({ code: 0, output: expect.stringContaining('SUCCESS') });
    });

    it('refuses a broken rule, and a unit test catches a changed threshold', async () => {
      const broken = await edited((text) =>
        text.replace('switchyard_assignable_workers) == 0', 'switchyard_assignable_workers) =='),
      );
      const check = await promtool('check', 'rules', join(broken, 'alerts.yml'));
      expect(check.code).not.toBe(0);
      expect(check.output).toContain('SwitchyardNoAssignableWorkers');

      const lenient = await edited((text) => text.replace(/> 2\.5$/m, '> 25'));
      const test = await promtool('test', 'rules', join(lenient, 'alerts.test.yml'));
      expect(test.code).not.toBe(0);
      expect(test.output).toContain('alertname: SwitchyardSlowFailovers');
    });

    it('has a scrape configuration promtool accepts (Kubernetes discovery swapped for a static target)', async () => {
      // Debian's Prometheus is built without Kubernetes service discovery, so its promtool refuses
      // kubernetes_sd_configs; the rest of the file (relabelling, rule files) is checked with a static target.
      const text = await readFile(join(PROMETHEUS_DIR, 'prometheus.yml'), 'utf8');
      const config = parse(text) as {
        rule_files: string[];
        scrape_configs: Array<{ job_name: string; kubernetes_sd_configs: Array<{ role: string }> }>;
      };
      expect(config.rule_files).toEqual(['alerts.yml']);
      expect(config.scrape_configs.map((s) => [s.job_name, s.kubernetes_sd_configs[0].role])).toEqual([
        ['switchyard', 'pod'],
      ]);
      const dir = await mkdtemp(join(scratch, 'config-'));
      const swapped = text.replace(
        /kubernetes_sd_configs:\n(\s+)- role: pod\n\s+namespaces:\n\s+names: \[switchyard\]\n/,
        "static_configs:\n$1- targets: ['localhost:9400']\n",
      );
      expect(swapped).not.toBe(text);
      await writeFile(join(dir, 'prometheus.yml'), swapped);
      await copyFile(join(PROMETHEUS_DIR, 'alerts.yml'), join(dir, 'alerts.yml'));
      const result = await promtool('check', 'config', join(dir, 'prometheus.yml'));
      expect(result).toEqual({ code: 0, output: expect.stringContaining('is valid prometheus config file syntax') });
    });
  });
});
