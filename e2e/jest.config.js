import preset from '../jest.preset.js';
// Real processes with real timing: one file at a time, so scenarios do not compete for the CPUs.
export default { ...preset, displayName: 'e2e', maxWorkers: 1, testTimeout: 90_000 };
