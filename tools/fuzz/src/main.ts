// `npm run fuzz`: property-based inputs against every port of a real director and worker, then the
// abuse cases; the results go to docs/security.md. FUZZ_CASES (default 10000 per port) and FUZZ_SEED
// (default: a random one, printed) size and replay it.
import { join } from 'node:path';
import { machine, writeSection } from '@switchyard/service-harness';
import { quicEngine } from '@switchyard/transport-quic';
import { RSS_BOUND_MIB, reportMarkdown, runCampaign } from './run.js';

const cases = Number(process.env.FUZZ_CASES ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`fuzzing ${cases} cases per port, seed ${seed}`);
const report = await runCampaign(cases, seed);
// The services and this process run on the default QUIC engine: the campaign sets none.
const markdown = reportMarkdown(
  report,
  `FUZZ_CASES=${cases} FUZZ_SEED=${seed} npm run fuzz`,
  `${machine()}, every process on the ${quicEngine()} QUIC engine`,
);
console.log(markdown);
writeSection(join(import.meta.dirname, '..', '..', '..', 'docs', 'security.md'), 'fuzz', markdown, '# Security');
const failed =
  report.crashes.length +
  report.ports.reduce((n, p) => n + p.failures.length, 0) +
  report.abuse.filter((a) => !a.ok).length +
  Object.values(report.peakRssMiB).filter((mib) => mib > RSS_BOUND_MIB).length;
for (const failure of [...report.crashes, ...report.ports.flatMap((p) => p.failures)]) console.error(failure);
process.exit(failed === 0 ? 0 : 1);
