// This repository's own rules for its Kubernetes objects, on plain objects (generated, committed YAML, or the
// output of `kubectl kustomize`). Each rule returns what breaks it, one line per problem, naming the object.
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IPodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec';
import type { IService } from 'kubernetes-models/v1/Service';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPeer';
import type { INetworkPolicyPort } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPort';
import {
  ADMIN_PORT,
  ALLOWANCES,
  CA_CONFIGMAP,
  CA_DIR,
  CLIENTS,
  COMPONENTS,
  CSI_DRIVER,
  DNS,
  GATEWAY_SHUTDOWN_GRACE_MS,
  SCRAPER,
  SESSION_KEY_DIR,
  SESSION_KEY_ITEMS,
  SESSION_KEY_SECRET,
  TCP_PORTS,
  TLS_DIR,
  UDP_PORTS,
  WORKER_SHUTDOWN_GRACE_MS,
  isMember,
  labels as componentLabels,
  sessionKeyProblem,
  type Component,
} from './settings.js';

interface Meta {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string };
}

interface Workload {
  id: string;
  kind: string;
  name?: string;
  template: IPodTemplateSpec;
  serviceName?: string;
  /** `spec.replicas`, when set. */
  replicas?: number;
}

const idOf = (object: Meta) => `${object.kind}/${object.metadata?.name ?? '?'}`;

function workloads(objects: readonly unknown[]): Workload[] {
  const found: Workload[] = [];
  for (const object of objects as Array<Meta & { spec?: { template?: IPodTemplateSpec; replicas?: number } }>) {
    if (!object?.spec?.template) continue;
    const { kind = '?' } = object;
    const serviceName = kind === 'StatefulSet' ? (object as IStatefulSet).spec?.serviceName : undefined;
    const { template, replicas } = object.spec;
    found.push({ id: idOf(object), kind, name: object.metadata?.name, template, serviceName, replicas });
  }
  return found;
}

function containersOf(workload: Workload): Array<{ id: string; container: IContainer }> {
  const spec = workload.template.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((container) => ({
    id: `${workload.id} container ${container.name}`,
    container,
  }));
}

const envValue = (container: IContainer, name: string) => container.env?.find((e) => e.name === name)?.value;

/** The service a container runs, from its image (`switchyard/<service>:<tag>`). */
export function serviceOf(container: IContainer): string | undefined {
  return /^(?:.*\/)?switchyard\/([a-z]+)(?::|@|$)/.exec(container.image ?? '')?.[1];
}

const services = (objects: readonly unknown[]) =>
  (objects as Array<Meta>).filter((o) => o?.kind === 'Service') as IService[];

/** `port` of `host:port`, or undefined. */
function portOf(address: string | undefined): number | undefined {
  const match = /:(\d+)$/.exec(address ?? '');
  return match ? Number(match[1]) : undefined;
}

const selects = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector &&
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([key, value]) => labels?.[key] === value);

/** Durations as the services read them: `500`, `500ms`, `5s`, `2m`. */
export function durationMs(value: string): number | undefined {
  const match = /^(\d+)(ms|s|m)?$/.exec(value.trim());
  if (!match) return undefined;
  return Number(match[1]) * ({ ms: 1, s: 1000, m: 60_000 } as const)[(match[2] ?? 'ms') as 'ms' | 's' | 'm'];
}

/**
 * Every QUIC and membership port is UDP (declared, since Kubernetes defaults to TCP); only the ports of TCP_PORTS
 * (`admin`, the gateway's `http`) are TCP, and GATEWAY_ADDR binds a declared TCP port.
 */
export function udpPorts(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  const check = (where: string, name: string | undefined, port: number | undefined, protocol: string | undefined) => {
    if (name !== undefined && name in TCP_PORTS) {
      if (protocol !== 'TCP' && protocol !== undefined) problems.push(`${where}: port ${name} must be TCP`);
    } else if (protocol !== 'UDP') {
      problems.push(`${where}: port ${name ?? port} must be UDP (it is ${protocol ?? 'TCP by default'})`);
    }
    if (port !== undefined && UDP_PORTS.includes(port) && protocol !== 'UDP') {
      problems.push(`${where}: port ${port} carries QUIC or membership datagrams and must be UDP`);
    }
  };
  for (const service of services(objects)) {
    for (const port of service.spec?.ports ?? []) check(idOf(service), port.name, port.port, port.protocol);
  }
  for (const workload of workloads(objects)) {
    for (const { id, container } of containersOf(workload)) {
      const declared = container.ports ?? [];
      for (const port of declared) check(id, port.name, port.containerPort, port.protocol);
      for (const name of ['DIRECTOR_CLIENT_ADDR', 'DIRECTOR_MGMT_ADDR', 'MEMBERSHIP_ADDR', 'WORKER_ADDR']) {
        const port = portOf(envValue(container, name));
        if (port === undefined) continue;
        if (!declared.some((p) => p.containerPort === port && p.protocol === 'UDP')) {
          problems.push(`${id}: ${name} binds ${port}, which is not a declared UDP container port`);
        }
      }
      const http = portOf(envValue(container, 'GATEWAY_ADDR'));
      if (http !== undefined && !declared.some((p) => p.containerPort === http && (p.protocol ?? 'TCP') === 'TCP')) {
        problems.push(`${id}: GATEWAY_ADDR binds ${http}, which is not a declared TCP container port`);
      }
    }
  }
  return problems;
}

