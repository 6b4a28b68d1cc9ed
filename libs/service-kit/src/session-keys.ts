import { createHash, createHmac, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Fewest random bytes a session key file must hold. */
export const MIN_SESSION_KEY_BYTES = 32;

/** The development session key's file name in `TLS_DEV_DIR`, next to the development CA. */
export const DEV_SESSION_KEY_FILE = 'session.key';

/** What the admission key is derived for: another use of the same file would derive its own key. */
const ADMISSION_KEY_INFO = 'switchyard admission key v1';
const KEY_ID_CONTEXT = 'switchyard admission key id v1';
/** Bytes of a key's public id (enough to tell a current key from a previous one, and to name it in errors). */
export const SESSION_KEY_ID_BYTES = 4;

/**
 * The key directors sign admissions with and workers check them with. Built from a key file's bytes (HKDF-SHA256,
 * so the file's bytes are never used as they are); the secret never leaves the object, only MACs and a public id do.
 */
export class SessionKey {
  private constructor(
    private readonly secret: Buffer,
    /** A public fingerprint of the key, carried in every admission so a worker knows which key to check with. */
    readonly id: Buffer,
  ) {}

  /** The key derived from `material`, at least `MIN_SESSION_KEY_BYTES` random bytes. */
  static fromMaterial(material: Uint8Array): SessionKey {
    if (material.length < MIN_SESSION_KEY_BYTES) {
      throw new RangeError(`a session key needs at least ${MIN_SESSION_KEY_BYTES} bytes, not ${material.length}`);
    }
    const secret = Buffer.from(hkdfSync('sha256', material, new Uint8Array(0), ADMISSION_KEY_INFO, 32));
    const id = createHash('sha256').update(KEY_ID_CONTEXT).update(secret).digest().subarray(0, SESSION_KEY_ID_BYTES);
    return new SessionKey(secret, id);
  }

  /** A random key (tests, and the development key file's contents). */
  static generate(): SessionKey {
    return SessionKey.fromMaterial(randomBytes(MIN_SESSION_KEY_BYTES));
  }

  /** HMAC-SHA256 of `parts`, concatenated. */
  mac(...parts: (Uint8Array | string)[]): Buffer {
    const hmac = createHmac('sha256', this.secret);
    for (const part of parts) hmac.update(part);
    return hmac.digest();
  }

  /** The id in hex, for messages. */
  get name(): string {
    return this.id.toString('hex');
  }
}

/** The keys a service holds: the current one (signs, and checks), and during a rotation the previous one (checks). */
export interface SessionKeys {
  current: SessionKey;
  previous?: SessionKey;
}

/** A session key configuration that cannot work, and why; services refuse to start with it. */
export class SessionKeyError extends Error {
  override readonly name = 'SessionKeyError';
}

/**
 * The key in a key file's text: base64 (or base64url) of at least 32 bytes, surrounding whitespace ignored.
 * `source` names the file in errors.
 */
export function parseSessionKey(text: string, source: string): SessionKey {
  const encoded = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) {
    throw new SessionKeyError(`${source} must hold a key in base64 on one line (openssl rand -base64 32)`);
  }
  // Node's base64 decoder reads the URL-safe alphabet too.
  const material = Buffer.from(encoded, 'base64');
  if (material.length < MIN_SESSION_KEY_BYTES) {
    throw new SessionKeyError(
      `${source} holds ${material.length} bytes: a session key needs at least ${MIN_SESSION_KEY_BYTES} (openssl rand -base64 32)`,
    );
  }
  return SessionKey.fromMaterial(material);
}

async function readKeyFile(path: string, variable: string): Promise<SessionKey> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new SessionKeyError(`${variable} (${path}) cannot be read: ${error.code ?? error.message}`);
  });
  return parseSessionKey(text, `${variable} (${path})`);
}

/**
 * The development session key file in `dir` (created on first use, with 32 random bytes, readable by its owner
 * only). Creation is atomic and never replaces a key: processes started together on one `dir` all end up with the
 * key of whichever created it first. Never use it outside development.
 */
export async function loadOrCreateDevSessionKey(dir: string): Promise<string> {
  const file = join(dir, DEV_SESSION_KEY_FILE);
  const exists = await readFile(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  if (exists) return file;
  await mkdir(dir, { recursive: true });
  const staging = join(dir, `.session-key-${randomUUID()}`);
  await writeFile(staging, `${randomBytes(MIN_SESSION_KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    // A hard link fails when the name exists, where a rename would replace a key another process already uses.
    await link(staging, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(staging, { force: true });
  }
  return file;
}

export interface SessionKeySource {
  /** `SESSION_KEY_FILE`: signs admissions (directors) and checks them (workers). */
  keyFile?: string;
  /** `SESSION_PREVIOUS_KEY_FILE`: the key being rotated out, still accepted by workers. */
  previousKeyFile?: string;
  /** Where the development key lives when no file is configured (`TLS_DEV_DIR`). */
  devDir: string;
  /** Refuse the development key (NODE_ENV=production). */
  production: boolean;
}

/**
 * The session keys a director or worker should use: the configured files when set, the development key from
 * `devDir` when none is (`development: true`, refused in production). Throws `SessionKeyError` saying what is wrong:
 * a missing key in production, a previous key without a current one, the same key twice, a file that is not a key.
 */
export async function resolveSessionKeys(
  source: SessionKeySource,
): Promise<{ keys: SessionKeys; development: boolean; file: string }> {
  const { keyFile, previousKeyFile } = source;
  if (!keyFile) {
    if (previousKeyFile) {
      throw new SessionKeyError('SESSION_PREVIOUS_KEY_FILE is set without SESSION_KEY_FILE: set the current key too');
    }
    if (source.production) {
      throw new SessionKeyError(
        'SESSION_KEY_FILE is required with NODE_ENV=production: a file with at least 32 random bytes in base64 ' +
          '(openssl rand -base64 32), the same for every director and worker',
      );
    }
    const file = await loadOrCreateDevSessionKey(source.devDir);
    return { keys: { current: await readKeyFile(file, 'the development session key') }, development: true, file };
  }
  const current = await readKeyFile(keyFile, 'SESSION_KEY_FILE');
  const previous = previousKeyFile ? await readKeyFile(previousKeyFile, 'SESSION_PREVIOUS_KEY_FILE') : undefined;
  if (previous?.id.equals(current.id)) {
    throw new SessionKeyError('SESSION_PREVIOUS_KEY_FILE holds the same key as SESSION_KEY_FILE');
  }
  return { keys: { current, previous }, development: false, file: keyFile };
}
