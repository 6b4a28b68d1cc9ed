// This repository's own rules for its Kubernetes objects, on plain objects (generated, committed YAML, or the
// output of `kubectl kustomize`). Each rule returns what breaks it, one line per problem, naming the object.
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IPodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec';
import type { IService } from 'kubernetes-models/v1/Service';
import { ADMIN_PORT, TLS_DIR, UDP_PORTS, WORKER_SHUTDOWN_GRACE_MS } from './settings.js';

interface Meta {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string };
}

interface Workload {
  id: string;
  kind: string;
  template: IPodTemplateSpec;
  serviceName?: string;
}

const idOf = (object: Meta) => `${object.kind}/${object.metadata?.name ?? '?'}`;

function workloads(objects: readonly unknown[]): Workload[] {
  const found: Workload[] = [];
  for (const object of objects as Array<Meta & { spec?: { template?: IPodTemplateSpec } }>) {
    if (!object?.spec?.template) continue;
    const { kind = '?' } = object;
    const serviceName = kind === 'StatefulSet' ? (object as IStatefulSet).spec?.serviceName : undefined;
    found.push({ id: idOf(object), kind, template: object.spec.template, serviceName });
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

/** Every QUIC and membership port is UDP (declared, since Kubernetes defaults to TCP); only `admin` is TCP. */
export function udpPorts(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  const check = (where: string, name: string | undefined, port: number | undefined, protocol: string | undefined) => {
    if (name === 'admin') {
      if (protocol !== 'TCP' && protocol !== undefined) problems.push(`${where}: port admin must be TCP`);
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

/**
 * Directors' and workers' pods get at least the worker's shutdown grace (WORKER_SHUTDOWN_GRACE_MS, its default
 * when unset) plus the 1 s within which the process exits after it, before Kubernetes kills them.
 */
export function terminationGrace(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  for (const workload of workloads(objects)) {
    const members = containersOf(workload).filter(({ container }) => {
      const service = serviceOf(container);
      return service === 'director' || service === 'worker';
    });
    if (members.length === 0) continue;
    let graceMs = WORKER_SHUTDOWN_GRACE_MS;
    for (const { id, container } of members) {
      const value = envValue(container, 'WORKER_SHUTDOWN_GRACE_MS');
      if (value === undefined) continue;
      const ms = durationMs(value);
      if (ms === undefined) problems.push(`${id}: WORKER_SHUTDOWN_GRACE_MS ${value} is not a duration`);
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

/**
 * Identity is the certificate's: each director and worker runs in a StatefulSet pod whose name is its
 * DIRECTOR_NAME or WORKER_LABEL and names its own certificate and key in the TLS Secret; a client has the CA only.
 */
export function identities(objects: readonly unknown[]): string[] {
  const problems: string[] = [];
  for (const workload of workloads(objects)) {
    const volumes = workload.template.spec?.volumes ?? [];
    for (const { id, container } of containersOf(workload)) {
      const service = serviceOf(container);
      const mounted = container.volumeMounts?.find((m) => m.mountPath === TLS_DIR);
      const volume = volumes.find((v) => v.name === mounted?.name);
      if (!mounted || !volume?.secret?.secretName) problems.push(`${id}: no Secret mounted at ${TLS_DIR}`);
      if (envValue(container, 'TLS_CA_FILE') !== `${TLS_DIR}/ca.crt`) {
        problems.push(`${id}: TLS_CA_FILE must be ${TLS_DIR}/ca.crt`);
      }
      if (service === 'client') {
        for (const name of ['TLS_CERT_FILE', 'TLS_KEY_FILE']) {
          if (envValue(container, name) !== undefined) problems.push(`${id}: a client holds no certificate (${name})`);
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
        TLS_CERT_FILE: `${TLS_DIR}/$(POD_NAME).crt`,
        TLS_KEY_FILE: `${TLS_DIR}/$(POD_NAME).key`,
      };
      for (const [name, value] of Object.entries(expected)) {
        if (envValue(container, name) !== value) problems.push(`${id}: ${name} must be ${value}`);
      }
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

export const RULES = {
  udpPorts,
  adminProbes,
  pinnedImages,
  resourceRequests,
  terminationGrace,
  envReferences,
  identities,
  serviceNames,
} as const;

/** Every rule's problems with `objects`. */
export function ruleProblems(objects: readonly unknown[]): string[] {
  return Object.values(RULES).flatMap((rule) => rule(objects));
}
