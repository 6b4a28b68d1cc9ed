// Installs dependencies from the lockfile when node_modules is missing or was installed from a
// different lockfile, so `npm test`, `npm run demo` and `npm run bench` work on a fresh clone. The install
// applies patches/ (package.json's postinstall runs patch-package); when only the patches changed since,
// they are applied again here.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const stamp = join(root, 'node_modules', '.lockfile-sha256');
const hash = createHash('sha256')
  .update(readFileSync(join(root, 'package-lock.json')))
  .digest('hex');

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
  console.log('installing dependencies from package-lock.json (npm ci)');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, hash);
}

const patches = join(root, 'patches');
const patchStamp = join(root, 'node_modules', '.patches-sha256');
const patchHash = createHash('sha256');
for (const file of existsSync(patches) ? readdirSync(patches).sort() : []) {
  patchHash.update(file).update(readFileSync(join(patches, file)));
}
const patchDigest = patchHash.digest('hex');
if (!existsSync(patchStamp) || readFileSync(patchStamp, 'utf8') !== patchDigest) {
  execSync('npx --no-install patch-package', { cwd: root, stdio: 'inherit' });
  writeFileSync(patchStamp, patchDigest);
}
