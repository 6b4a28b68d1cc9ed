// `npx nx run k8s:kustomize-check`: builds deploy/kubernetes/base, overlays/local, and overlays/local with the
// session-key-rotation component (in a scratch overlay, as an operator adds it during a rotation) with
// `kubectl kustomize`, and checks the result as the tests check the generated files: each object against its
// schema, and this repository's rules (rules.ts). Needs kubectl (it carries kustomize); fails, saying so, without it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { problemsOf, kustomize } from './kustomize.js';
import { NAMESPACE_LOCAL, PREVIOUS_KEY_FILE, type Kustomization } from './manifests.js';
import { KUBERNETES_DIR } from './render.js';

/** The workers of a build read a previous session key (the rotation component was applied). */
function rotating(objects: readonly unknown[]): string[] {
  const worker = (objects as IStatefulSet[]).find((o) => o?.kind === 'StatefulSet' && o.metadata?.name === 'worker');
  const env = worker?.spec?.template.spec?.containers[0]?.env ?? [];
  return env.some((e) => e.name === 'SESSION_PREVIOUS_KEY_FILE' && e.value === PREVIOUS_KEY_FILE)
    ? []
    : [`StatefulSet/worker: no SESSION_PREVIOUS_KEY_FILE=${PREVIOUS_KEY_FILE}: the component was not applied`];
}

const scratch = await mkdtemp(join(tmpdir(), 'kustomize-rotation-'));
// kustomize takes no absolute paths: the scratch overlay names the local overlay and the component relatively.
const rotation: Kustomization = {
  apiVersion: 'kustomize.config.k8s.io/v1beta1',
  kind: 'Kustomization',
  resources: [relative(scratch, join(KUBERNETES_DIR, 'overlays', 'local'))],
  components: [relative(scratch, join(KUBERNETES_DIR, 'components', 'session-key-rotation'))],
};
await writeFile(join(scratch, 'kustomization.yaml'), JSON.stringify(rotation, null, 2));

const builds: Array<{ name: string; dir: string; namespace?: string; check?: (objects: unknown[]) => string[] }> = [
  { name: join(KUBERNETES_DIR, 'base'), dir: join(KUBERNETES_DIR, 'base') },
  {
    name: join(KUBERNETES_DIR, 'overlays', 'local'),
    dir: join(KUBERNETES_DIR, 'overlays', 'local'),
    namespace: NAMESPACE_LOCAL,
  },
  {
    name: `${join(KUBERNETES_DIR, 'overlays', 'local')} + components/session-key-rotation`,
    dir: scratch,
    namespace: NAMESPACE_LOCAL,
    check: rotating,
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
