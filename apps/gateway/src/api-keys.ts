import { createHash } from 'node:crypto';
import { readFileSync, unwatchFile, watchFile } from 'node:fs';

/** How often the keys file is checked for changes. */
const RELOAD_INTERVAL_MS = 1000;
const HASH_LINE = /^sha256:([0-9a-f]{64})(?:\s+(\S.*))?$/;

/** The SHA-256 of an API key, hex: what the keys file holds. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export interface ApiKey {
  /** A name for logs and limits (the line's label, or the hash's start): never the key. */
  name: string;
}

/**
 * The API keys a gateway accepts (`GATEWAY_API_KEYS_FILE`), hashed at rest: one `sha256:<hex> [label]` per line,
 * `#` comments and blank lines ignored. The file is read again when it changes (checked every second); a file that
 * no longer parses keeps the keys read before, and says why through `onError`.
 */
export class ApiKeys {
  private keys = new Map<string, ApiKey>();

  constructor(
    private readonly path: string,
    private readonly onError: (message: string) => void,
  ) {
    this.keys = parseKeys(readFileSync(path, 'utf8'));
    watchFile(path, { interval: RELOAD_INTERVAL_MS, persistent: false }, () => this.reload());
  }

  get size(): number {
    return this.keys.size;
  }

  /**
   * The key `presented` is, or undefined: looked up by its hash, so the time a lookup takes says something of a
   * SHA-256 digest, never of a key.
   */
  check(presented: string): ApiKey | undefined {
    return this.keys.get(hashApiKey(presented));
  }

  close(): void {
    unwatchFile(this.path);
  }

  private reload(): void {
    try {
      this.keys = parseKeys(readFileSync(this.path, 'utf8'));
    } catch (error) {
      this.onError(`${this.path}: ${(error as Error).message}; the keys read before stay in force`);
    }
  }
}

/** Parses a keys file; throws on a line that is not `sha256:<64 hex digits> [label]`. */
export function parseKeys(text: string): Map<string, ApiKey> {
  const keys = new Map<string, ApiKey>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = HASH_LINE.exec(line);
    if (!match) throw new Error(`line ${index + 1} is not sha256:<64 lowercase hex digits> [label]`);
    keys.set(match[1], { name: match[2] ?? match[1].slice(0, 8) });
  });
  return keys;
}
