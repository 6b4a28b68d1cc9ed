import { ClientLog } from '@switchyard/log-events';
import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cluster, ServiceProcess } from '@switchyard/service-harness';
import { describeWith } from '@switchyard/service-harness/testing';
import { fastCluster, removeTls, streamingAt, writeTls, type TlsFixture } from './harness/cluster.js';

// What an operator sees: the admin port of real processes over HTTP (health, readiness, metrics), the
// exposition checked by `promtool`, and a real Prometheus server scraping a director, a worker and a client.
// Needs Debian's `prometheus` package (scripts/system-deps.mjs installs it).
let tls: TlsFixture;
let cluster: Cluster;
let prometheus: ChildProcess | undefined;
let prometheusDir: string | undefined;

beforeAll(async () => {
  tls = await writeTls();
});
afterAll(async () => {
  await removeTls(tls);
});
afterEach(async () => {
  prometheus?.kill('SIGKILL');
  prometheus = undefined;
  if (prometheusDir) await rm(prometheusDir, { recursive: true, force: true });
  await cluster.stop();
});

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

/** Polls `check` every 100 ms until it returns a value, for at most `timeoutMs`. */
async function until<T>(description: string, check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One sample's value from a Prometheus text exposition. */
function sample(exposition: string, series: string): number | undefined {
  const line = exposition.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const targetOf = (url: string) => url.replace('http://', '');

describeWith(['prometheus', 'promtool'], 'operations', () => {
  it('health, readiness and metrics over HTTP; promtool accepts the exposition; Prometheus scrapes a failover', async () => {
    cluster = fastCluster(tls);
    const director = await cluster.startDirector();
    const directorUrl = await director.adminUrl();
    expect(await get(`${directorUrl}/healthz`)).toEqual({ status: 200, body: 'ok\n' });
    // No worker yet: alive, not ready.
    const unready = await get(`${directorUrl}/readyz`);
    expect(unready.status).toBe(503);
    expect(JSON.parse(unready.body)).toEqual({ ready: false, checks: { listening: true, workerKnown: false } });

    const workers = new Map<string, ServiceProcess>();
    for (const label of ['w1', 'w2']) workers.set(label, await cluster.startWorker(label));
    expect((await get(`${directorUrl}/readyz`)).status).toBe(200);
    for (const worker of workers.values()) {
      expect((await get(`${await worker.adminUrl()}/readyz`)).status).toBe(200);
    }

    const client = cluster.startClient({ CLIENT_TOKENS: '0' });
    const clientUrl = await client.adminUrl();
    const serving = await streamingAt(client, 5);
    expect((await get(`${clientUrl}/readyz`)).status).toBe(200);

    // A real Prometheus scrapes the director, the worker that survives and the client every 500 ms.
    const survivor = [...workers.keys()].find((label) => label !== serving)!;
    const survivorUrl = await workers.get(survivor)!.adminUrl();
    prometheusDir = await mkdtemp(join(tmpdir(), 'switchyard-prometheus-'));
    const config = [
      'global: { scrape_interval: 500ms, scrape_timeout: 400ms }',
      'scrape_configs:',
      ...[
        ['director', directorUrl],
        ['worker', survivorUrl],
        ['client', clientUrl],
      ].map(([job, url]) => `  - { job_name: ${job}, static_configs: [{ targets: ['${targetOf(url)}'] }] }`),
    ].join('\n');
    await writeFile(join(prometheusDir, 'prometheus.yml'), `${config}\n`);
    const prometheusUrl = `http://127.0.0.1:${await freePort()}`;
    prometheus = spawn(
      'prometheus',
      [
        `--config.file=${join(prometheusDir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(prometheusDir, 'data')}`,
        `--web.listen-address=${targetOf(prometheusUrl)}`,
      ],
      { stdio: 'ignore' },
    );
    const query = async (promql: string): Promise<number | undefined> => {
      const { body } = await get(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(promql)}`);
      const result = JSON.parse(body).data.result as Array<{ value: [number, string] }>;
      return result.length > 0 ? Number(result[0].value[1]) : undefined;
    };
    await until('all three targets up', async () => ((await query('sum(up)')) === 3 ? true : undefined));

    await workers.get(serving)!.kill();
    await client.waitForMsg(ClientLog.resumed);
    const failovers = await until('Prometheus to see the failover and its duration', async () => {
      const [count, timed] = [
        await query('sum(switchyard_failovers_total)'),
        await query('sum(switchyard_failover_duration_seconds_count)'),
      ];
      return count !== undefined && count >= 1 && timed !== undefined && timed >= 1 ? count : undefined;
    });
    expect(failovers).toBeGreaterThanOrEqual(1);
    expect(await query('sum(switchyard_failover_duration_seconds_sum)')).toBeGreaterThan(0);

    // The expositions themselves: the values match what happened, and promtool finds nothing to lint. A service renders
    // /metrics at most once a second, so a text read just after the failover may predate it: each is read until it
    // shows what happened (a gauge or counter that never does still fails the test).
    const workerText = await until('the survivor to report the session in flight and its tokens', async () => {
      const body = (await get(`${survivorUrl}/metrics`)).body;
      const serving = sample(body, 'switchyard_sessions_in_flight') === 1;
      return serving && (sample(body, 'switchyard_tokens_sent_total') ?? 0) > 0 ? body : undefined;
    });
    const directorText = await until('the director to count both assignments', async () => {
      const body = (await get(`${directorUrl}/metrics`)).body;
      return (sample(body, 'switchyard_assignments_total{result="assigned"}') ?? 0) >= 2 ? body : undefined;
    });
    const expositions = {
      director: directorText,
      worker: workerText,
      client: (await get(`${clientUrl}/metrics`)).body,
    };
    expect(sample(expositions.director, 'switchyard_assignments_total{result="assigned"}')).toBeGreaterThanOrEqual(2);
    expect(sample(expositions.worker, 'switchyard_sessions_in_flight')).toBe(1);
    expect(sample(expositions.worker, 'switchyard_tokens_sent_total')).toBeGreaterThan(0);
    expect(sample(expositions.client, 'switchyard_tokens_received_total')).toBeGreaterThan(5);
    // No worker broke the protocol: the counter has no series (a kind appears with its first violation).
    expect(expositions.client).toMatch(/^# TYPE switchyard_protocol_violations_total counter$/m);
    expect(expositions.client).not.toMatch(/^switchyard_protocol_violations_total\{/m);
    expect(
      sample(expositions.client, 'switchyard_quic_handshakes_total{side="client",result="ok"}'),
    ).toBeGreaterThanOrEqual(3); // the director, the first worker, the next one
    for (const [service, text] of Object.entries(expositions)) {
      expect(text).toMatch(
        new RegExp(`^switchyard_build_info\\{service="${service}",version="\\d+\\.\\d+\\.\\d+"`, 'm'),
      );
      const lint = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
      expect({ service, status: lint.status, output: `${lint.stdout}${lint.stderr}` }).toEqual({
        service,
        status: 0,
        output: '',
      });
    }
  });
});