/** Liveness is GET /healthz and readiness GET /readyz, both on the container port named admin (ADMIN_ADDR). */
export function adminProbes(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  for (const workload of workloads(objects)) {
    for (const { id, container } of containersOf(workload)) {
      const admin = container.ports?.find((p) => p.name === 'admin');
      const adminAddr = envValue(container, 'ADMIN_ADDR');
      if (!admin) problems.push(`${id}: no container port named admin`);
      else if (portOf(adminAddr) !== admin.containerPort) {
        problems.push(`${id}: ADMIN_ADDR (${adminAddr ?? 'unset'}) is not the admin port ${admin.containerPort}`);
      } else if (admin.containerPort !== ADMIN_PORT) {
        problems.push(`${id}: the admin port is ${admin.containerPort}, not ${ADMIN_PORT}`);
      }
      for (const [probe, path] of [
        ['livenessProbe', '/healthz'],
        ['readinessProbe', '/readyz'],
      ] as const) {
        const get = container[probe]?.httpGet;
        if (!get) problems.push(`${id}: no ${probe} with httpGet`);
        else if (get.path !== path || get.port !== 'admin') {
          problems.push(`${id}: ${probe} must GET ${path} on port admin (it GETs ${get.path} on ${get.port})`);
        }
      }
    }
  }
  return problems;
}

/** Every image names a tag other than `latest` (or a digest). */
export function pinnedImages(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  for (const workload of workloads(objects)) {
    for (const { id, container } of containersOf(workload)) {
      const image = container.image ?? '';
      if (image.includes('@sha256:')) continue;
      const tag = /:([^/:]+)$/.exec(image)?.[1];
      if (!tag || tag === 'latest')
        problems.push(`${id}: image ${image || '(none)'} must name a tag other than latest`);
    }
  }
  return problems;
}

/** Every container requests CPU and memory. */
export function resourceRequests(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  for (const workload of workloads(objects)) {
    for (const { id, container } of containersOf(workload)) {
      for (const resource of ['cpu', 'memory']) {
        if (container.resources?.requests?.[resource] === undefined) problems.push(`${id}: no ${resource} request`);
      }
    }
  }
  return problems;
}

/** The variable holding a service's shutdown grace, and the grace when it is unset. */
const SHUTDOWN_GRACE: Record<string, { variable: string; defaultMs: number }> = {
  director: { variable: 'WORKER_SHUTDOWN_GRACE_MS', defaultMs: WORKER_SHUTDOWN_GRACE_MS },
  worker: { variable: 'WORKER_SHUTDOWN_GRACE_MS', defaultMs: WORKER_SHUTDOWN_GRACE_MS },
  gateway: { variable: 'GATEWAY_SHUTDOWN_GRACE_MS', defaultMs: GATEWAY_SHUTDOWN_GRACE_MS },
};

/**
 * Directors' and workers' pods get at least the worker's shutdown grace (WORKER_SHUTDOWN_GRACE_MS, its default
 * when unset), a gateway's its own (GATEWAY_SHUTDOWN_GRACE_MS: open answers are cut after it), plus the 1 s within
 * which the process exits after it, before Kubernetes kills them.
 */
export function terminationGrace(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  for (const workload of workloads(objects)) {
    const graced = containersOf(workload).filter(({ container }) => (serviceOf(container) ?? '') in SHUTDOWN_GRACE);
    if (graced.length === 0) continue;
    let graceMs = 0;
    for (const { id, container } of graced) {
      const { variable, defaultMs } = SHUTDOWN_GRACE[serviceOf(container)!];
      const value = envValue(container, variable);
      const ms = value === undefined ? defaultMs : durationMs(value);
      if (ms === undefined) problems.push(`${id}: ${variable} ${value} is not a duration`);
      else graceMs = Math.max(graceMs, ms);
    }
    const needed = Math.ceil((graceMs + 1000) / 1000);
    const actual = workload.template.spec?.terminationGracePeriodSeconds;
    if (actual === undefined || actual < needed) {
      problems.push(
        `${workload.id}: terminationGracePeriodSeconds ${actual ?? 'unset (30)'} must be set and ≥ ${needed} ` +
          `(shutdown grace ${graceMs} ms + 1 s)`,
      );
    }
  }
  return problems;
}

/** A `$(NAME)` in an env value names a variable defined earlier in the same container (else it stays literal). */
export function envReferences(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  for (const workload of workloads(objects)) {
    for (const { id, container } of containersOf(workload)) {
      const defined = new Set<string>();
      for (const variable of container.env ?? []) {
        for (const [, name] of (variable.value ?? '').matchAll(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g)) {
          if (!defined.has(name)) problems.push(`${id}: ${variable.name} uses $(${name}) before it is defined`);
        }
        defined.add(variable.name);
      }
    }
  }
  return problems;
}

