import { describe } from '@jest/globals';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Debian's libfaketime installs the library the wall-clock test preloads. */
export const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/**
 * What a test needs beyond npm's packages. `scripts/system-deps.mjs` installs the programs (npm test and CI call
 * it); root cannot be installed.
 */
export type Requirement = 'promtool' | 'prometheus' | 'libfaketime' | 'ip' | 'root';

const CHECKS: Record<Requirement, { present(): boolean; missing: string }> = {
  promtool: { present: () => onPath('promtool'), missing: 'promtool is not installed (Debian package prometheus)' },
  prometheus: {
    present: () => onPath('prometheus'),
    missing: 'prometheus is not installed (Debian package prometheus)',
  },
  libfaketime: {
    present: () => existsSync(LIBFAKETIME),
    missing: `${LIBFAKETIME} is missing (Debian package libfaketime)`,
  },
  ip: { present: () => onPath('ip'), missing: 'ip is not installed (Debian package iproute2)' },
  root: { present: () => process.getuid?.() === 0, missing: 'network namespaces need root' },
};

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Why the requirements cannot be met here, one reason each; empty when they all can. */
export function unmet(requirements: readonly Requirement[]): string[] {
  return requirements.filter((r) => !CHECKS[r].present()).map((r) => CHECKS[r].missing);
}

/**
 * `describe`, for tests that need programs or privileges npm cannot give. Where one is missing the block is
 * skipped, and its title says why, so `npm test` reports each skipped test by name with its reason. Under
 * `SWITCHYARD_REQUIRE_ALL=1` (CI, which installs everything) nothing is skipped: the tests run and fail.
 */
export function describeWith(requirements: readonly Requirement[], title: string, body: () => void): void {
  const reasons = process.env.SWITCHYARD_REQUIRE_ALL === '1' ? [] : unmet(requirements);
  if (reasons.length === 0) describe(title, body);
  else describe.skip(`${title} [skipped: ${reasons.join('; ')}]`, body);
}
