// `npx nx run k8s:generate`: writes deploy/kubernetes from tools/k8s/src/manifests.ts. With --check, writes
// nothing and exits 1 when a committed file differs from what would be written. Either way, a file under
// deploy/kubernetes that is not generated is an error (exit 1).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { KUBERNETES_DIR, WORKSPACE_ROOT, renderAll } from './render.js';

/** Every file under `dir`, relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

const check = process.argv.includes('--check');
const files = await renderAll();
const existing = await listFiles(KUBERNETES_DIR);
const stale = existing.filter((path) => !files.has(path));
const show = (path: string) => relative(WORKSPACE_ROOT, join(KUBERNETES_DIR, path));

if (check) {
  const differ: string[] = [];
  for (const [path, text] of files) {
    const committed = await readFile(join(KUBERNETES_DIR, path), 'utf8').catch(() => undefined);
    if (committed !== text) differ.push(`${show(path)}: ${committed === undefined ? 'missing' : 'differs'}`);
  }
  for (const path of stale) differ.push(`${show(path)}: not generated`);
  if (differ.length > 0) {
    console.error(
      `deploy/kubernetes is not what tools/k8s generates (npx nx run k8s:generate):\n  ${differ.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`deploy/kubernetes: ${files.size} files, as generated`);
} else {
  for (const [path, text] of files) {
    await mkdir(dirname(join(KUBERNETES_DIR, path)), { recursive: true });
    await writeFile(join(KUBERNETES_DIR, path), text);
    console.log(`wrote ${show(path)}`);
  }
  if (stale.length > 0) {
    console.error(`not generated, so refused by the tests: ${stale.map(show).join(', ')}`);
    process.exit(1);
  }
}
