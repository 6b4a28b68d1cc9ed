// `npx nx run k8s:kustomize-check`: builds deploy/kubernetes/base and overlays/local with `kubectl kustomize`
// and checks the result as the tests check the generated files: each object against its schema, and this
// repository's rules (rules.ts). Needs kubectl (it carries kustomize); fails, saying so, without it.
import { join } from 'node:path';
import { problemsOf, kustomize } from './kustomize.js';
import { NAMESPACE_LOCAL } from './manifests.js';
import { KUBERNETES_DIR } from './render.js';

const builds = [
  { dir: join(KUBERNETES_DIR, 'base') },
  { dir: join(KUBERNETES_DIR, 'overlays', 'local'), namespace: NAMESPACE_LOCAL },
];
let failed = false;
for (const { dir, namespace } of builds) {
  try {
    const objects = await kustomize(dir);
    const problems = problemsOf(objects, namespace);
    if (objects.length === 0) problems.push('no objects');
    if (problems.length > 0) {
      failed = true;
      console.error(`${dir}: ${problems.length} problems\n  ${problems.join('\n  ')}`);
    } else {
      console.log(`${dir}: ${objects.length} objects, schemas and rules pass`);
    }
  } catch (error) {
    failed = true;
    console.error((error as Error).message);
  }
}
process.exit(failed ? 1 : 0);
