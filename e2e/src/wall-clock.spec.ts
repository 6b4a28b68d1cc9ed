import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClientLog, MemberLog } from '@switchyard/log-events';
import type { Cluster } from '@switchyard/service-harness';
import { LIBFAKETIME, describeWith } from '@switchyard/service-harness/testing';
import { deliveredExactly, fastCluster, removeTls, writeTls, type TlsFixture } from './harness/cluster.js';

// Every process runs under libfaketime with only the wall clock faked (DONT_FAKE_MONOTONIC): the test
// steps it by +60 s and then -60 s while a stream runs, as an NTP correction or an operator would.
// Intervals, timeouts, membership probes and detectors run on the monotonic clock, so nothing may notice.

let tls: TlsFixture;
let cluster: Cluster;
let offsetFile: string;

beforeAll(async () => {
  tls = await writeTls();
  offsetFile = join(tls.dir, 'faketime');
  await writeFile(offsetFile, '+0\n');
});
afterAll(async () => {
  await cluster?.stop();
  await removeTls(tls);
});

/**
 * A detector fed the wall clock would be off by the whole step (60 s or more). Every threshold below is a sixth
 * of that, far beyond anything load can cause, so the test tells a clock bug from a busy machine.
 */
const BUG_MS = 10_000;

describeWith(['libfaketime'], 'wall clock', () => {
  it('a step of +60 s and then -120 s freezes no stream, kills no member and fires no detector', async () => {
    cluster = fastCluster(tls, {
      LD_PRELOAD: LIBFAKETIME,
      FAKETIME_TIMESTAMP_FILE: offsetFile,
      FAKETIME_NO_CACHE: '1',
      DONT_FAKE_MONOTONIC: '1',
    });
    const director = await cluster.startDirector();
    await cluster.startWorker('w1');
    await cluster.startWorker('w2');
    // Detectors on, with deadlines a busy machine does not reach; a clock bug would fire them at once.
    const client = cluster.startClient({
      CLIENT_TOKENS: '60',
      CLIENT_HEARTBEAT_INTERVAL_MS: '5000',
      CLIENT_HEARTBEAT_TIMEOUT_MS: '5000',
      CLIENT_PROGRESS_TIMEOUT_MS: '5000',
    });
    const token = (sequence: number) =>
      client.waitFor(`token ${sequence}`, (e) => e.msg === ClientLog.token && (e.sequence as number) >= sequence);

    const before = await token(15);
    await writeFile(offsetFile, '+60s\n');
    const ahead = await token(30);
    // The step is real: log timestamps (wall time) jumped ahead.
    expect(ahead.time - before.time).toBeGreaterThan(60_000);
    await writeFile(offsetFile, '-60s\n');
    const behind = await token(45);
    expect(behind.time).toBeLessThan(ahead.time);

    await deliveredExactly(client, 60);
    expect(client.find(ClientLog.failover)).toEqual([]);
    for (const stall of client.find(ClientLog.stallProbe)) {
      expect(stall.silentMs as number).toBeGreaterThanOrEqual(0);
      expect(stall.silentMs as number).toBeLessThan(BUG_MS);
    }
    // Tokens kept coming, as this test process saw them on its own monotonic clock.
    const arrivals = client.find(ClientLog.token).map((e) => e.readAt);
    const longestSilence = Math.max(...arrivals.slice(1).map((at, i) => at - arrivals[i]));
    expect(longestSilence).toBeLessThan(BUG_MS);
    // Membership timings run on the monotonic clock too: no member was found dead.
    expect(director.find(MemberLog.dead)).toEqual([]);
  });
});