const fieldPathOf = (env: IEnvVar[] | undefined, name: string) =>
  env?.find((e) => e.name === name)?.valueFrom?.fieldRef?.fieldPath;

/** The pod's own identity as cert-manager's CSI driver writes it, `${POD_NAME}` standing for the pod's name. */
export const ownIdentityUri = (role: string) => `spiffe://switchyard/${role}/\${POD_NAME}`;
const attribute = (volume: IVolume | undefined, name: string) =>
  volume?.csi?.volumeAttributes?.[`csi.cert-manager.io/${name}`];
/** An env value with Kubernetes' `$(VAR)` written as the CSI driver's `${VAR}`. */
const asDriverVariables = (value: string) => value.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, '$${$1}');
const hostOf = (address: string) => address.replace(/:\d+$/, '');

function mountedAt(workload: Workload, container: IContainer, path: string): IVolume | undefined {
  const mount = container.volumeMounts?.find((m) => m.mountPath === path);
  return workload.template.spec?.volumes?.find((v) => v.name === mount?.name);
}

/**
 * Identity is the certificate's: each director and worker runs in a StatefulSet pod whose name is its
 * DIRECTOR_NAME or WORKER_LABEL, with TLS_CERT_FILE and TLS_KEY_FILE in its own identity volume (see ownKeys),
 * whose certificate names what clients dial; every container trusts the CA of the ConfigMap; a client has that
 * CA only.
 */
export function identities(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  const all = workloads(objects);
  const dialledDirectors = all.flatMap((workload) =>
    containersOf(workload).flatMap(({ container }) =>
      (envValue(container, 'DIRECTOR_TARGET') ?? '')
        .split(',')
        .filter(Boolean)
        .map((target) => asDriverVariables(hostOf(target))),
    ),
  );
  for (const workload of all) {
    for (const { id, container } of containersOf(workload)) {
      const service = serviceOf(container);
      const ca = mountedAt(workload, container, CA_DIR);
      if (ca?.configMap?.name !== CA_CONFIGMAP)
        problems.push(`${id}: no ConfigMap ${CA_CONFIGMAP} mounted at ${CA_DIR}`);
      if (envValue(container, 'TLS_CA_FILE') !== `${CA_DIR}/ca.crt`) {
        problems.push(`${id}: TLS_CA_FILE must be ${CA_DIR}/ca.crt`);
      }
      if (CLIENTS.includes(service as Component)) {
        for (const name of ['TLS_CERT_FILE', 'TLS_KEY_FILE']) {
          if (envValue(container, name) !== undefined)
            problems.push(`${id}: a ${service} holds no certificate (${name})`);
        }
        continue;
      }
      if (service !== 'director' && service !== 'worker') continue;
      if (workload.kind !== 'StatefulSet') {
        problems.push(`${id}: a ${service} needs a stable name for its certificate: run it in a StatefulSet`);
      }
      if (fieldPathOf(container.env, 'POD_NAME') !== 'metadata.name') {
        problems.push(`${id}: POD_NAME must come from metadata.name`);
      }
      const nameVar = service === 'director' ? 'DIRECTOR_NAME' : 'WORKER_LABEL';
      const expected: Record<string, string> = {
        [nameVar]: '$(POD_NAME)',
        TLS_CERT_FILE: `${TLS_DIR}/tls.crt`,
        TLS_KEY_FILE: `${TLS_DIR}/tls.key`,
      };
      for (const [name, value] of Object.entries(expected)) {
        if (envValue(container, name) !== value) problems.push(`${id}: ${name} must be ${value}`);
      }
      const tls = mountedAt(workload, container, TLS_DIR);
      if (tls?.csi?.driver !== CSI_DRIVER) {
        problems.push(`${id}: no ${CSI_DRIVER} volume (its own key and certificate) mounted at ${TLS_DIR}`);
        continue;
      }
      const names = (attribute(tls, 'dns-names') ?? '').split(',').map((n) => n.trim());
      const advertised = envValue(container, 'WORKER_ADVERTISE_ADDR');
      const dialled =
        service === 'worker' ? (advertised ? [asDriverVariables(hostOf(advertised))] : []) : dialledDirectors;
      for (const host of new Set(dialled)) {
        if (!names.includes(host)) problems.push(`${id}: its certificate does not name ${host}, which clients dial`);
      }
      const usages = (attribute(tls, 'key-usages') ?? '').split(',').map((u) => u.trim());
      for (const usage of ['digital signature', 'server auth', 'client auth']) {
        if (!usages.includes(usage)) problems.push(`${id}: its certificate lacks the key usage ${usage}`);
      }
    }
  }
  return problems;
}

/** A name under which a Secret or ConfigMap entry, or a projected item, would hold a private key. */
export const keyLike = (name: string) => /\bkey\b|\.key$|key\.pem$|keystore|\.p12$|\.pfx$/i.test(name);

