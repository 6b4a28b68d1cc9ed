// Checks of a kustomize build: `kubectl kustomize`, then every object against its schema and this repository's
// rules (rules.ts), as the tests check the generated files.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseYamlStream } from './render.js';
import { ruleProblems } from './rules.js';
import { schemaErrors } from './schemas.js';

const run = promisify(execFile);

/** The objects `kubectl kustomize dir` renders. */
export async function kustomize(dir: string): Promise<unknown[]> {
  try {
    const { stdout } = await run('kubectl', ['kustomize', dir], { maxBuffer: 64 * 1024 * 1024 });
    return parseYamlStream(stdout, `kubectl kustomize ${dir}`);
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new Error('kubectl is not installed (not on PATH): this check runs `kubectl kustomize`', { cause: error });
    throw new Error(`kubectl kustomize ${dir} failed: ${(e.stderr ?? e.message).trim()}`, { cause: error });
  }
}

/** What is wrong with the build of `dir`: schema errors and rule problems, one per line. */
export function problemsOf(objects: readonly unknown[], expectNamespace?: string): string[] {
  const problems = objects.flatMap((object) => {
    const meta = object as { kind?: string; metadata?: { name?: string; namespace?: string } };
    const id = `${meta?.kind}/${meta?.metadata?.name}`;
    const errors = schemaErrors(object).map((error) => `${id}: ${error}`);
    if (expectNamespace && meta?.kind !== 'Namespace' && meta?.metadata?.namespace !== expectNamespace) {
      errors.push(`${id}: namespace ${meta?.metadata?.namespace ?? '(none)'}, not ${expectNamespace}`);
    }
    return errors;
  });
  return [...problems, ...ruleProblems(objects)];
}
