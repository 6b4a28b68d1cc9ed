// The `certs` service of docker-compose.yml: development TLS material for the stack, one folder per service, each
// folder a volume of its own that only that service mounts (read-only). It runs once, before anything else, in the
// director image (which holds @switchyard/transport-quic), with the development CA in a volume nobody else mounts:
//
//   CERTS_CA_DIR   the development CA (its key included), every certificate issued from it and the session key,
//                  kept across runs
//   CERTS_OUT_DIR  holds one folder per service below, each the mount point of that service's volume
//   CERTS_MEMBERS  ROLE/NAME …: OUT/NAME gets ca.pem, cert.pem and key.pem, for spiffe://switchyard/ROLE/NAME and
//                  the host NAME (the compose service name, which others dial), and session.key
//   CERTS_CLIENTS  NAME …: OUT/NAME gets ca.pem alone (clients prove no identity and sign nothing)
//   CERTS_OWNER    uid:gid given the files (the images' `node` user), when run as root
//
// Each folder ends up holding exactly those files (anything else is removed): key.pem and session.key 0400, the
// rest 0444. The CA key never leaves CERTS_CA_DIR. Certificates still valid for more than a week are kept, as
// `npm run certs` keeps them (the same library calls). The session key (SESSION_KEY_FILE: directors sign session
// admissions with it, workers check them; docs/security.md) is made once, 32 random bytes in base64, kept in
// CERTS_CA_DIR/session.key and copied to every director and worker, never to a client: a new one only when that
// file (the `ca` volume) is gone. Exit status 1, naming the problem, on anything unexpected.
import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, chown, link, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadOrCreateDevCa, loadOrCreateDevTls } from '@switchyard/transport-quic';

const NAME = /^[a-z0-9][a-z0-9.-]{0,62}$/;

function settings(env) {
  const words = (name) => (env[name] ?? '').split(/[\s,]+/).filter(Boolean);
  const caDir = env.CERTS_CA_DIR;
  const outDir = env.CERTS_OUT_DIR;
  if (!caDir || !outDir) throw new Error('CERTS_CA_DIR and CERTS_OUT_DIR must be set');
  const members = words('CERTS_MEMBERS').map((word) => {
    const [role, name, rest] = word.split('/');
    if ((role !== 'director' && role !== 'worker') || !NAME.test(name ?? '') || rest !== undefined) {
      throw new Error(`CERTS_MEMBERS: ${JSON.stringify(word)} is not director/NAME or worker/NAME`);
    }
    return { role, name };
  });
  const clients = words('CERTS_CLIENTS').map((name) => {
    if (!NAME.test(name)) throw new Error(`CERTS_CLIENTS: ${JSON.stringify(name)} is not a service name`);
    return name;
  });
  const names = [...members.map((m) => m.name), ...clients];
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new Error(`${twice} is named twice: each service has a folder of its own`);
  if (names.length === 0) throw new Error('CERTS_MEMBERS and CERTS_CLIENTS name nobody');
  let owner;
  if (env.CERTS_OWNER) {
    const match = /^(\d+):(\d+)$/.exec(env.CERTS_OWNER);
    if (!match) throw new Error(`CERTS_OWNER: ${JSON.stringify(env.CERTS_OWNER)} is not uid:gid`);
    owner = { uid: Number(match[1]), gid: Number(match[2]) };
  }
  return { caDir, outDir, members, clients, owner };
}

const SESSION_KEY = 'session.key';
const SESSION_KEY_BYTES = 32;

/**
 * The session key file's text, from `dir` (made there first if missing: created under another name and linked, so
 * a key is never replaced nor half-written). Refuses a file that is not base64 of at least 32 bytes on one line, as
 * the services would.
 */
async function loadOrCreateSessionKey(dir) {
  const file = join(dir, SESSION_KEY);
  let text = await readFile(file, 'utf8').catch((error) => {
    if (error.code !== 'ENOENT') throw error;
    return undefined;
  });
  if (text === undefined) {
    await mkdir(dir, { recursive: true });
    const staging = join(dir, `.session-key-${randomUUID()}`);
    await writeFile(staging, `${randomBytes(SESSION_KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    try {
      await link(staging, file);
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    } finally {
      await rm(staging, { force: true });
    }
    text = await readFile(file, 'utf8');
  }
  const encoded = text.trim();
  const bytes = /^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded) ? Buffer.from(encoded, 'base64').length : 0;
  if (bytes < SESSION_KEY_BYTES) {
    throw new Error(
      `${file} is not a session key (base64 of at least ${SESSION_KEY_BYTES} bytes): remove it for a new one`,
    );
  }
  return text;
}

/** Writes exactly `files` (name → [text, mode]) into `dir`, an existing folder (a mounted volume). */
async function fill(dir, files, owner) {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`${dir} does not exist: mount that service's volume there`);
  for (const [name, [text, mode]] of Object.entries(files)) {
    const aside = join(dir, `.${name}.new`);
    await rm(aside, { force: true });
    await writeFile(aside, text, { mode });
    await chmod(aside, mode);
    if (owner && process.getuid?.() === 0) await chown(aside, owner.uid, owner.gid);
    await rename(aside, join(dir, name));
  }
  for (const entry of await readdir(dir)) {
    if (!(entry in files)) await rm(join(dir, entry), { recursive: true, force: true });
  }
}

try {
  const { caDir, outDir, members, clients, owner } = settings(process.env);
  const ca = await loadOrCreateDevCa(caDir);
  const sessionKey = await loadOrCreateSessionKey(caDir);
  for (const { role, name } of members) {
    const material = await loadOrCreateDevTls(caDir, { role, name }, [name]);
    await fill(
      join(outDir, name),
      {
        'ca.pem': [material.ca, 0o444],
        'cert.pem': [material.cert, 0o444],
        'key.pem': [material.key, 0o400],
        [SESSION_KEY]: [sessionKey, 0o400],
      },
      owner,
    );
    console.log(
      `${name}: spiffe://switchyard/${role}/${name}, for the host ${name} (ca.pem, cert.pem, key.pem, ${SESSION_KEY})`,
    );
  }
  for (const name of clients) {
    await fill(join(outDir, name), { 'ca.pem': [ca.cert, 0o444] }, owner);
    console.log(`${name}: the CA certificate alone (ca.pem)`);
  }
} catch (error) {
  console.error(`certs: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