/**
 * No pod mounts a key that is not its own. A key reaches a pod only through cert-manager's CSI driver, issued for
 * that pod's own identity (spiffe://switchyard/<role>/${POD_NAME}, the role its container runs), and only a
 * director or worker mounts one. A Secret, whether a volume or a projected source, is the same in every pod of
 * the template, so none may carry a key: it must list its items, none of them a key. The one exception is the
 * session key Secret (SESSION_KEY_SECRET), which is no TLS key and the same for every member by design: its items
 * may be `current` and `previous` and nothing else (who mounts it: sessionKey, clientsWithoutSessionKey). No
 * hostPath (another pod's files), no other CSI driver (this rule cannot tell whose key it holds). TLS_KEY_FILE lies
 * in the pod's own volume.
 */
export function ownKeys(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  for (const workload of workloads(objects)) {
    const containers = containersOf(workload);
    const secretProblem = (
      where: string,
      secretName: string | undefined,
      items: Array<{ key: string }> | undefined,
    ) => {
      const secret = `Secret ${secretName ?? '?'}`;
      if (secretName === SESSION_KEY_SECRET) {
        const allowed: readonly string[] = Object.values(SESSION_KEY_ITEMS);
        if (!items || items.length === 0) {
          problems.push(`${where}: mounts all of ${secret}; list its items (${allowed.join(', ')})`);
        }
        for (const item of (items ?? []).filter((i) => !allowed.includes(i.key))) {
          problems.push(`${where}: mounts ${item.key} of ${secret}, which may hold only ${allowed.join(' and ')}`);
        }
        return;
      }
      if (!items || items.length === 0) {
        problems.push(`${where}: mounts all of ${secret}, keys included, in every pod of the template`);
      } else {
        for (const item of items.filter((i) => keyLike(i.key))) {
          problems.push(`${where}: mounts ${item.key} of ${secret}, the same key in every pod of the template`);
        }
      }
    };
    for (const volume of workload.template.spec?.volumes ?? []) {
      const where = `${workload.id} volume ${volume.name}`;
      if (volume.secret) secretProblem(where, volume.secret.secretName, volume.secret.items);
      for (const source of volume.projected?.sources ?? []) {
        if (source.secret) secretProblem(where, source.secret.name, source.secret.items);
      }
      if (volume.hostPath) problems.push(`${where}: a hostPath can hold other pods' keys`);
      if (volume.csi && volume.csi.driver !== CSI_DRIVER) {
        problems.push(`${where}: CSI driver ${volume.csi.driver} is not ${CSI_DRIVER}; whose key it mounts is unknown`);
      }
      if (volume.csi?.driver !== CSI_DRIVER) continue;
      const uri = attribute(volume, 'uri-sans');
      if (attribute(volume, 'is-ca') === 'true') problems.push(`${where}: issues a CA certificate`);
      for (const { id, container } of containers) {
        if (!container.volumeMounts?.some((m) => m.name === volume.name)) continue;
        const role = serviceOf(container);
        if (role !== 'director' && role !== 'worker') {
          problems.push(`${id}: a ${role ?? 'container'} holds no key, but mounts ${volume.name}, a key of its own`);
        } else if (uri !== ownIdentityUri(role)) {
          problems.push(`${where}: issues ${uri ?? 'no identity'}, not the pod's own ${ownIdentityUri(role)}`);
        }
      }
    }
    for (const { id, container } of containers) {
      const key = envValue(container, 'TLS_KEY_FILE');
      if (key === undefined) continue;
      const mount = container.volumeMounts?.find((m) => key.startsWith(`${m.mountPath.replace(/\/$/, '')}/`));
      const volume = workload.template.spec?.volumes?.find((v) => v.name === mount?.name);
      if (volume?.csi?.driver !== CSI_DRIVER) {
        problems.push(`${id}: TLS_KEY_FILE ${key} is not in a ${CSI_DRIVER} volume of the pod's own`);
      }
    }
  }
  return problems;
}

/**
 * No Secret or ConfigMap of the deployment holds a private key, the CA's least of all: the CA key stays with the
 * issuer (outside this namespace), and each pod's key with its pod. No CA issuer keeps its key in a Secret here.
 * The session key Secret, when a build holds it (the operator normally creates it), is Opaque and holds a session
 * key under `current`, and one under `previous` during a rotation, nothing else.
 */
