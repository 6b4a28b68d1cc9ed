// The Kubernetes manifests of deploy/kubernetes, as typed objects (kubernetes-models: a misspelled or
// mistyped field fails the type check, and every object validates against the Kubernetes 1.27 schemas).
// `npx nx run k8s:generate` writes them as YAML; the tests check that the committed files are these.
import { StatefulSet, type IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IProbe } from 'kubernetes-models/v1/Probe';
import { Service } from 'kubernetes-models/v1/Service';
import {
  ADMIN_PORT,
  CLUSTER_DOMAIN,
  DIRECTOR_CLIENT_PORT,
  DIRECTOR_MEMBERSHIP_PORT,
  DIRECTOR_MGMT_PORT,
  DIRECTOR_SERVICE,
  IMAGE_UID,
  QUIC_MAX_UDP_PAYLOAD,
  REPLICAS,
  RESOURCES,
  SEEDS_SERVICE,
  TERMINATION_GRACE_SECONDS,
  TLS_DIR,
  TLS_SECRET,
  WORKER_MAX_SESSIONS,
  WORKER_MEMBERSHIP_PORT,
  WORKER_PORT,
  WORKER_SHUTDOWN_GRACE_MS,
  WORKERS_SERVICE,
} from './settings.js';

export type Component = 'director' | 'worker' | 'client';

/** The part of kustomize's Kustomization this repository uses (kustomize has no published TypeScript types). */
export interface Kustomization {
  apiVersion: 'kustomize.config.k8s.io/v1beta1';
  kind: 'Kustomization';
  namespace?: string;
  resources: string[];
  images?: Array<{ name: string; newName?: string; newTag?: string }>;
  patches?: Array<{ path: string }>;
}

type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A strategic-merge patch of a StatefulSet: any part of one, with its kind and name. */
export type StatefulSetPatch = Pick<IStatefulSet, 'apiVersion' | 'kind'> & {
  metadata: { name: string };
} & DeepPartial<Omit<IStatefulSet, 'apiVersion' | 'kind' | 'metadata'>>;

/** A Kubernetes object (validated against its schema) or a kustomize file (checked by kubectl kustomize). */
export type ManifestObject = StatefulSet | Service | PodDisruptionBudget | Job | Namespace;

export interface ManifestDocument {
  object: ManifestObject | Kustomization | StatefulSetPatch;
  /** Comments written after a scalar, by its path in the document: why that value. */
  comments?: Array<{ path: Array<string | number>; text: string }>;
}

export interface ManifestFile {
  /** Relative to deploy/kubernetes. */
  path: string;
  /** The file's leading comment, below the "generated" line. */
  header: string;
  documents: ManifestDocument[];
}

export const PART_OF = 'switchyard';
export const NAMESPACE_LOCAL = 'switchyard';

export function labels(component: Component): Record<string, string> {
  return { 'app.kubernetes.io/name': component, 'app.kubernetes.io/part-of': PART_OF };
}

export function image(component: Component, version: string): string {
  return `switchyard/${component}:${version}`;
}

const field = (name: string, fieldPath: string): IEnvVar => ({ name, valueFrom: { fieldRef: { fieldPath } } });
const vars = (values: Record<string, string>): IEnvVar[] =>
  Object.entries(values).map(([name, value]) => ({ name, value }));

/** The pod's own name, namespace and IP, from the downward API: listed first, so later values can use $(…). */
const podFields: IEnvVar[] = [
  field('POD_NAME', 'metadata.name'),
  field('POD_NAMESPACE', 'metadata.namespace'),
  field('POD_IP', 'status.podIP'),
];

/** Each director and worker pod has its own certificate, named after the pod, in the one Secret. */
const memberTls = {
  TLS_CA_FILE: `${TLS_DIR}/ca.crt`,
  TLS_CERT_FILE: `${TLS_DIR}/$(POD_NAME).crt`,
  TLS_KEY_FILE: `${TLS_DIR}/$(POD_NAME).key`,
};

const common = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  ADMIN_ADDR: `0.0.0.0:${ADMIN_PORT}`,
  QUIC_MAX_UDP_PAYLOAD: String(QUIC_MAX_UDP_PAYLOAD),
};

const liveness: IProbe = {
  httpGet: { path: '/healthz', port: 'admin' },
  periodSeconds: 10,
  timeoutSeconds: 3,
  failureThreshold: 3,
};
const readiness: IProbe = {
  httpGet: { path: '/readyz', port: 'admin' },
  periodSeconds: 5,
  timeoutSeconds: 3,
  failureThreshold: 2,
};

