// Deterministic sources for tests: a manual clock, and a seeded random.
export * from './manual-clock.js';
export { seededRandom } from './seeded-random.js';
