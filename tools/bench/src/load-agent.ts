// One load process of `npm run bench:scale` (started by load-fleet.ts with `fork`): runs a LoadClient and answers
// the fleet's requests over IPC. Times cross the process boundary as epoch milliseconds with sub-millisecond
// precision (performance.timeOrigin + performance.now()), which every process on the machine shares.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { setQuicEngine } from '@switchyard/transport-quic';
import { LoadClient } from './load.js';
import type { AgentRequest, AgentReply } from './load-fleet.js';

const toEpoch = (at: number) => performance.timeOrigin + at;
const fromEpoch = (epochMs: number) => epochMs - performance.timeOrigin;

let load: LoadClient | undefined;
let loop: IntervalHistogram | undefined;

function client(): LoadClient {
  if (!load) throw new Error('the agent was not initialised');
  return load;
}

async function handle(request: AgentRequest): Promise<unknown> {
  switch (request.op) {
    case 'init':
      setQuicEngine(request.engine);
      load = new LoadClient(request.options, request.firstId);
      return undefined;
    case 'add':
      return client().add(request.count, request.perSecond);
    case 'allStreaming':
      return client().allStreaming(request.tokens, request.timeoutMs);
    case 'record':
      client().delays.length = 0;
      client().recording = true;
      loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      return undefined;
    case 'stopRecord': {
      client().recording = false;
      loop?.disable();
      const result = { delays: client().delays, loopP99: loop ? loop.percentile(99) / 1e6 : 0 };
      loop = undefined;
      return result;
    }
    case 'startTimeline':
      return client().startTimeline(request.binMs, fromEpoch(request.originEpochMs));
    case 'stopTimeline':
      return client().stopTimeline()?.counts;
    case 'perWorker':
      return client().perWorker();
    case 'leave': {
      const leaving = client().sessions.filter((s) => s.worker === request.worker);
      for (const s of leaving) s.leaving = request.worker;
      return leaving.length;
    }
    case 'displaced': {
      const leaving = client().sessions.filter((s) => s.leaving !== undefined);
      return {
        pending: leaving.filter((s) => s.resumedAt === undefined).length,
        leftAt: leaving.filter((s) => s.leftAt !== undefined).map((s) => toEpoch(s.leftAt!)),
        resumedAt: leaving.filter((s) => s.resumedAt !== undefined).map((s) => toEpoch(s.resumedAt!)),
      };
    }
    case 'events': {
      const since = fromEpoch(request.sinceEpochMs);
      const after = <T extends { at: number }>(events: T[]) =>
        events.filter((e) => e.at >= since).map((e) => ({ ...e, at: toEpoch(e.at) }));
      return {
        assigned: after(client().assigned),
        connected: after(client().connected),
        failovers: after(client().failovers),
      };
    }
    case 'close': {
      const tally = await client().close();
      return { tally, delivery: client().delivery(), retries: client().retries };
    }
  }
}

process.on('message', (message: { id: number; request: AgentRequest }) => {
  handle(message.request).then(
    (value) => process.send!({ id: message.id, ok: true, value } satisfies AgentReply),
    (error: unknown) => process.send!({ id: message.id, ok: false, error: String(error) } satisfies AgentReply),
  );
});
// The fleet disconnects once it has the closing tallies; nothing else is left to do.
process.on('disconnect', () => process.exit(0));