const tlsMount = { name: 'tls', mountPath: TLS_DIR, readOnly: true };

function container(component: Component, version: string, rest: Partial<IContainer>): IContainer {
  return {
    name: component,
    image: image(component, version),
    imagePullPolicy: 'IfNotPresent',
    ...rest,
    livenessProbe: liveness,
    readinessProbe: readiness,
    resources: { ...RESOURCES[component] },
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    },
    volumeMounts: [tlsMount],
  };
}

/** What every pod shares: non-root (the image's `node` user), no API token, the TLS Secret (key files 0440). */
function podSpec(
  component: Component,
  main: IContainer,
  tls: { items?: Array<{ key: string; path: string }> } = {},
): IPodSpec {
  return {
    automountServiceAccountToken: false,
    enableServiceLinks: false,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: IMAGE_UID,
      runAsGroup: IMAGE_UID,
      fsGroup: IMAGE_UID,
      seccompProfile: { type: 'RuntimeDefault' },
    },
    ...(component === 'client'
      ? {}
      : {
          terminationGracePeriodSeconds: TERMINATION_GRACE_SECONDS,
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              topologyKey: 'kubernetes.io/hostname',
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: { matchLabels: labels(component) },
            },
          ],
        }),
    containers: [main],
    volumes: [{ name: 'tls', secret: { secretName: TLS_SECRET, defaultMode: 0o440, ...tls } }],
  };
}

const adminPort = { name: 'admin', containerPort: ADMIN_PORT, protocol: 'TCP' } as const;
const udp = (name: string, containerPort: number) => ({ name, containerPort, protocol: 'UDP' }) as const;

export function directorStatefulSet(version: string): StatefulSet {
  return new StatefulSet({
    metadata: { name: 'director', labels: labels('director') },
    spec: {
      serviceName: SEEDS_SERVICE,
      replicas: REPLICAS.director,
      podManagementPolicy: 'Parallel',
      minReadySeconds: 5,
      selector: { matchLabels: labels('director') },
      template: {
        metadata: { labels: labels('director') },
        spec: podSpec(
          'director',
          container('director', version, {
            env: [
              ...podFields,
              ...vars({
                ...common,
                DIRECTOR_NAME: '$(POD_NAME)',
                DIRECTOR_CLIENT_ADDR: `0.0.0.0:${DIRECTOR_CLIENT_PORT}`,
                DIRECTOR_MGMT_ADDR: `0.0.0.0:${DIRECTOR_MGMT_PORT}`,
                MEMBERSHIP_ADDR: `0.0.0.0:${DIRECTOR_MEMBERSHIP_PORT}`,
                MEMBERSHIP_ADVERTISE_ADDR: `$(POD_IP):${DIRECTOR_MEMBERSHIP_PORT}`,
                MEMBERSHIP_SEEDS: `${SEEDS_SERVICE}:${DIRECTOR_MEMBERSHIP_PORT}`,
                ...memberTls,
              }),
            ],
            ports: [
              udp('client', DIRECTOR_CLIENT_PORT),
              udp('mgmt', DIRECTOR_MGMT_PORT),
              udp('membership', DIRECTOR_MEMBERSHIP_PORT),
              adminPort,
            ],
          }),
        ),
      },
    },
  });
}

export function workerStatefulSet(version: string): StatefulSet {
  return new StatefulSet({
    metadata: { name: 'worker', labels: labels('worker') },
    spec: {
      serviceName: WORKERS_SERVICE,
      replicas: REPLICAS.worker,
      podManagementPolicy: 'Parallel',
      minReadySeconds: 5,
      selector: { matchLabels: labels('worker') },
      template: {
        metadata: { labels: labels('worker') },
        spec: podSpec(
          'worker',
          container('worker', version, {
            env: [
              ...podFields,
              ...vars({
                ...common,
                WORKER_LABEL: '$(POD_NAME)',
                WORKER_ADDR: `0.0.0.0:${WORKER_PORT}`,
                WORKER_ADVERTISE_ADDR: `$(POD_NAME).${WORKERS_SERVICE}.$(POD_NAMESPACE).svc.${CLUSTER_DOMAIN}:${WORKER_PORT}`,
                MEMBERSHIP_ADDR: `0.0.0.0:${WORKER_MEMBERSHIP_PORT}`,
                MEMBERSHIP_ADVERTISE_ADDR: `$(POD_IP):${WORKER_MEMBERSHIP_PORT}`,
                MEMBERSHIP_SEEDS: `${SEEDS_SERVICE}:${DIRECTOR_MEMBERSHIP_PORT}`,
                WORKER_SHUTDOWN_GRACE_MS: String(WORKER_SHUTDOWN_GRACE_MS),
                WORKER_MAX_SESSIONS: String(WORKER_MAX_SESSIONS),
                ...memberTls,
              }),
            ],
            ports: [udp('quic', WORKER_PORT), udp('membership', WORKER_MEMBERSHIP_PORT), adminPort],
          }),
        ),
      },
    },
  });
}

