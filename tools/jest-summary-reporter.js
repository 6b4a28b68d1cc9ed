// Jest reporter behind the closing "N passed, N failed, N skipped" line of `npm test` (scripts/test.mjs). When
// SWITCHYARD_TEST_RESULTS names a directory, each jest run writes its counts there as
// <project root relative to the workspace>.json (e.g. libs/config.json); nx.json lists that file as an
// output of the test target, so a run replayed from the Nx cache restores it. When the variable is unset
// it writes nothing: plain `npx jest` and `nx run X:test` behave as before.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const workspaceRoot = resolve(import.meta.dirname, '..');

function headline(text) {
  // Jest failure messages carry ANSI colours and a leading "● Test suite failed to run" header.
  const lines = String(text ?? '')
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('●'));
  // "Configuration error:" and the like say nothing on their own: add the line they introduce.
  return lines[0]?.endsWith(':') && lines[1] ? `${lines[0]} ${lines[1]}` : (lines[0] ?? '');
}

export default class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_testContexts, results) {
    const dir = process.env.SWITCHYARD_TEST_RESULTS;
    if (!dir) return;
    const failedTests = [];
    const failedSuites = [];
    const skippedTests = [];
    for (const suite of results.testResults) {
      const file = relative(workspaceRoot, suite.testFilePath);
      for (const test of suite.testResults) {
        if (test.status === 'failed') failedTests.push({ file, name: test.fullName });
        // Skipped tests say why in their title (describeWith in @switchyard/service-harness/testing).
        if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo')
          skippedTests.push({ file, name: test.fullName });
      }
      // A file that failed without a failing test: it did not load, a hook threw, or the leak check in
      // jest.environment.js failed it.
      if (suite.testExecError || (suite.failureMessage && suite.numFailingTests === 0)) {
        const reason = headline(suite.testExecError?.message) || headline(suite.failureMessage);
        failedSuites.push({ file, reason });
      }
    }
    const summary = {
      project: relative(workspaceRoot, this.rootDir),
      passed: results.numPassedTests,
      failedTests: results.numFailedTests,
      failedTestNames: failedTests,
      failedSuites,
      skippedTests,
    };
    const file = join(resolve(dir), `${summary.project}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  }
}
