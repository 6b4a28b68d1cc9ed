// Installs dependencies from the lockfile when node_modules is missing, was installed from a different lockfile, or
// was patched with other patches (patches/: package.json's postinstall runs patch-package, which cannot re-apply a
// changed patch over an old one), so `npm test`, `npm run demo` and `npm run bench` work on a fresh clone and after
// every pull.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const stamp = join(root, 'node_modules', '.install-sha256');
const hash = createHash('sha256').update(readFileSync(join(root, 'package-lock.json')));
const patches = join(root, 'patches');
for (const file of existsSync(patches) ? readdirSync(patches).sort() : []) {
  hash.update(file).update(readFileSync(join(patches, file)));
}
const digest = hash.digest('hex');

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== digest) {
  console.log('installing dependencies from package-lock.json, with patches/ (npm ci)');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, digest);
}
