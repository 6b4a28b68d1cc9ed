// `npx nx run k8s:kustomize-check`: builds deploy/kubernetes/base, overlays/local, and overlays/local with each
// component (session-key-rotation, llama-engine: in a scratch overlay, as an operator adds one) with
// `kubectl kustomize`, and checks the result as the tests check the generated files: each object against its
// schema, and this repository's rules (rules.ts). Needs kubectl (it carries kustomize); fails, saying so, without it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { problemsOf, kustomize } from './kustomize.js';
import { NAMESPACE_LOCAL, PREVIOUS_KEY_FILE, type Kustomization } from './manifests.js';
import { MODELS_DIR, MODEL_FILE } from './settings.js';
import { KUBERNETES_DIR } from './render.js';

/** The worker StatefulSet's environment in a build. */
function workerEnv(objects: readonly unknown[]): Map<string, string | undefined> {
  const worker = (objects as IStatefulSet[]).find((o) => o?.kind === 'StatefulSet' && o.metadata?.name === 'worker');
  return new Map((worker?.spec?.template.spec?.containers[0]?.env ?? []).map((e) => [e.name, e.value]));
}

/** A check that the worker's environment has `name=value` (the component was applied). */
const hasEnv = (name: string, value: string) => (objects: unknown[]) =>
  workerEnv(objects).get(name) === value
    ? []
    : [`StatefulSet/worker: no ${name}=${value}: the component was not applied`];

const scratch = await mkdtemp(join(tmpdir(), 'kustomize-components-'));
/** A scratch overlay: the local overlay plus `component`; kustomize takes no absolute paths, so both are relative. */
async function withComponent(component: string): Promise<string> {
  const dir = join(scratch, component);
  const overlay: Kustomization = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [relative(dir, join(KUBERNETES_DIR, 'overlays', 'local'))],
    components: [relative(dir, join(KUBERNETES_DIR, 'components', component))],
  };
  await mkdir(dir);
  await writeFile(join(dir, 'kustomization.yaml'), JSON.stringify(overlay, null, 2));
  return dir;
}

const builds: Array<{ name: string; dir: string; namespace?: string; check?: (objects: unknown[]) => string[] }> = [
  { name: join(KUBERNETES_DIR, 'base'), dir: join(KUBERNETES_DIR, 'base') },
  {
    name: join(KUBERNETES_DIR, 'overlays', 'local'),
    dir: join(KUBERNETES_DIR, 'overlays', 'local'),
    namespace: NAMESPACE_LOCAL,
  },
  {
    name: `${join(KUBERNETES_DIR, 'overlays', 'local')} + components/session-key-rotation`,
    dir: await withComponent('session-key-rotation'),
    namespace: NAMESPACE_LOCAL,
    check: hasEnv('SESSION_PREVIOUS_KEY_FILE', PREVIOUS_KEY_FILE),
  },
  {
    name: `${join(KUBERNETES_DIR, 'overlays', 'local')} + components/llama-engine`,
    dir: await withComponent('llama-engine'),
    namespace: NAMESPACE_LOCAL,
    check: hasEnv('WORKER_MODEL', `${MODELS_DIR}/${MODEL_FILE}`),
  },
];
let failed = false;
for (const { name, dir, namespace, check } of builds) {
  try {
    const objects = await kustomize(dir);
    const problems = [...problemsOf(objects, namespace), ...(check?.(objects) ?? [])];
    if (objects.length === 0) problems.push('no objects');
    if (problems.length > 0) {
      failed = true;
      console.error(`${name}: ${problems.length} problems\n  ${problems.join('\n  ')}`);
    } else {
      console.log(`${name}: ${objects.length} objects, schemas and rules pass`);
    }
  } catch (error) {
    failed = true;
    console.error((error as Error).message);
  }
}
await rm(scratch, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