export function noStoredKeys(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  type Store = Meta & {
    type?: string;
    data?: Record<string, string>;
    stringData?: Record<string, string>;
    binaryData?: Record<string, string>;
    spec?: { ca?: { secretName?: string } };
  };
  for (const object of objects as Store[]) {
    if (object?.kind === 'Secret' || object?.kind === 'ConfigMap') {
      const decode = (value: string) =>
        object.kind === 'Secret' ? Buffer.from(value, 'base64').toString('utf8') : value;
      const entries: Array<[string, string]> = [
        ...Object.entries(object.data ?? {}).map(([k, v]): [string, string] => [k, decode(v)]),
        ...Object.entries(object.stringData ?? {}),
        ...Object.entries(object.binaryData ?? {}).map(([k, v]): [string, string] => [k, decode(v)]),
      ];
      if (object.kind === 'Secret' && object.metadata?.name === SESSION_KEY_SECRET) {
        const allowed: readonly string[] = Object.values(SESSION_KEY_ITEMS);
        if ((object.type ?? 'Opaque') !== 'Opaque') {
          problems.push(`${idOf(object)}: type ${object.type}; the session key Secret is Opaque`);
        }
        if (!entries.some(([name]) => name === SESSION_KEY_ITEMS.current)) {
          problems.push(
            `${idOf(object)}: holds no ${SESSION_KEY_ITEMS.current} key, which every director and worker reads`,
          );
        }
        for (const [name, value] of entries) {
          const problem = allowed.includes(name) ? sessionKeyProblem(value) : undefined;
          if (!allowed.includes(name)) {
            problems.push(`${idOf(object)}: holds ${name}; the session key Secret holds only ${allowed.join(' and ')}`);
          } else if (problem) {
            problems.push(`${idOf(object)}: ${name} ${problem} (head -c 32 /dev/urandom | base64)`);
          }
        }
      }
      for (const [name, value] of entries) {
        if (!keyLike(name) && !/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value)) continue;
        const ca = /(^|[^a-z])ca([^a-z]|$)/i.test(name) || /(^|[^a-z])ca([^a-z]|$)/i.test(object.metadata?.name ?? '');
        problems.push(`${idOf(object)}: holds ${ca ? 'the CA key' : 'a private key'} (${name})`);
      }
    }
    if ((object?.kind === 'Issuer' || object?.kind === 'ClusterIssuer') && object.spec?.ca) {
      problems.push(
        `${idOf(object)}: a CA issuer keeps the CA key in Secret ${object.spec.ca.secretName ?? '?'} with the deployment`,
      );
    }
  }
  return problems;
}

/** The pod's volumes that reach the session key Secret, as a volume or a projected source. */
function sessionKeyVolumes(workload: Workload): IVolume[] {
  return (workload.template.spec?.volumes ?? []).filter(
    (v) =>
      v.secret?.secretName === SESSION_KEY_SECRET ||
      (v.projected?.sources ?? []).some((source) => source.secret?.name === SESSION_KEY_SECRET),
  );
}

/** Does the container take the session key Secret into its environment (env valueFrom or envFrom)? */
const sessionKeyInEnv = (container: IContainer) =>
  (container.env ?? []).some((e) => e.valueFrom?.secretKeyRef?.name === SESSION_KEY_SECRET) ||
  (container.envFrom ?? []).some((e) => e.secretRef?.name === SESSION_KEY_SECRET);

const octal = (mode: number) => `0${mode.toString(8)}`;

/**
 * Every director and worker has the session key, as the services read it: SESSION_KEY_FILE is
 * SESSION_KEY_DIR/current, in a read-only volume of the Secret SESSION_KEY_SECRET that projects `current` as
 * `current`, readable by no other user (mode 0440 or less). SESSION_PREVIOUS_KEY_FILE, during a rotation, is
 * SESSION_KEY_DIR/previous and the volume projects `previous` too: a previous key file that is missing makes the
 * service exit 78. The key is never an environment variable.
 */
export function sessionKey(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  for (const workload of workloads(objects)) {
    for (const { id, container } of containersOf(workload)) {
      const role = serviceOf(container);
      if (role !== 'director' && role !== 'worker') continue;
      if (sessionKeyInEnv(container)) {
        problems.push(`${id}: takes Secret ${SESSION_KEY_SECRET} into its environment; it reads SESSION_KEY_FILE`);
      }
      const current = `${SESSION_KEY_DIR}/${SESSION_KEY_ITEMS.current}`;
      const file = envValue(container, 'SESSION_KEY_FILE');
      if (file === undefined) {
        problems.push(`${id}: SESSION_KEY_FILE is unset, so it exits 78 (NODE_ENV=production); set it to ${current}`);
      } else if (file !== current) {
        problems.push(`${id}: SESSION_KEY_FILE must be ${current}`);
      }
      const mount = container.volumeMounts?.find((m) => m.mountPath === SESSION_KEY_DIR);
      const volume = mountedAt(workload, container, SESSION_KEY_DIR);
      if (volume?.secret?.secretName !== SESSION_KEY_SECRET || mount?.subPath !== undefined) {
        problems.push(`${id}: no volume of Secret ${SESSION_KEY_SECRET} mounted at ${SESSION_KEY_DIR}`);
        continue;
      }
      if (mount?.readOnly !== true)
        problems.push(`${id}: mounts ${volume.name} writable; the session key is read-only`);
      const mode = volume.secret.defaultMode ?? 0o644;
      if ((mode & 0o007) !== 0 || (mode & 0o222) !== 0) {
        problems.push(`${workload.id} volume ${volume.name}: mode ${octal(mode)}; the session key wants 0440 or less`);
      }
      const projects = (item: string) =>
        (volume.secret?.items ?? []).some((i) => i.key === item && i.path === item && i.mode === undefined);
      if (!projects(SESSION_KEY_ITEMS.current)) {
        const item = SESSION_KEY_ITEMS.current;
        problems.push(`${workload.id} volume ${volume.name}: does not project ${item} (key and path ${item}, no mode)`);
      }
      const previous = envValue(container, 'SESSION_PREVIOUS_KEY_FILE');
      const previousFile = `${SESSION_KEY_DIR}/${SESSION_KEY_ITEMS.previous}`;
      if (previous !== undefined && previous !== previousFile) {
        problems.push(`${id}: SESSION_PREVIOUS_KEY_FILE must be ${previousFile}`);
      } else if (previous !== undefined && !projects(SESSION_KEY_ITEMS.previous)) {
        problems.push(
          `${id}: SESSION_PREVIOUS_KEY_FILE names ${previous}, which its volume does not project: ` +
            'the file would be missing, and the service exits 78',
        );
      }
    }
  }
  return problems;
}

