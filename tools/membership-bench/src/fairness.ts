import { RoundRobinPicker } from '@switchyard/assignment';
import { seededRandom } from '@switchyard/membership/testing';

export interface Fairness {
  /** Assignments of the busiest worker over the mean, minus one (0: perfectly even). */
  maxOverMean: number;
  /** Assignments of the idlest worker over the mean, minus one. */
  minUnderMean: number;
}

/**
 * `assignments` requests spread at random over `directors`, each director picking round-robin over the same
 * `workers` (its own cursor, the workers in the order it learnt of them: a different rotation per director),
 * with the worker the client just left excluded in `excludedShare` of the requests.
 */
export function fairness(
  directors: number,
  workers: number,
  options: { assignments: number; excludedShare: number; seed: number },
): Fairness {
  const random = seededRandom(options.seed);
  const labels = Array.from({ length: workers }, (_, i) => `w${i + 1}`);
  const pickers = Array.from({ length: directors }, () => {
    const picker = new RoundRobinPicker();
    const order = [...labels].sort(() => random() - 0.5);
    for (const label of order) picker.add(label);
    return picker;
  });
  const counts = new Map(labels.map((label) => [label, 0]));
  for (let i = 0; i < options.assignments; i++) {
    const picker = pickers[Math.floor(random() * directors)];
    const excluded = random() < options.excludedShare ? labels[Math.floor(random() * workers)] : undefined;
    const picked = picker.pick(() => true, excluded)!;
    counts.set(picked, counts.get(picked)! + 1);
  }
  const mean = options.assignments / workers;
  const values = [...counts.values()];
  return { maxOverMean: Math.max(...values) / mean - 1, minUnderMean: Math.min(...values) / mean - 1 };
}
