// Assembles what one service's image runs, for the Dockerfile's build stage (after `npm ci` and the app's build):
//
//   node scripts/containers/runtime-tree.mjs <app> <out>
//
// <out> gets every workspace manifest and the lockfile (npm needs them all to read the lockfile), the app's
// production dependencies installed from the lockfile with the project's patches (patches/, as the root
// `postinstall` applies them) on top, the app's dist/, and the dist/ of exactly the workspace libraries the app
// depends on at run time: the closure of `dependencies` (not devDependencies) over workspace packages. Every step
// fails loudly: a library without a dist/ stops the build instead of shipping an image that cannot start.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const [app, out] = process.argv.slice(2);
if (!app || !out) {
  console.error('usage: node scripts/containers/runtime-tree.mjs <app> <out>');
  process.exit(2);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const step = (message) => console.log(`runtime-tree: ${message}`);

// Workspace folders from the root manifest's `workspaces` (each a `dir/*` pattern in this repository).
const rootManifest = readJson(join(root, 'package.json'));
const workspaces = new Map(); // package name -> folder relative to root
for (const pattern of rootManifest.workspaces) {
  if (!pattern.endsWith('/*') || pattern.slice(0, -2).includes('*'))
    throw new Error(`unsupported workspace pattern ${pattern}`);
  const parent = pattern.slice(0, -2);
  for (const name of readdirSync(join(root, parent))) {
    const manifest = join(root, parent, name, 'package.json');
    if (existsSync(manifest)) workspaces.set(readJson(manifest).name, `${parent}/${name}`);
  }
}

const appDir = `apps/${app}`;
if (![...workspaces.values()].includes(appDir)) throw new Error(`${appDir} is not a workspace with a package.json`);

// The workspace packages the app needs at run time.
const needed = new Set();
const visit = (dir) => {
  for (const dep of Object.keys(readJson(join(root, dir, 'package.json')).dependencies ?? {})) {
    const depDir = workspaces.get(dep);
    if (depDir && !needed.has(depDir)) {
      needed.add(depDir);
      visit(depDir);
    }
  }
};
visit(appDir);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const file of [
  'package.json',
  'package-lock.json',
  ...[...workspaces.values()].map((dir) => `${dir}/package.json`),
]) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  cpSync(join(root, file), join(out, file));
}
step(`${workspaces.size} workspace manifests`);

// No lifecycle scripts: the root's `postinstall` (patch-package) is a devDependency, and no production dependency
// has an install script (@matrixai/quic's native code is a prebuilt optional dependency). The npm cache of the
// full install makes this one offline.
execFileSync(
  'npm',
  ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', `--workspace=${appDir}`],
  { cwd: out, stdio: 'inherit' },
);
if (existsSync(join(root, 'patches'))) {
  cpSync(join(root, 'patches'), join(out, 'patches'), { recursive: true });
  execFileSync(join(root, 'node_modules', '.bin', 'patch-package'), ['--error-on-fail'], {
    cwd: out,
    stdio: 'inherit',
  });
  rmSync(join(out, 'patches'), { recursive: true });
  step('patches applied');
}

for (const dir of [appDir, ...[...needed].sort()]) {
  const dist = join(root, dir, 'dist');
  if (!existsSync(dist) || !statSync(dist).isDirectory()) throw new Error(`${dir}/dist is missing: was ${dir} built?`);
  cpSync(dist, join(out, dir, 'dist'), { recursive: true });
  // The link npm made for it must lead to the copy.
  const name = [...workspaces].find(([, d]) => d === dir)[0];
  const link = join(out, 'node_modules', name);
  if (dir !== appDir && !existsSync(join(link, 'dist')))
    throw new Error(`${relative(out, link)} does not lead to ${dir}`);
}
step(`${appDir}/dist and the dist/ of ${needed.size} libraries: ${[...needed].sort().join(' ')}`);
