// Shared jest config. Jest runs with NODE_OPTIONS=--experimental-vm-modules because
// @matrixai/quic is ESM-only; ts-jest only transpiles (type checking is the typecheck target).
const root = import.meta.dirname;
export default {
  testEnvironment: `${root}/jest.environment.js`,
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: `${root}/tsconfig.spec.json` }],
  },
  moduleNameMapper: {
    '^@switchyard/protocol/testing$': `${root}/libs/protocol/src/testing/index.ts`,
    '^@switchyard/rpc/testing$': `${root}/libs/rpc/src/testing/index.ts`,
    '^@switchyard/time/testing$': `${root}/libs/time/src/testing/index.ts`,
    '^@switchyard/logging/testing$': `${root}/libs/logging/src/testing/index.ts`,
    '^@switchyard/membership/testing$': `${root}/libs/membership/src/testing/index.ts`,
    '^@switchyard/session/testing$': `${root}/libs/session/src/testing/index.ts`,
    '^@switchyard/serving/testing$': `${root}/libs/serving/src/testing/index.ts`,
    '^@switchyard/service-harness/testing$': `${root}/libs/service-harness/src/testing/index.ts`,
    '^@switchyard/(.*)$': `${root}/libs/$1/src/index.ts`,
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 20000,
  // Leaks fail the file in jest.environment.js; forceExit keeps a leaking run from hanging CI.
  forceExit: true,
  // The summary reporter writes the counts `npm test` totals (scripts/test.mjs); it is silent unless
  // SWITCHYARD_TEST_RESULTS is set.
  reporters: ['default', [`${root}/tools/jest-summary-reporter.js`, {}]],
};