/**
 * No client pod holds the session key (with it, a client could admit itself to any worker): a pod running a
 * client or a gateway declares no volume that reaches the Secret SESSION_KEY_SECRET, and no container but a
 * director or worker mounts one, names a session key file or takes the Secret into its environment.
 */
export function clientsWithoutSessionKey(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  for (const workload of workloads(objects)) {
    const containers = containersOf(workload);
    const volumes = sessionKeyVolumes(workload);
    const client = containers
      .map(({ container }) => serviceOf(container))
      .find((s) => CLIENTS.includes(s as Component));
    if (client) {
      for (const volume of volumes) {
        problems.push(
          `${workload.id} volume ${volume.name}: a ${client}'s pod holds no session key, but it names Secret ${SESSION_KEY_SECRET}`,
        );
      }
    }
    for (const { id, container } of containers) {
      const role = serviceOf(container);
      if (isMember(role)) continue;
      const who = `a ${role ?? 'container'} holds no session key`;
      for (const volume of volumes.filter((v) => container.volumeMounts?.some((m) => m.name === v.name))) {
        problems.push(`${id}: ${who}, but mounts ${volume.name} (Secret ${SESSION_KEY_SECRET})`);
      }
      for (const name of ['SESSION_KEY_FILE', 'SESSION_PREVIOUS_KEY_FILE']) {
        if (container.env?.some((e) => e.name === name)) problems.push(`${id}: ${who} (${name})`);
      }
      if (sessionKeyInEnv(container))
        problems.push(`${id}: ${who}, but takes Secret ${SESSION_KEY_SECRET} into its environment`);
    }
  }
  return problems;
}

/**
 * The names the pods use resolve: every Service selects pods; each StatefulSet's serviceName is a headless
 * Service selecting its pods; MEMBERSHIP_SEEDS, WORKER_ADVERTISE_ADDR and DIRECTOR_TARGET name headless Services
 * (seeds and workers published before they are ready) with that UDP port; every disruption budget selects pods.
 */
export function serviceNames(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  const all = services(objects);
  const pods = workloads(objects);
  const byName = new Map(all.map((s) => [s.metadata?.name ?? '', s]));
  const podsOf = (selector: Record<string, string> | undefined) =>
    pods.filter((w) => selects(selector, w.template.metadata?.labels));

  for (const service of all) {
    if (podsOf(service.spec?.selector).length === 0) problems.push(`${idOf(service)}: selects no pods`);
  }
  const headless = (where: string, what: string, name: string, port?: number, published?: boolean) => {
    const service = byName.get(name);
    if (!service) {
      problems.push(`${where}: ${what} names Service ${name}, which does not exist`);
      return undefined;
    }
    if (service.spec?.clusterIP !== 'None') problems.push(`${where}: ${what}: Service ${name} must be headless`);
    if (published && service.spec?.publishNotReadyAddresses !== true) {
      problems.push(`${where}: ${what}: Service ${name} must publish pods before they are ready`);
    }
    if (port !== undefined && !service.spec?.ports?.some((p) => p.port === port && p.protocol === 'UDP')) {
      problems.push(`${where}: ${what}: Service ${name} has no UDP port ${port}`);
    }
    return service;
  };
  for (const workload of pods) {
    if (workload.serviceName !== undefined) {
      const service = headless(workload.id, 'serviceName', workload.serviceName);
      if (service && !selects(service.spec?.selector, workload.template.metadata?.labels)) {
        problems.push(`${workload.id}: its serviceName ${workload.serviceName} does not select its pods`);
      }
    }
    for (const { id, container } of containersOf(workload)) {
      for (const seed of (envValue(container, 'MEMBERSHIP_SEEDS') ?? '').split(',').filter(Boolean)) {
        if (seed === 'none') continue;
        const [host] = seed.split(':');
        headless(id, 'MEMBERSHIP_SEEDS', host.split('.')[0], portOf(seed), true);
      }
      const advertise = envValue(container, 'WORKER_ADVERTISE_ADDR');
      if (advertise !== undefined) {
        const [pod, service] = advertise.split(':')[0].split('.');
        if (pod !== '$(POD_NAME)' || service !== workload.serviceName) {
          problems.push(`${id}: WORKER_ADVERTISE_ADDR must be the pod's DNS name under its StatefulSet's Service`);
        }
        if (service) headless(id, 'WORKER_ADVERTISE_ADDR', service, portOf(advertise), true);
      }
      for (const target of (envValue(container, 'DIRECTOR_TARGET') ?? '').split(',').filter(Boolean)) {
        headless(id, 'DIRECTOR_TARGET', target.split(':')[0].split('.')[0], portOf(target));
      }
    }
  }
  for (const budget of (objects as Meta[]).filter((o) => o?.kind === 'PodDisruptionBudget') as IPodDisruptionBudget[]) {
    if (podsOf(budget.spec?.selector?.matchLabels).length === 0) problems.push(`${idOf(budget)}: selects no pods`);
  }
  return problems;
}

