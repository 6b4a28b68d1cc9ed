import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClientLog, DirectorLog, MemberLog } from '@switchyard/log-events';
import type { Cluster } from '@switchyard/service-harness';
import { fastCluster, removeTls, summaryOf, writeTls, type TlsFixture } from './harness/cluster.js';

// Every process runs under libfaketime with only the wall clock faked (DONT_FAKE_MONOTONIC): the test
// steps it by +60 s and then -60 s while a stream runs, as an NTP correction or an operator would.
// Intervals, timeouts, membership probes and detectors run on the monotonic clock, so nothing may notice.
const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

let tls: TlsFixture;
let cluster: Cluster;
let offsetFile: string;

beforeAll(async () => {
  if (!existsSync(LIBFAKETIME)) {
    throw new Error(`${LIBFAKETIME} is missing: install Debian's libfaketime (apt-get install libfaketime)`);
  }
  tls = await writeTls();
  offsetFile = join(tls.dir, 'faketime');
  await writeFile(offsetFile, '+0\n');
});
afterAll(async () => {
  await cluster?.stop();
  await removeTls(tls);
});

describe('wall clock', () => {
  it('a step of +60 s and then -60 s freezes no stream, suspects no member and fires no detector', async () => {
    cluster = fastCluster(tls, {
      LD_PRELOAD: LIBFAKETIME,
      FAKETIME_TIMESTAMP_FILE: offsetFile,
      FAKETIME_NO_CACHE: '1',
      DONT_FAKE_MONOTONIC: '1',
    });
    const director = await cluster.startDirector();
    await cluster.startWorker('w1');
    await cluster.startWorker('w2');
    const client = cluster.startClient({ CLIENT_TOKENS: '60' });
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

    const summary = await summaryOf(client);
    expect(summary).toMatchObject({ tokens: 60, lastSequence: 60, gaps: 0, duplicates: 0, failovers: 0 });
    expect(client.find(ClientLog.failover)).toEqual([]);
    expect(client.find(ClientLog.stallProbe)).toEqual([]);
    // No member suspected another: membership timings run on the monotonic clock too.
    expect(director.find(DirectorLog.workerUnavailable)).toEqual([]);
    expect(director.find(MemberLog.suspected)).toEqual([]);
  });
});
