// The programs that some tests (and CI's checks) run but npm does not install, and the Debian packages that bring
// them. `npm test` (scripts/test.mjs) and `.ci/run` both call this script, so they cannot drift apart:
//
//   node scripts/system-deps.mjs        installs what is missing when it can (root, apt-get); otherwise says which
//                                       tests will be skipped and why, and exits 0
//   node scripts/system-deps.mjs --ci   also the programs only CI uses (docker-compose), and exits 1 if anything
//                                       is still missing afterwards: CI runs every test, none is skipped
//
// SWITCHYARD_INSTALL_SYSTEM_DEPS=0 never installs (a machine whose packages someone else manages). The tests check
// for the same programs themselves (libs/service-harness/src/testing/requirements.ts) and are reported as skipped,
// with the reason, when one is missing.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/** What needs each program; `ci` marks the ones only `.ci/run` uses. */
const TOOLS = [
  {
    name: 'promtool',
    pkg: 'prometheus',
    present: () => onPath('promtool'),
    usedBy: 'alert-rule and exposition checks',
  },
  { name: 'prometheus', pkg: 'prometheus', present: () => onPath('prometheus'), usedBy: 'the e2e operations test' },
  { name: 'libfaketime', pkg: 'libfaketime', present: () => existsSync(LIBFAKETIME), usedBy: 'the wall-clock test' },
  { name: 'ip', pkg: 'iproute2', present: () => onPath('ip'), usedBy: 'the network-namespace tests' },
  { name: 'docker-compose', pkg: 'docker-compose', present: () => onPath('docker-compose'), usedBy: 'CI', ci: true },
];

const ci = process.argv.includes('--ci');
const wanted = TOOLS.filter((tool) => ci || !tool.ci);
const missing = () => wanted.filter((tool) => !tool.present());

function install(packages) {
  const isRoot = process.getuid?.() === 0;
  if (process.env.SWITCHYARD_INSTALL_SYSTEM_DEPS === '0') return 'SWITCHYARD_INSTALL_SYSTEM_DEPS=0';
  if (!isRoot) return 'not root';
  if (!onPath('apt-get')) return 'no apt-get (not Debian)';
  console.log(`installing Debian packages the tests need: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return `apt-get ${args[0]} failed (exit ${result.status ?? result.signal})`;
  }
  return undefined;
}

const before = missing();
let why;
if (before.length > 0) why = install([...new Set(before.map((tool) => tool.pkg))]);
const after = missing();
if (after.length > 0) {
  const lines = after.map((tool) => `  ${tool.name} (Debian package ${tool.pkg}): ${tool.usedBy}`);
  console.log(`not installed (${why ?? 'the install did not bring them'}):\n${lines.join('\n')}`);
  if (ci) process.exit(1);
  console.log('the tests that need them are reported as skipped');
}