type Selector = { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined;
const emptySelector = (selector: Selector) =>
  !selector || (Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0);
const sameLabels = (selector: Selector, labels: Record<string, string>) =>
  !!selector &&
  (selector.matchExpressions ?? []).length === 0 &&
  JSON.stringify(Object.entries(selector.matchLabels ?? {}).sort()) === JSON.stringify(Object.entries(labels).sort());
/** Does `selector` select pods with `labels` (an empty selector selects every pod)? */
const selectsPods = (selector: Selector, labels: Record<string, string>) =>
  emptySelector(selector) ||
  ((selector?.matchExpressions ?? []).length === 0 &&
    Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => labels[key] === value));

/**
 * Who a NetworkPolicy peer is: components of this deployment (pods of this namespace selected by their labels),
 * `scraper`, `dns`, or a description of anything else (which no allowance names, so a rule reports it).
 */
function describePeer(peer: INetworkPolicyPeer): string[] {
  if (peer.ipBlock) return [`ipBlock ${peer.ipBlock.cidr}`];
  if (peer.namespaceSelector) {
    const ns = (name: string) => sameLabels(peer.namespaceSelector, { 'kubernetes.io/metadata.name': name });
    if (ns(SCRAPER.namespace) && sameLabels(peer.podSelector, SCRAPER.labels)) return ['scraper'];
    if (ns(DNS.namespace) && sameLabels(peer.podSelector, DNS.labels)) return ['dns'];
    return [`pods ${JSON.stringify(peer.podSelector ?? {})} of namespaces ${JSON.stringify(peer.namespaceSelector)}`];
  }
  if ((peer.podSelector?.matchExpressions ?? []).length > 0) {
    return [`pods ${JSON.stringify(peer.podSelector)} (matchExpressions: not evaluated)`];
  }
  const components = COMPONENTS.filter((c) => selectsPods(peer.podSelector, componentLabels(c)));
  return emptySelector(peer.podSelector)
    ? ['any pod of the namespace']
    : components.length > 0
      ? components
      : [`pods ${JSON.stringify(peer.podSelector)}`];
}

interface PortRef {
  name?: string;
  number: number;
  protocol: string;
}
/** Does a policy's port entry (or its absence: every port) cover `port`? */
function covers(ports: INetworkPolicyPort[] | undefined, port: PortRef): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== port.protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'string') return p.port === port.name;
    return port.number >= p.port && port.number <= (p.endPort ?? p.port);
  });
}
const portKey = (port: INetworkPolicyPort) =>
  `${port.port ?? '*'}${port.endPort ? `-${port.endPort}` : ''}/${port.protocol ?? 'TCP'}`;
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : 'nobody');

/**
 * The NetworkPolicies implement exactly ALLOWANCES (settings.ts): a default deny of ingress and egress for every
 * pod of the namespace; every declared container port of each component admits exactly the peers its allowance
 * names (a port without one admits nobody; the admin port only the scraper); no ingress rule opens a port its pods
 * do not declare; and each component may send exactly to the ports whose allowances name it, and to DNS.
 */
