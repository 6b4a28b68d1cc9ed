import preset from '../../jest.preset.js';
// Real processes under load: one file at a time.
export default { ...preset, displayName: 'fuzz', maxWorkers: 1, testTimeout: 180_000 };