function headless(
  name: string,
  component: Component,
  publishNotReadyAddresses: boolean,
  ports: Array<{ name: string; port: number }>,
): Service {
  return new Service({
    metadata: { name, labels: labels(component) },
    spec: {
      clusterIP: 'None',
      publishNotReadyAddresses,
      selector: labels(component),
      ports: ports.map(({ name, port }) => ({ name, port, targetPort: port, protocol: 'UDP' })),
    },
  });
}

export function services(): Service[] {
  return [
    headless(DIRECTOR_SERVICE, 'director', false, [
      { name: 'client', port: DIRECTOR_CLIENT_PORT },
      { name: 'mgmt', port: DIRECTOR_MGMT_PORT },
    ]),
    headless(SEEDS_SERVICE, 'director', true, [{ name: 'membership', port: DIRECTOR_MEMBERSHIP_PORT }]),
    headless(WORKERS_SERVICE, 'worker', true, [
      { name: 'quic', port: WORKER_PORT },
      { name: 'membership', port: WORKER_MEMBERSHIP_PORT },
    ]),
  ];
}

export function disruptionBudget(component: 'director' | 'worker'): PodDisruptionBudget {
  return new PodDisruptionBudget({
    metadata: { name: component, labels: labels(component) },
    spec: {
      maxUnavailable: 1,
      selector: { matchLabels: labels(component) },
      // A director is unready only while it knows no worker: evicting it costs nothing, so a drain never waits
      // on it. A worker is unready while full or recovering: evict it only while the budget holds.
      unhealthyPodEvictionPolicy: component === 'director' ? 'AlwaysAllow' : 'IfHealthyBudget',
    },
  });
}

export function clientJob(version: string): Job {
  return new Job({
    metadata: { name: 'client', labels: labels('client') },
    spec: {
      backoffLimit: 2,
      ttlSecondsAfterFinished: 3600,
      template: {
        metadata: { labels: labels('client') },
        spec: {
          restartPolicy: 'Never',
          ...podSpec(
            'client',
            container('client', version, {
              env: [
                field('POD_NAMESPACE', 'metadata.namespace'),
                ...vars({
                  ...common,
                  DIRECTOR_TARGET: `${DIRECTOR_SERVICE}.$(POD_NAMESPACE).svc.${CLUSTER_DOMAIN}:${DIRECTOR_CLIENT_PORT}`,
                  CLIENT_TOKENS: '200',
                  // A client authenticates nobody: the CA alone.
                  TLS_CA_FILE: `${TLS_DIR}/ca.crt`,
                }),
              ],
              ports: [adminPort],
            }),
            { items: [{ key: 'ca.crt', path: 'ca.crt' }] },
          ),
        },
      },
    },
  });
}

const GENERATED =
  'Generated by tools/k8s (npx nx run k8s:generate) from tools/k8s/src/manifests.ts: edit that, not this.';

const graceComment = {
  path: ['spec', 'template', 'spec', 'terminationGracePeriodSeconds'],
  text: `≥ WORKER_SHUTDOWN_GRACE_MS (${WORKER_SHUTDOWN_GRACE_MS} ms) + 1 s exit bound, + 2 s margin`,
};
const modeComment = {
  path: ['spec', 'template', 'spec', 'volumes', 0, 'secret', 'defaultMode'],
  text: 'octal 0440: readable by the image user and the pod group (fsGroup), nobody else',
};
const resourceComments = (component: Component) => [
  {
    path: ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'memory'],
    text:
      component === 'worker'
        ? `~130 MiB (fuzz peak) + ${WORKER_MAX_SESSIONS} sessions × ≤ 850 KiB (bench:scale)`
        : component === 'director'
          ? '~130 MiB peak RSS under the fuzz campaign'
          : '~93 MiB RSS measured with one session',
  },
];