export function networkPolicies(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  const policies = (objects as Meta[]).filter((o) => o?.kind === 'NetworkPolicy') as INetworkPolicy[];
  const types = (policy: INetworkPolicy) =>
    policy.spec?.policyTypes ?? (policy.spec?.egress ? ['Ingress', 'Egress'] : ['Ingress']);
  const denies = policies.some(
    (p) =>
      emptySelector(p.spec?.podSelector) &&
      types(p).includes('Ingress') &&
      types(p).includes('Egress') &&
      (p.spec?.ingress ?? []).length === 0 &&
      (p.spec?.egress ?? []).length === 0,
  );
  if (!denies) {
    problems.push('no default-deny NetworkPolicy: podSelector {}, policyTypes Ingress and Egress, no rules');
  }
  for (const workload of workloads(objects)) {
    const podLabels = workload.template.metadata?.labels ?? {};
    const applying = policies.filter((p) => selectsPods(p.spec?.podSelector, podLabels));
    for (const { id, container } of containersOf(workload)) {
      const component = serviceOf(container) as Component | undefined;
      if (!component || !COMPONENTS.includes(component)) continue;
      const declared: PortRef[] = (container.ports ?? []).map((p) => ({
        name: p.name,
        number: p.containerPort,
        protocol: p.protocol ?? 'TCP',
      }));
      // A pod no policy isolates (for a direction) accepts (sends) anything.
      const isolated = (type: 'Ingress' | 'Egress') => applying.some((p) => types(p).includes(type));
      for (const port of declared) {
        const admitted = isolated('Ingress')
          ? sorted(
              applying
                .filter((p) => types(p).includes('Ingress'))
                .flatMap((p) => p.spec?.ingress ?? [])
                .filter((rule) => covers(rule.ports, port))
                .flatMap((rule) => (rule.from && rule.from.length > 0 ? rule.from.flatMap(describePeer) : ['anyone'])),
            )
          : ['anyone'];
        const allowance = ALLOWANCES.find((a) => a.to === component && a.number === port.number);
        const intended = sorted(allowance?.protocol === port.protocol ? allowance.from : []);
        if (JSON.stringify(admitted) !== JSON.stringify(intended)) {
          const what = port.number === ADMIN_PORT ? 'the admin port, which must admit the scraper only,' : 'it';
          problems.push(
            `${id}: port ${port.name ?? port.number} (${port.number}/${port.protocol}) admits ${list(admitted)}; ` +
              `${what} should admit ${list(intended)}`,
          );
        }
      }
      for (const policy of applying.filter((p) => types(p).includes('Ingress'))) {
        for (const rule of policy.spec?.ingress ?? []) {
          for (const port of rule.ports ?? []) {
            if (!declared.some((d) => covers([port], d))) {
              problems.push(`${idOf(policy)}: admits ${portKey(port)} to ${id}, which declares no such port`);
            }
          }
        }
      }
      const sends = isolated('Egress')
        ? sorted(
            applying
              .filter((p) => types(p).includes('Egress'))
              .flatMap((p) => p.spec?.egress ?? [])
              .flatMap((rule) => {
                const peers = rule.to && rule.to.length > 0 ? rule.to.flatMap(describePeer) : ['anywhere'];
                const ports = rule.ports && rule.ports.length > 0 ? rule.ports.map(portKey) : ['*'];
                return peers.flatMap((peer) => ports.map((port) => `${peer} ${port}`));
              }),
          )
        : ['anywhere *'];
      const intended = sorted([
        ...ALLOWANCES.filter((a) => a.from.includes(component)).map((a) => `${a.to} ${a.number}/${a.protocol}`),
        `dns ${DNS.port}/UDP`,
        `dns ${DNS.port}/TCP`,
      ]);
      if (JSON.stringify(sends) !== JSON.stringify(intended)) {
        const extra = sends.filter((s) => !intended.includes(s));
        const missing = intended.filter((s) => !sends.includes(s));
        problems.push(
          `${id}: may send to ${list(sends)}; should to ${list(intended)}` +
            ` (extra: ${list(extra)}; missing: ${list(missing)})`,
        );
      }
    }
  }
  return problems;
}

/**
 * Every HorizontalPodAutoscaler scales a Deployment or StatefulSet of the build (apps/v1), with at least one pod
 * and a maximum no smaller than its minimum; the workload sets no `replicas` (an apply would reset the
 * autoscaler's count, stopping the pods it had added); and a CPU or memory `Utilization` target is a share of
 * the requests, so every container of the workload requests that resource.
 */
export function autoscalers(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  const all = workloads(objects);
  const hpas = (objects as Meta[]).filter((o) => o?.kind === 'HorizontalPodAutoscaler') as IHorizontalPodAutoscaler[];
  for (const hpa of hpas) {
    const id = idOf(hpa);
    const ref = hpa.spec?.scaleTargetRef;
    const { minReplicas = 1, maxReplicas } = hpa.spec ?? {};
    if (minReplicas < 1) problems.push(`${id}: minReplicas ${minReplicas}; at least 1 pod must run`);
    if (maxReplicas === undefined || maxReplicas < minReplicas) {
      problems.push(`${id}: maxReplicas ${maxReplicas ?? 'unset'} is below minReplicas ${minReplicas}`);
    }
    const target = all.find(
      (w) =>
        w.kind === ref?.kind && w.name === ref?.name && (ref?.kind === 'Deployment' || ref?.kind === 'StatefulSet'),
    );
    if (!target || ref?.apiVersion !== 'apps/v1') {
      problems.push(
        `${id}: scales ${ref?.apiVersion ?? '?'} ${ref?.kind ?? '?'}/${ref?.name ?? '?'}, no workload of this build`,
      );
      continue;
    }
    if (target.replicas !== undefined) {
      problems.push(
        `${target.id}: sets replicas (${target.replicas}), which ${id} owns: an apply would reset its count`,
      );
    }
    for (const metric of hpa.spec?.metrics ?? []) {
      const resource = metric.type === 'Resource' ? metric.resource : undefined;
      if (resource?.target.type !== 'Utilization') continue;
      for (const { id: container, container: c } of containersOf(target)) {
        if (c.resources?.requests?.[resource.name] === undefined) {
          problems.push(`${container}: no ${resource.name} request, against which ${id} computes its utilization`);
        }
      }
    }
  }
  return problems;
}

export const RULES = {
  udpPorts,
  adminProbes,
  pinnedImages,
  resourceRequests,
  terminationGrace,
  envReferences,
  identities,
  ownKeys,
  noStoredKeys,
  sessionKey,
  clientsWithoutSessionKey,
  networkPolicies,
  serviceNames,
  autoscalers,
} as const;

/** Every rule's problems with `objects`. */
export function ruleProblems(objects: readonly unknown[]): string[] {
  return Object.values(RULES).flatMap((rule) => rule(objects));
}
