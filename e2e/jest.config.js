import preset from '../jest.preset.js';
// Real processes: one file at a time. The project runs beside the other projects' tests (its processes mostly wait
// on tokens), and its tests hold no timing bounds, so a loaded machine only makes them slower.
export default { ...preset, displayName: 'e2e', maxWorkers: 1, testTimeout: 90_000 };
