// Installs dependencies from the lockfile when node_modules is missing, was installed from a different lockfile, or
// was patched with other patches (patches/: package.json's postinstall runs patch-package, which cannot re-apply a
// changed patch over an old one), so `npm test`, `npm run demo` and `npm run bench` work on a fresh clone and after
// every pull. Then the same for engines/llama, the runtime of WORKER_ENGINE=llama (node-llama-cpp and its CPU
// binaries), installed apart so that neither the workspace nor the images carry its optional GPU packages (hundreds
// of MB), without install scripts (nothing is downloaded or compiled). `npm install --no-save` with its lockfile
// rather than `npm ci`: the registry these machines reach holds only the Linux binaries, so the lockfile cannot list
// the other platforms' optional packages, which `npm ci` insists on; the versions installed are the locked ones.
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

const llama = join(root, 'engines', 'llama');
const llamaStamp = join(llama, 'node_modules', '.install-sha256');
const llamaDigest = createHash('sha256')
  .update(readFileSync(join(llama, 'package-lock.json')))
  .digest('hex');
if (!existsSync(llamaStamp) || readFileSync(llamaStamp, 'utf8') !== llamaDigest) {
  console.log('installing engines/llama from its package-lock.json (npm install --omit=optional --ignore-scripts)');
  execSync('npm install --no-save --omit=optional --ignore-scripts --no-audit --no-fund', {
    cwd: llama,
    stdio: 'inherit',
  });
  writeFileSync(llamaStamp, llamaDigest);
}
