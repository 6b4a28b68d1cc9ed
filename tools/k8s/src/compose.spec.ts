// docker-compose.yml: one key per container, the session key in every director and worker and no client, the
// client with the CA certificate alone, the CA key in the one-shot issuer's volume only; and
// deploy/compose/issue-certs.mjs, run as the issuer service runs it, fills each service's volume with exactly that.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { X509Certificate, createPublicKey } from 'node:crypto';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  ISSUED_FILES,
  ISSUER_SERVICE,
  SESSION_KEY,
  composeProblems,
  envOf,
  issuedProblems,
  issuerPlan,
  mountsOf,
  readCompose,
  roleOf,
  sessionKeyProblem,
  type ComposeFile,
} from './compose.js';
import { WORKSPACE_ROOT } from './render.js';

const run = promisify(execFile);
const text = readFileSync(join(WORKSPACE_ROOT, 'docker-compose.yml'), 'utf8');
const fresh = (): ComposeFile => readCompose(text);
const broken = (change: (c: ComposeFile) => void): string[] => {
  const compose = fresh();
  change(compose);
  return composeProblems(compose);
};
const env = (compose: ComposeFile, service: string) => compose.services[service].environment as Record<string, string>;

describe('docker-compose.yml', () => {
  it('gives each director and worker its own key, the client the CA certificate alone, nobody the CA key', () => {
    expect(composeProblems(fresh())).toEqual([]);
    const compose = fresh();
    const tls = (name: string) => mountsOf(compose.services[name]).filter((m) => m.target === '/tls');
    for (const name of ['director-1', 'director-2', 'worker-1', 'worker-2', 'worker-3', 'client', 'gateway']) {
      expect({ name, tls: tls(name) }).toEqual({
        name,
        tls: [{ source: `tls-${name}`, target: '/tls', readOnly: true, named: true }],
      });
    }
    expect(envOf(compose.services.client)).not.toHaveProperty('TLS_KEY_FILE');
    // The gateway is a client of the cluster: the CA certificate alone.
    expect(roleOf('gateway', compose.services.gateway)).toBe('client');
    expect(envOf(compose.services.gateway)).not.toHaveProperty('TLS_KEY_FILE');
  });

  it('keeps the client settings the containers test reads', () => {
    expect(text).toMatch(/^ {6}CLIENT_TOKENS: '60'$/m);
    expect(text).toMatch(/^ {6}CLIENT_PROMPT: 'tell me about connection replacement'$/m);
    expect(text).toMatch(/^ {6}LOG_LEVEL: \$\{CLIENT_LOG_LEVEL:-info\}$/m);
  });

  it('refuses the previous layout: one shared tls volume with the development CA, client included', () => {
    const problems = broken((c) => {
      delete c.services[ISSUER_SERVICE];
      for (const [name, service] of Object.entries(c.services)) {
        service.volumes = ['tls:/tls'];
        delete service.depends_on?.[ISSUER_SERVICE as never];
        const e = env(c, name);
        for (const key of ['TLS_CA_FILE', 'TLS_CERT_FILE', 'TLS_KEY_FILE']) delete e[key];
        e.NODE_ENV = 'development';
      }
    });
    expect(problems).toContain('no `certs` service to issue each service its own TLS material before it starts');
    expect(problems).toContain(
      'volume tls is mounted by director-1, director-2, worker-1, worker-2, worker-3, client, gateway: what one holds, all of them read',
    );
    expect(problems).toContain('client: TLS_CA_FILE is unset, so it would use development material of its own');
  });

  it('refuses a container that can read another key, the CA key, or its own key writable', () => {
    expect(
      broken((c) => {
        c.services['worker-3'].volumes = ['tls-worker-2:/tls:ro'];
        c.services['director-2'].volumes!.push('ca:/ca:ro');
        c.services['worker-1'].volumes = ['tls-worker-1:/tls'];
      }),
    ).toEqual([
      "director-2: mounts ca, the development CA's volume (its key)",
      'volume tls-worker-2 is mounted by worker-2, worker-3: what one holds, all of them read',
      'worker-1: mounts tls-worker-1 writable; its TLS files must be read-only',
      'worker-3: tls-worker-2 is not the volume certs fills for it (/out/worker-3)',
    ]);
  });

  it("refuses a client with a key, or a volume holding a member's key", () => {
    expect(
      broken((c) => {
        env(c, 'client').TLS_KEY_FILE = '/tls/key.pem';
        c.services.client.volumes!.push('tls-director-1:/director:ro');
      }),
    ).toEqual([
      'volume tls-director-1 is mounted by director-1, client: what one holds, all of them read',
      'client: a client holds no key or certificate (TLS_KEY_FILE)',
      'client: mounts tls-director-1, TLS material that is not its own',
    ]);
  });

  it('gives every director and worker the session key from its own volume, and the client none', () => {
    for (const name of ['director-1', 'director-2', 'worker-1', 'worker-2', 'worker-3']) {
      expect({ name, file: envOf(fresh().services[name]).SESSION_KEY_FILE }).toEqual({
        name,
        file: '/tls/session.key',
      });
    }
    expect(envOf(fresh().services.client)).not.toHaveProperty('SESSION_KEY_FILE');
    expect(
      broken((c) => {
        delete env(c, 'worker-1').SESSION_KEY_FILE;
        env(c, 'director-2').SESSION_KEY_FILE = '/tls/session.pem';
        env(c, 'worker-3').SESSION_PREVIOUS_KEY_FILE = '/tls/previous.key';
        env(c, 'client').SESSION_KEY_FILE = '/tls/session.key';
      }),
    ).toEqual([
      'director-2: SESSION_KEY_FILE /tls/session.pem is not a file certs writes (session.key)',
      'worker-1: SESSION_KEY_FILE is unset, so it would refuse to start (exit 78 with NODE_ENV=production)',
      'worker-3: SESSION_PREVIOUS_KEY_FILE names a file certs does not write: it would exit 78 (the stack has one session key; drop the `ca` volume for a new one)',
      'client: a client holds no session key (SESSION_KEY_FILE)',
    ]);
  });

  it('refuses members started before the issuer is done, or falling back on development material', () => {
    expect(
      broken((c) => {
        (c.services['worker-2'].depends_on as Record<string, { condition: string }>)[ISSUER_SERVICE] = {
          condition: 'service_started',
        };
        env(c, 'director-1').NODE_ENV = 'development';
        delete env(c, 'director-1').TLS_KEY_FILE;
      }),
    ).toEqual([
      'director-1: NODE_ENV development lets it make development material (a CA, its key) when its files are missing; production refuses',
      'director-1: TLS_KEY_FILE is unset, so it would use development material of its own',
      'worker-2: must start after certs exits 0 (service_completed_successfully)',
    ]);
  });
});

