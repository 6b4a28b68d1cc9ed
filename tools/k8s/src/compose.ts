// docker-compose.yml's TLS layout, checked like the Kubernetes rules: each director and worker container sees its
// own key and nobody else's, and the session key (the same for all of them), the client the CA certificate alone,
// and no container but the one-shot issuer the CA key. `composeProblems` checks the file, `issuedProblems` what
// the issuer wrote. Problems are returned one per line, naming the service.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { sessionKeyProblem } from './settings.js';

export { sessionKeyProblem } from './settings.js';

type Environment = Record<string, string | number | boolean | null> | string[];
type VolumeEntry = string | { type?: string; source?: string; target?: string; read_only?: boolean };

export interface ComposeService {
  image?: string;
  command?: string | string[];
  environment?: Environment;
  volumes?: VolumeEntry[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  network_mode?: string;
  restart?: string;
  user?: string;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/** The one-shot service that issues every other service's TLS material (deploy/compose/issue-certs.mjs). */
export const ISSUER_SERVICE = 'certs';

/**
 * What deploy/compose/issue-certs.mjs writes into each folder, with each file's mode: a director's or worker's
 * (`member`) gets the CA certificate, its own certificate and key, and the session key; a client's the CA alone.
 */
export const ISSUED_FILES = {
  member: { 'ca.pem': 0o444, 'cert.pem': 0o444, 'key.pem': 0o400, 'session.key': 0o400 },
  client: { 'ca.pem': 0o444 },
} as const satisfies Record<string, Record<string, number>>;

/** The file each variable names, in the service's own volume. */
const FILE_OF: Record<string, string> = {
  TLS_CA_FILE: 'ca.pem',
  TLS_CERT_FILE: 'cert.pem',
  TLS_KEY_FILE: 'key.pem',
  SESSION_KEY_FILE: 'session.key',
};

/** The session key's name in CERTS_CA_DIR, where the issuer keeps it across runs, and in each member's folder. */
export const SESSION_KEY = 'session.key';

export function readCompose(text: string): ComposeFile {
  return parse(text, { merge: true }) as ComposeFile;
}

export interface Mount {
  source: string;
  target: string;
  readOnly: boolean;
  /** A named volume (not a bind mount of a host path). */
  named: boolean;
}

export function mountsOf(service: ComposeService): Mount[] {
  return (service.volumes ?? []).map((entry) => {
    if (typeof entry === 'string') {
      const [source, target = source, options = ''] = entry.split(':');
      const named = !/^[./~]/.test(source) && entry.includes(':');
      return { source, target, readOnly: options.split(',').includes('ro'), named };
    }
    const source = entry.source ?? '';
    return {
      source,
      target: entry.target ?? '',
      readOnly: entry.read_only === true,
      named: (entry.type ?? 'volume') === 'volume' && source !== '',
    };
  });
}

export function envOf(service: ComposeService): Record<string, string> {
  const environment = service.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      environment.map((line) => {
        const at = line.indexOf('=');
        return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(
    Object.entries(environment)
      .filter(([, value]) => value !== null)
      .map(([key, value]) => [key, String(value)]),
  );
}

const dependsOn = (service: ComposeService, on: string): string | undefined => {
  const deps = service.depends_on;
  if (!deps) return undefined;
  if (Array.isArray(deps)) return deps.includes(on) ? 'service_started' : undefined;
  return deps[on] ? (deps[on].condition ?? 'service_started') : undefined;
};

/**
 * director, worker or client, from the image a service runs (the issuer runs the director image: not counted); the
 * gateway is a client of the cluster: it proves no identity and holds the CA certificate alone.
 */
export function roleOf(name: string, service: ComposeService): 'director' | 'worker' | 'client' | undefined {
  if (name === ISSUER_SERVICE) return undefined;
  const role = /(?:^|\/)switchyard\/([a-z]+)(?::|@|$)/.exec(service.image ?? '')?.[1];
  if (role === 'gateway') return 'client';
  return role === 'director' || role === 'worker' || role === 'client' ? role : undefined;
}

/** What the issuer is told to make: each member's role by service name, and the services given the CA alone. */
export function issuerPlan(compose: ComposeFile): {
  caDir?: string;
  outDir?: string;
  members: Map<string, string>;
  clients: Set<string>;
} {
  const env = envOf(compose.services[ISSUER_SERVICE] ?? {});
  const words = (name: string) => (env[name] ?? '').split(/[\s,]+/).filter(Boolean);
  return {
    caDir: env.CERTS_CA_DIR,
    outDir: env.CERTS_OUT_DIR,
    members: new Map(words('CERTS_MEMBERS').map((word) => [word.split('/')[1] ?? '', word.split('/')[0]])),
    clients: new Set(words('CERTS_CLIENTS')),
  };
}

/** Every problem with the TLS layout of `compose`; empty when each container holds only what it must. */
export function composeProblems(compose: ComposeFile): string[] {
  const problems: string[] = [];
  const services = Object.entries(compose.services ?? {});
  const issuer = compose.services?.[ISSUER_SERVICE];
  const plan = issuerPlan(compose);
  const issuerMounts = issuer ? mountsOf(issuer) : [];
  const caVolume = issuerMounts.find((m) => m.named && m.target === plan.caDir)?.source;
  if (!issuer) {
    problems.push(`no \`${ISSUER_SERVICE}\` service to issue each service its own TLS material before it starts`);
  } else {
    if (issuer.restart !== 'no') problems.push(`${ISSUER_SERVICE}: must run once (restart: 'no')`);
    if (issuer.network_mode !== 'none') problems.push(`${ISSUER_SERVICE}: needs no network (network_mode: none)`);
    if (!caVolume) problems.push(`${ISSUER_SERVICE}: keeps no CA volume at CERTS_CA_DIR (${plan.caDir ?? 'unset'})`);
  }

  // Who mounts each named volume.
  const mounters = new Map<string, string[]>();
  for (const [name, service] of services) {
    for (const mount of mountsOf(service).filter((m) => m.named)) {
      mounters.set(mount.source, [...(mounters.get(mount.source) ?? []), name]);
    }
  }
  for (const [volume, names] of mounters) {
    const others = names.filter((n) => n !== ISSUER_SERVICE);
    if (volume === caVolume) {
      for (const name of others) problems.push(`${name}: mounts ${volume}, the development CA's volume (its key)`);
    } else if (others.length > 1) {
      problems.push(`volume ${volume} is mounted by ${others.join(', ')}: what one holds, all of them read`);
    }
  }

  for (const [name, service] of services) {
    const role = roleOf(name, service);
    if (!role) continue;
    const env = envOf(service);
    if (env.NODE_ENV !== 'production') {
      problems.push(
        `${name}: NODE_ENV ${env.NODE_ENV ?? 'unset'} lets it make development material (a CA, its key) when ` +
          'its files are missing; production refuses',
      );
    }
    if (issuer && dependsOn(service, ISSUER_SERVICE) !== 'service_completed_successfully') {
      problems.push(`${name}: must start after ${ISSUER_SERVICE} exits 0 (service_completed_successfully)`);
    }
    const variables =
      role === 'client' ? ['TLS_CA_FILE'] : ['TLS_CA_FILE', 'TLS_CERT_FILE', 'TLS_KEY_FILE', 'SESSION_KEY_FILE'];
    if (role === 'client') {
      for (const variable of ['TLS_CERT_FILE', 'TLS_KEY_FILE']) {
        if (env[variable] !== undefined) problems.push(`${name}: a client holds no key or certificate (${variable})`);
      }
      for (const variable of ['SESSION_KEY_FILE', 'SESSION_PREVIOUS_KEY_FILE']) {
        if (env[variable] !== undefined) problems.push(`${name}: a client holds no session key (${variable})`);
      }
    } else {
      if (env.SESSION_PREVIOUS_KEY_FILE !== undefined) {
        problems.push(
          `${name}: SESSION_PREVIOUS_KEY_FILE names a file ${ISSUER_SERVICE} does not write: it would exit 78 ` +
            '(the stack has one session key; drop the `ca` volume for a new one)',
        );
      }
      const nameVar = role === 'director' ? 'DIRECTOR_NAME' : 'WORKER_LABEL';
      if (env[nameVar] !== name) problems.push(`${name}: ${nameVar} must be its service name, ${name}`);
    }
    const mounts = mountsOf(service);
    const own = plan.outDir ? `${plan.outDir}/${name}` : undefined;
    const tlsMounts = new Map<string, Mount>();
    for (const variable of variables) {
      const file = env[variable];
      if (!file) {
        problems.push(
          variable === 'SESSION_KEY_FILE'
            ? `${name}: SESSION_KEY_FILE is unset, so it would refuse to start (exit 78 with NODE_ENV=production)`
            : `${name}: ${variable} is unset, so it would use development material of its own`,
        );
        continue;
      }
      if (issuer && basename(file) !== FILE_OF[variable]) {
        problems.push(`${name}: ${variable} ${file} is not a file ${ISSUER_SERVICE} writes (${FILE_OF[variable]})`);
      }
      const mount = mounts.find((m) => m.target === dirname(file));
      if (mount?.named) tlsMounts.set(mount.source, mount);
      else problems.push(`${name}: ${variable} ${file} is not in a volume`);
    }
    if (tlsMounts.size > 1) problems.push(`${name}: its TLS and session key files come from several volumes`);
    for (const mount of tlsMounts.values()) {
      if (!mount.readOnly) problems.push(`${name}: mounts ${mount.source} writable; its TLS files must be read-only`);
      const filled = issuerMounts.find((m) => m.named && m.source === mount.source)?.target;
      if (filled !== own) {
        problems.push(
          `${name}: ${mount.source} is not the volume ${ISSUER_SERVICE} fills for it (${own ?? 'no CERTS_OUT_DIR'})`,
        );
      }
    }
    const tlsVolumes = new Set(tlsMounts.keys());
    for (const mount of mounts.filter((m) => m.named && !tlsVolumes.has(m.source))) {
      if (mount.source !== caVolume && issuerMounts.some((m) => m.source === mount.source)) {
        problems.push(`${name}: mounts ${mount.source}, TLS material that is not its own`);
      }
    }
    if (issuer && role === 'client' && !plan.clients.has(name)) {
      problems.push(`${name}: ${ISSUER_SERVICE} does not give it the CA certificate alone (CERTS_CLIENTS)`);
    }
    if (issuer && role !== 'client' && plan.members.get(name) !== role) {
      problems.push(`${name}: ${ISSUER_SERVICE} issues it no ${role} identity (CERTS_MEMBERS ${role}/${name})`);
    }
  }
  return problems;
}

export interface IssuedCheck {
  /** Where the issuer's mount targets are (the scratch folder standing for its container's root). */
  root: string;
  /** uid:gid every issued file must have (the issuer's CERTS_OWNER, when it ran as root). */
  owner?: { uid: number; gid: number };
}

/**
 * What is wrong with the folders the issuer filled (read after it ran, under `root`): each director's and worker's
 * holds exactly ISSUED_FILES.member, each client's exactly ISSUED_FILES.client (no session key), each file with its
 * mode (and owner); every member holds the same session key, the one CERTS_CA_DIR keeps, a valid one.
 */
export async function issuedProblems(compose: ComposeFile, { root, owner }: IssuedCheck): Promise<string[]> {
  const problems: string[] = [];
  const plan = issuerPlan(compose);
  const issuerMounts = mountsOf(compose.services[ISSUER_SERVICE] ?? {});
  const octal = (mode: number) => `0${(mode & 0o777).toString(8)}`;
  const kept = plan.caDir
    ? await readFile(join(root, plan.caDir, SESSION_KEY), 'utf8').catch(() => undefined)
    : undefined;
  if (kept === undefined) {
    problems.push(`${ISSUER_SERVICE}: keeps no ${SESSION_KEY} in CERTS_CA_DIR (${plan.caDir ?? 'unset'})`);
  } else {
    const problem = sessionKeyProblem(kept);
    if (problem) problems.push(`${ISSUER_SERVICE}: the ${SESSION_KEY} it keeps ${problem}`);
  }
  for (const [name, service] of Object.entries(compose.services ?? {})) {
    const role = roleOf(name, service);
    if (!role) continue;
    const tlsDir = dirname(envOf(service).TLS_CA_FILE ?? '/tls/ca.pem');
    const volume = mountsOf(service).find((m) => m.named && m.target === tlsDir)?.source;
    const target = issuerMounts.find((m) => m.named && m.source === volume)?.target;
    if (!target) {
      problems.push(`${name}: ${ISSUER_SERVICE} fills no volume it mounts at ${tlsDir}`);
      continue;
    }
    const folder = join(root, target);
    const expected: Record<string, number> = role === 'client' ? ISSUED_FILES.client : ISSUED_FILES.member;
    const files = (await readdir(folder).catch(() => [] as string[])).sort();
    for (const file of Object.keys(expected).filter((f) => !files.includes(f))) {
      problems.push(`${name}: its volume lacks ${file}`);
    }
    for (const file of files.filter((f) => !(f in expected))) {
      problems.push(
        file === SESSION_KEY
          ? `${name}: its volume holds ${SESSION_KEY}, which a ${role} must not have`
          : `${name}: its volume holds ${file}, which ${ISSUER_SERVICE} does not issue it`,
      );
    }
    for (const file of files.filter((f) => f in expected)) {
      const info = await stat(join(folder, file));
      if ((info.mode & 0o777) !== expected[file]) {
        problems.push(`${name}: ${file} has mode ${octal(info.mode)}, not ${octal(expected[file])}`);
      }
      if (owner && (info.uid !== owner.uid || info.gid !== owner.gid)) {
        problems.push(`${name}: ${file} is owned by ${info.uid}:${info.gid}, not ${owner.uid}:${owner.gid}`);
      }
    }
    if (role !== 'client' && files.includes(SESSION_KEY) && kept !== undefined) {
      const key = await readFile(join(folder, SESSION_KEY), 'utf8');
      if (key !== kept) problems.push(`${name}: its ${SESSION_KEY} is not the one ${ISSUER_SERVICE} keeps`);
    }
  }
  return problems;
}