/** Every file of deploy/kubernetes, for the images' `version` (the root package.json's). */
export function manifestFiles(version: string): ManifestFile[] {
  const base: Kustomization = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: ['services.yaml', 'director.yaml', 'worker.yaml'],
  };
  const local: Kustomization = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    namespace: NAMESPACE_LOCAL,
    resources: ['namespace.yaml', '../../base', 'client-job.yaml'],
    // The images `docker compose build` tags (docker-compose.yml), loaded into the local cluster.
    images: (['director', 'worker', 'client'] as const).map((component) => ({
      name: `switchyard/${component}`,
      newTag: 'dev',
    })),
    patches: [{ path: 'worker-simulated-failure.yaml' }],
  };
  const simulatedFailure: StatefulSetPatch = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'worker' },
    spec: {
      template: {
        spec: { containers: [{ name: 'worker', env: [{ name: 'WORKER_FAILURE', value: 'simulated' }] }] },
      },
    },
  };
  return [
    {
      path: 'base/kustomization.yaml',
      header: `${GENERATED}
The base: two directors and three workers as StatefulSets (each pod has its own certificate and name), their
UDP Services and disruption budgets. It needs the Secret ${TLS_SECRET} (docs/operations.md "Certificates").`,
      documents: [{ object: base }],
    },
    {
      path: 'base/services.yaml',
      header: `${GENERATED}
Headless Services (one DNS address per pod), all UDP:
- ${DIRECTOR_SERVICE}: the ready directors, for clients (DIRECTOR_TARGET) and operators;
- ${SEEDS_SERVICE}: every director, ready or not, for MEMBERSHIP_SEEDS; it names the director pods
  (director-0.${SEEDS_SERVICE}.<namespace>.svc.${CLUSTER_DOMAIN});
- ${WORKERS_SERVICE}: names the worker pods (worker-0.${WORKERS_SERVICE}.<namespace>.svc.${CLUSTER_DOMAIN}), the
  names workers advertise to clients, ready or not.`,
      documents: services().map((object) => ({ object })),
    },
    {
      path: 'base/director.yaml',
      header: `${GENERATED}
Directors: a StatefulSet, so each pod keeps its name (director-0, director-1), which is its DIRECTOR_NAME and
so its identity spiffe://switchyard/director/<pod name>, proved by its own certificate <pod name>.crt.`,
      documents: [
        {
          object: directorStatefulSet(version),
          comments: [graceComment, ...resourceComments('director'), modeComment],
        },
        { object: disruptionBudget('director') },
      ],
    },
    {
      path: 'base/worker.yaml',
      header: `${GENERATED}
Workers: a StatefulSet, so each pod keeps its name (worker-0, worker-1, …), which is its WORKER_LABEL and so its
identity spiffe://switchyard/worker/<pod name>, proved by its own certificate <pod name>.crt. Clients dial the
advertised DNS name, so each worker's certificate carries it as a DNS SAN.`,
      documents: [
        {
          object: workerStatefulSet(version),
          comments: [graceComment, ...resourceComments('worker'), modeComment],
        },
        { object: disruptionBudget('worker') },
      ],
    },
    {
      path: 'overlays/local/kustomization.yaml',
      header: `${GENERATED}
A local cluster (kind, k3d): namespace ${NAMESPACE_LOCAL}, the images built by docker compose (tag dev), workers
that fail on purpose like the demo's, and a client Job. docs/operations.md "Deploying" has the steps.`,
      documents: [{ object: local }],
    },
    {
      path: 'overlays/local/namespace.yaml',
      header: GENERATED,
      documents: [{ object: new Namespace({ metadata: { name: NAMESPACE_LOCAL } }) }],
    },
    {
      path: 'overlays/local/worker-simulated-failure.yaml',
      header: `${GENERATED}
Workers fail on purpose (error frames after 10-25 s, then 10 s unavailable), as in the demo and compose, so the
client shows failovers. Without it (drop it from the overlay in manifests.ts) they run normally.`,
      documents: [{ object: simulatedFailure }],
    },
    {
      path: 'overlays/local/client-job.yaml',
      header: `${GENERATED}
One client: 200 tokens through the directors' headless Service, then a summary line (200 tokens, no protocol violation).
A client proves no identity: it mounts only the CA.`,
      documents: [{ object: clientJob(version), comments: [...resourceComments('client'), modeComment] }],
    },
  ];
}