describe('deploy/compose/issue-certs.mjs, as the certs service runs it', () => {
  let dir: string;
  let firstKey: string;
  const compose = fresh();
  const plan = issuerPlan(compose);
  const issuerMounts = mountsOf(compose.services[ISSUER_SERVICE]);
  /** The folder that stands for a volume: the issuer's mount target, under the scratch folder. */
  const folderOf = (volume: string) => join(dir, issuerMounts.find((m) => m.source === volume)!.target);
  /** The files' owner the issuer sets when it runs as root (as in compose), CERTS_OWNER. */
  const [uid, gid] = (envOf(compose.services[ISSUER_SERVICE]).CERTS_OWNER ?? '').split(':').map(Number);
  const owner = process.getuid?.() === 0 ? { uid, gid } : undefined;
  const issue = () =>
    run('node', [join(WORKSPACE_ROOT, issuerMounts.find((m) => m.target.endsWith('issue-certs.mjs'))!.source)], {
      cwd: WORKSPACE_ROOT,
      env: {
        ...process.env,
        ...envOf(compose.services[ISSUER_SERVICE]),
        CERTS_CA_DIR: join(dir, plan.caDir!),
        CERTS_OUT_DIR: join(dir, plan.outDir!),
      },
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'compose-certs-'));
    for (const mount of issuerMounts.filter((m) => m.named)) await mkdir(join(dir, mount.target), { recursive: true });
    await issue();
    firstKey = await readFile(join(dir, plan.caDir!, SESSION_KEY), 'utf8').catch(() => '');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives every director and worker the one session key, read-only and its own user, and no client', async () => {
    expect(await issuedProblems(compose, { root: dir, owner })).toEqual([]);
    expect(sessionKeyProblem(firstKey)).toBeUndefined();
    for (const name of ['director-1', 'director-2', 'worker-1', 'worker-2', 'worker-3']) {
      const file = join(folderOf(`tls-${name}`), SESSION_KEY);
      expect({ name, key: await readFile(file, 'utf8') }).toEqual({ name, key: firstKey });
      expect({ name, mode: (await stat(file)).mode & 0o777 }).toEqual({ name, mode: 0o400 });
    }
    expect(await readdir(folderOf('tls-client'))).toEqual(['ca.pem']);
  });

  it('keeps the session key across runs, and removes one put in a client folder', async () => {
    await writeFile(join(folderOf('tls-client'), SESSION_KEY), firstKey);
    await issue();
    expect(await readFile(join(dir, plan.caDir!, SESSION_KEY), 'utf8')).toBe(firstKey);
    expect(await readFile(join(folderOf('tls-worker-2'), SESSION_KEY), 'utf8')).toBe(firstKey);
    expect(await issuedProblems(compose, { root: dir, owner })).toEqual([]);
  });

  it('the check refuses a member without the key or with it readable, a client with it, another key', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'compose-certs-broken-'));
    try {
      await cp(dir, copy, { recursive: true });
      const at = (volume: string) => join(copy, issuerMounts.find((m) => m.source === volume)!.target);
      await rm(join(at('tls-director-2'), SESSION_KEY));
      await chmod(join(at('tls-worker-1'), SESSION_KEY), 0o644);
      await cp(join(at('tls-worker-1'), SESSION_KEY), join(at('tls-client'), SESSION_KEY));
      await chmod(join(at('tls-worker-3'), SESSION_KEY), 0o600);
      await writeFile(join(at('tls-worker-3'), SESSION_KEY), 'c2hvcnQ=\n');
      await chmod(join(at('tls-worker-3'), SESSION_KEY), 0o400);
      expect(await issuedProblems(compose, { root: copy })).toEqual([
        'director-2: its volume lacks session.key',
        'worker-1: session.key has mode 0644, not 0400',
        'worker-3: its session.key is not the one certs keeps',
        'client: its volume holds session.key, which a client must not have',
      ]);
      await writeFile(join(copy, plan.caDir!, SESSION_KEY), 'c2hvcnQ=\n');
      expect(await issuedProblems(compose, { root: copy })).toContain(
        'certs: the session.key it keeps holds 5 bytes, not at least 32',
      );
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('gives each member its own key and certificate for its compose name, the client the CA alone', async () => {
    const caCert = await readFile(join(dir, plan.caDir!, 'ca', 'cert.pem'), 'utf8');
    const caKey = await readFile(join(dir, plan.caDir!, 'ca', 'key.pem'), 'utf8');
    const keys = new Set<string>();
    for (const [name, service] of Object.entries(compose.services)) {
      const role = roleOf(name, service);
      if (!role) continue;
      const tls = mountsOf(service).find((m) => m.target === '/tls')!;
      const folder = folderOf(tls.source);
      const files = (await readdir(folder)).sort();
      expect({ name, files }).toEqual({
        name,
        files: Object.keys(role === 'client' ? ISSUED_FILES.client : ISSUED_FILES.member).sort(),
      });
      expect(await readFile(join(folder, 'ca.pem'), 'utf8')).toBe(caCert);
      for (const file of files) expect(await readFile(join(folder, file), 'utf8')).not.toBe(caKey);
      if (role === 'client') continue;
      const cert = new X509Certificate(await readFile(join(folder, 'cert.pem')));
      const key = await readFile(join(folder, 'key.pem'), 'utf8');
      expect(cert.subjectAltName).toContain(`URI:spiffe://switchyard/${role}/${name}`);
      expect(cert.checkHost(name)).toBe(name);
      expect(cert.checkIssued(new X509Certificate(caCert))).toBe(true);
      expect(createPublicKey(key).export({ format: 'pem', type: 'spki' })).toBe(
        cert.publicKey.export({ format: 'pem', type: 'spki' }),
      );
      expect((await stat(join(folder, 'key.pem'))).mode & 0o777).toBe(0o400);
      keys.add(key);
    }
    expect(keys.size).toBe(5);
  });
});
