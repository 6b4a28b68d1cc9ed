import { describe, expect, it } from '@jest/globals';
import { RSS_BOUND_MIB, runCampaign } from './run.js';

// The same campaign as `npm run fuzz`, on a sample: FUZZ_CASES per port (150 here), a fixed seed so a
// failure replays, FUZZ_SEED to try another.
describe('fuzz and abuse campaign (sample)', () => {
  it('no crash, a typed answer to every input, normal calls served throughout, memory bounded', async () => {
    const report = await runCampaign(Number(process.env.FUZZ_CASES ?? 150), Number(process.env.FUZZ_SEED ?? 20261130));
    expect(report.crashes).toEqual([]);
    for (const port of report.ports) {
      expect(port.failures).toEqual([]);
      expect(port.probes).toBeGreaterThanOrEqual(2);
      expect(Object.values(port.outcomes).reduce((a, b) => a + b, 0)).toBe(port.cases);
    }
    expect(report.abuse.filter((abuse) => !abuse.ok)).toEqual([]);
    expect(report.abuse).toHaveLength(10);
    for (const mib of Object.values(report.peakRssMiB)) expect(mib).toBeLessThan(RSS_BOUND_MIB);
  });
});
