// `npm test`: installs dependencies if needed (ensure-deps.mjs) and the Debian packages some tests need when it can
// (system-deps.mjs), runs every jest project through `nx run-many -t test` (extra arguments are passed on:
// `npm test -- --skip-nx-cache --output-style=static`), then names the failing tests, the test files that failed to
// run and the skipped tests (each says why in its name), and ends with "N passed, N failed, N skipped" summed over
// every project. Each jest run writes its counts to .test-results/<project root>.json
// (tools/jest-summary-reporter.js); nx.json lists that file as a test output, so a task replayed from the Nx cache
// restores its counts too. Exits with nx's exit code, or 1 if nx passed but a count says failed. With
// SWITCHYARD_REQUIRE_ALL=1 (CI) nothing may be skipped: a skipped test counts as failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, '.test-results');
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();

for (const script of ['ensure-deps.mjs', 'system-deps.mjs']) {
  const deps = spawnSync(process.execPath, [join(root, 'scripts', script)], { cwd: root, stdio: 'inherit' });
  if (deps.status !== 0) process.exit(deps.status ?? 1);
}
const requireAll = process.env.SWITCHYARD_REQUIRE_ALL === '1';

// The test tasks this run covers, with the results file each writes (the task's resolved `outputs`).
// Without them, results files found in the directory are still counted, but a missing one goes unnoticed.
function testTasks() {
  const graph = spawnSync('npx', ['nx', 'run-many', '-t', 'test', ...args, '--graph=stdout'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (graph.status !== 0) return null;
  try {
    const tasks = JSON.parse(graph.stdout.slice(graph.stdout.indexOf('{'))).tasks.tasks;
    return Object.values(tasks)
      .filter((task) => task.target.target === 'test')
      .map((task) => ({
        project: task.target.project,
        file: task.outputs.map((output) => join(root, output)).find((output) => output.startsWith(resultsDir)),
      }));
  } catch {
    return null;
  }
}

function resultsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(dir, name));
}

const tasks = testTasks();

rmSync(resultsDir, { recursive: true, force: true });
const nx = spawnSync('npx', ['nx', 'run-many', '-t', 'test', ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SWITCHYARD_TEST_RESULTS: resultsDir },
});
const nxStatus = nx.status ?? 1;

const found = tasks ?? resultsFiles(resultsDir).map((file) => ({ project: null, file }));
let passed = 0;
let failed = 0;
const failedTests = [];
const failedSuites = [];
const skippedTests = [];
const missing = [];
for (const { project, file } of found) {
  if (!file || !existsSync(file)) {
    missing.push(project);
    continue;
  }
  const summary = JSON.parse(readFileSync(file, 'utf8'));
  const name = project ?? summary.project;
  passed += summary.passed;
  failed += summary.failedTests + summary.failedSuites.length;
  for (const test of summary.failedTestNames) failedTests.push(`  ${name}: ${test.file} › ${test.name}`);
  for (const suite of summary.failedSuites)
    failedSuites.push(`  ${name}: ${suite.file}${suite.reason ? ` (${suite.reason})` : ''}`);
  for (const test of summary.skippedTests ?? []) skippedTests.push(`  ${name}: ${test.file} › ${test.name}`);
}

// Read, so removed: a later run without SWITCHYARD_TEST_RESULTS (`nx run X:test`) must not store a stale
// file in its cache entry as if it were its own counts.
rmSync(resultsDir, { recursive: true, force: true });

console.log();
if (failedTests.length > 0) console.log(`Failed tests:\n${failedTests.join('\n')}`);
if (failedSuites.length > 0) console.log(`Test files that failed to run:\n${failedSuites.join('\n')}`);
if (skippedTests.length > 0) console.log(`Skipped tests:\n${skippedTests.join('\n')}`);
let skipped = skippedTests.length;
if (requireAll && skipped > 0) {
  console.log(`SWITCHYARD_REQUIRE_ALL=1: the ${skipped} skipped tests count as failed`);
  failed += skipped;
  skipped = 0;
}
if (missing.length > 0 && nxStatus !== 0) {
  // The task failed before jest reported (config error, crash), did not run (a dependency failed), or was
  // replayed from a cache entry made without counts. Each counts as one failure.
  console.log(`Projects without test results (each counted as 1 failed):\n  ${missing.join(', ')}`);
  failed += missing.length;
} else if (missing.length > 0) {
  console.log(
    `note: not counted, replayed from an Nx cache entry made by a run outside npm test: ${missing.join(', ')}\n` +
      `      (\`npm test -- --skip-nx-cache\` runs them again; \`npx nx reset\` clears the cache)`,
  );
}
if (nxStatus !== 0 && failed === 0) {
  console.log(`nx failed (exit code ${nxStatus}) without a failing test count; see its output above`);
  failed = 1;
}
if (tasks === null) console.log(`note: counted every results file in ${relative(root, resultsDir)}/`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(nxStatus !== 0 ? nxStatus : failed > 0 ? 1 : 0);
