// The Kubernetes manifests of deploy/kubernetes, as typed objects (kubernetes-models: a misspelled or
// mistyped field fails the type check, and every object validates against the Kubernetes 1.27 schemas).
// `npx nx run k8s:generate` writes them as YAML; the tests check that the committed files are these.
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet, type IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { INetworkPolicyEgressRule } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyEgressRule';
import type { INetworkPolicyIngressRule } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyIngressRule';
import type { INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPeer';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { IProbe } from 'kubernetes-models/v1/Probe';
import { Service } from 'kubernetes-models/v1/Service';
import {
  ADMIN_PORT,
  ALLOWANCES,
  CA_CONFIGMAP,
  CA_DIR,
  CERT_DURATION,
  CLUSTER_DOMAIN,
  COMPONENTS,
  CSI_DRIVER,
  DNS,
  DIRECTOR_CLIENT_PORT,
  DIRECTOR_MEMBERSHIP_PORT,
  DIRECTOR_MGMT_PORT,
  DIRECTOR_PER_ADDRESS,
  DIRECTOR_SERVICE,
  GATEWAY_AUTOSCALING,
  GATEWAY_PORT,
  GATEWAY_SERVICE,
  GATEWAY_SHUTDOWN_GRACE_MS,
  GATEWAY_TERMINATION_GRACE_SECONDS,
  IMAGE_UID,
  ISSUER,
  PART_OF,
  QUIC_MAX_UDP_PAYLOAD,
  REPLICAS,
  RESOURCES,
  SCRAPER,
  SEEDS_SERVICE,
  SESSION_KEY_DIR,
  SESSION_KEY_ITEMS,
  MODELS_CLAIM,
  MODELS_DIR,
  MODEL_FILE,
  SESSION_KEY_SECRET,
  TERMINATION_GRACE_SECONDS,
  TLS_DIR,
  WORKER_MAX_SESSIONS,
  WORKER_MEMBERSHIP_PORT,
  WORKER_PORT,
  WORKER_SHUTDOWN_GRACE_MS,
  WORKERS_SERVICE,
  isMember,
  labels,
  type Component,
  type Peer,
} from './settings.js';

export { PART_OF, labels, type Component } from './settings.js';

/** The part of kustomize's Kustomization this repository uses (kustomize has no published TypeScript types). */
export interface Kustomization {
  apiVersion: 'kustomize.config.k8s.io/v1beta1';
  kind: 'Kustomization';
  namespace?: string;
  resources: string[];
  components?: string[];
  images?: Array<{ name: string; newName?: string; newTag?: string }>;
  patches?: Array<{ path: string }>;
}

/** A kustomize Component: patches an overlay adds by listing the component under `components`. */
export interface KustomizeComponent {
  apiVersion: 'kustomize.config.k8s.io/v1alpha1';
  kind: 'Component';
  patches: Array<{ path: string }>;
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
export type ManifestObject =
  StatefulSet | Deployment | HorizontalPodAutoscaler | Service | PodDisruptionBudget | Job | Namespace | NetworkPolicy;

export interface ManifestDocument {
  object: ManifestObject | Kustomization | KustomizeComponent | StatefulSetPatch;
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

export const NAMESPACE_LOCAL = 'switchyard';

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

/**
 * Every pod trusts the CA of the ConfigMap; a director or worker proves itself with its own key and certificate,
 * and signs (director) or checks (worker) admissions with the session key. A client or gateway has the CA alone.
 */
const caFile = { TLS_CA_FILE: `${CA_DIR}/ca.crt` };
const memberTls = {
  ...caFile,
  TLS_CERT_FILE: `${TLS_DIR}/tls.crt`,
  TLS_KEY_FILE: `${TLS_DIR}/tls.key`,
  SESSION_KEY_FILE: `${SESSION_KEY_DIR}/${SESSION_KEY_ITEMS.current}`,
};
/** A rotation's worker also accepts the key being retired (the session-key-rotation component). */
export const PREVIOUS_KEY_FILE = `${SESSION_KEY_DIR}/${SESSION_KEY_ITEMS.previous}`;

const common = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  ADMIN_ADDR: `0.0.0.0:${ADMIN_PORT}`,
  QUIC_MAX_UDP_PAYLOAD: String(QUIC_MAX_UDP_PAYLOAD),
};

/**
 * V8's old space at half the container's memory limit: garbage is collected long before the limit, where an attack
 * on the director otherwise left it to grow toward the limit (docs/security.md, non-reading peers).
 */
const heapFor = (component: keyof typeof RESOURCES) => ({
  NODE_OPTIONS: `--max-old-space-size=${Number.parseInt(RESOURCES[component].limits.memory, 10) / 2}`,
});

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

const caMount = { name: 'ca', mountPath: CA_DIR, readOnly: true };
const tlsMount = { name: 'tls', mountPath: TLS_DIR, readOnly: true };
const sessionKeyMount = { name: 'session-key', mountPath: SESSION_KEY_DIR, readOnly: true };

/** The CA certificate alone (never its key), from the ConfigMap the operator creates (docs/operations.md). */
const caVolume: IVolume = {
  name: 'ca',
  configMap: { name: CA_CONFIGMAP, items: [{ key: 'ca.crt', path: 'ca.crt' }], defaultMode: 0o444 },
};

/**
 * The session key, for directors and workers only: the Secret SESSION_KEY_SECRET, of which the volume projects
 * `current` alone (a `previous` left in the Secret stays out of the pods), or during a rotation (`rotating`) both
 * items; a pod whose volume names an item the Secret lacks does not start (the kubelet cannot mount it).
 * Root-owned files readable by the image user's group (fsGroup) only.
 */
export function sessionKeyVolume(rotating = false): IVolume {
  const items = rotating ? [SESSION_KEY_ITEMS.current, SESSION_KEY_ITEMS.previous] : [SESSION_KEY_ITEMS.current];
  return {
    name: 'session-key',
    secret: { secretName: SESSION_KEY_SECRET, items: items.map((key) => ({ key, path: key })), defaultMode: 0o440 },
  };
}

/**
 * The names a member's certificate carries besides its identity, with the CSI driver's variables: what clients
 * dial (a director: the directors' Service; a worker: its advertised name) and, for a director, its own pod name.
 */
export function certificateNames(role: 'director' | 'worker'): string[] {
  const svc = `\${POD_NAMESPACE}.svc.${CLUSTER_DOMAIN}`;
  return role === 'director'
    ? [`${DIRECTOR_SERVICE}.${svc}`, `\${POD_NAME}.${SEEDS_SERVICE}.${svc}`]
    : [`\${POD_NAME}.${WORKERS_SERVICE}.${svc}`];
}

/**
 * A director's or worker's own key and certificate: cert-manager's CSI driver generates the key on the pod's node
 * when it mounts the volume (it never leaves the node, no Secret holds it) and has ISSUER sign a certificate for
 * spiffe://switchyard/<role>/<this pod's name>. No pod can mount another's: the volume is the pod's own.
 */
export function identityVolume(role: 'director' | 'worker'): IVolume {
  const attribute = (name: string) => `csi.cert-manager.io/${name}`;
  return {
    name: 'tls',
    csi: {
      driver: CSI_DRIVER,
      readOnly: true,
      volumeAttributes: {
        [attribute('issuer-name')]: ISSUER.name,
        [attribute('issuer-kind')]: ISSUER.kind,
        [attribute('issuer-group')]: ISSUER.group,
        [attribute('uri-sans')]: `spiffe://switchyard/${role}/\${POD_NAME}`,
        [attribute('dns-names')]: certificateNames(role).join(','),
        // What the services' own certificates are (libs/transport-quic pki.ts): P-256, PKCS#8, both usages.
        [attribute('key-algorithm')]: 'ECDSA',
        [attribute('key-size')]: '256',
        [attribute('key-encoding')]: 'PKCS8',
        [attribute('key-usages')]: 'digital signature,server auth,client auth',
        [attribute('duration')]: CERT_DURATION,
        [attribute('fs-group')]: String(IMAGE_UID),
      },
    },
  };
}

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
    volumeMounts: isMember(component) ? [tlsMount, caMount, sessionKeyMount] : [caMount],
  };
}

/**
 * What every pod shares: non-root (the image's `node` user), no API token, the CA; a member its own key and the
 * session key. Long-running pods (not the client Job's) spread over nodes and get the grace their shutdown needs.
 */
function podSpec(component: Component, main: IContainer): IPodSpec {
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
          terminationGracePeriodSeconds:
            component === 'gateway' ? GATEWAY_TERMINATION_GRACE_SECONDS : TERMINATION_GRACE_SECONDS,
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
    volumes: isMember(component) ? [identityVolume(component), caVolume, sessionKeyVolume()] : [caVolume],
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
                ...heapFor('director'),
                DIRECTOR_NAME: '$(POD_NAME)',
                DIRECTOR_CLIENT_ADDR: `0.0.0.0:${DIRECTOR_CLIENT_PORT}`,
                DIRECTOR_MGMT_ADDR: `0.0.0.0:${DIRECTOR_MGMT_PORT}`,
                MEMBERSHIP_ADDR: `0.0.0.0:${DIRECTOR_MEMBERSHIP_PORT}`,
                MEMBERSHIP_ADVERTISE_ADDR: `$(POD_IP):${DIRECTOR_MEMBERSHIP_PORT}`,
                MEMBERSHIP_SEEDS: `${SEEDS_SERVICE}:${DIRECTOR_MEMBERSHIP_PORT}`,
                // A gateway pod is one address carrying many sessions (settings.ts).
                QUIC_MAX_CONNECTIONS_PER_PEER: String(DIRECTOR_PER_ADDRESS.connections),
                DIRECTOR_ASSIGN_RATE: String(DIRECTOR_PER_ADDRESS.assignRate),
                DIRECTOR_ASSIGN_BURST: String(DIRECTOR_PER_ADDRESS.assignBurst),
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
                ...heapFor('worker'),
                WORKER_LABEL: '$(POD_NAME)',
                WORKER_ADDR: `0.0.0.0:${WORKER_PORT}`,
                WORKER_ADVERTISE_ADDR: `$(POD_NAME).${WORKERS_SERVICE}.$(POD_NAMESPACE).svc.${CLUSTER_DOMAIN}:${WORKER_PORT}`,
                MEMBERSHIP_ADDR: `0.0.0.0:${WORKER_MEMBERSHIP_PORT}`,
                MEMBERSHIP_ADVERTISE_ADDR: `$(POD_IP):${WORKER_MEMBERSHIP_PORT}`,
                MEMBERSHIP_SEEDS: `${SEEDS_SERVICE}:${DIRECTOR_MEMBERSHIP_PORT}`,
                WORKER_SHUTDOWN_GRACE_MS: String(WORKER_SHUTDOWN_GRACE_MS),
                WORKER_MAX_SESSIONS: String(WORKER_MAX_SESSIONS),
                // A gateway pod is one address carrying many sessions: it may fill the worker (settings.ts).
                WORKER_MAX_SESSIONS_PER_ADDRESS: String(WORKER_MAX_SESSIONS),
                QUIC_MAX_CONNECTIONS_PER_PEER: String(WORKER_MAX_SESSIONS),
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
    gatewayService(),
  ];
}

/** The gateways' HTTP API: one cluster IP spreading connections over the ready gateway pods, TCP. */
export function gatewayService(): Service {
  return new Service({
    metadata: { name: GATEWAY_SERVICE, labels: labels('gateway') },
    spec: {
      type: 'ClusterIP',
      selector: labels('gateway'),
      ports: [{ name: 'http', port: GATEWAY_PORT, targetPort: 'http', protocol: 'TCP' }],
    },
  });
}

export function disruptionBudget(component: 'director' | 'worker' | 'gateway'): PodDisruptionBudget {
  return new PodDisruptionBudget({
    metadata: { name: component, labels: labels(component) },
    spec: {
      maxUnavailable: 1,
      selector: { matchLabels: labels(component) },
      // A director is unready only while it knows no worker, a gateway only until it listens: evicting either
      // costs nothing, so a drain never waits on it. A worker is unready while full or recovering: evict it only
      // while the budget holds.
      unhealthyPodEvictionPolicy: component === 'worker' ? 'IfHealthyBudget' : 'AlwaysAllow',
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
                  ...heapFor('client'),
                  DIRECTOR_TARGET: `${DIRECTOR_SERVICE}.$(POD_NAMESPACE).svc.${CLUSTER_DOMAIN}:${DIRECTOR_CLIENT_PORT}`,
                  CLIENT_TOKENS: '200',
                  // A client authenticates nobody: the CA alone.
                  ...caFile,
                }),
              ],
              ports: [adminPort],
            }),
          ),
        },
      },
    },
  });
}

/**
 * The gateways: the OpenAI-compatible API in front of the cluster (README "The gateway"). Stateless, so a
 * Deployment (no identity to keep: like a client it has the CA alone) whose pod count the autoscaler sets.
 */
export function gatewayDeployment(version: string): Deployment {
  return new Deployment({
    metadata: { name: 'gateway', labels: labels('gateway') },
    spec: {
      // No `replicas`: the HorizontalPodAutoscaler owns the count (from REPLICAS.gateway up), and a `replicas`
      // here would reset it on every apply, cutting the open answers of the pods it removes.
      selector: { matchLabels: labels('gateway') },
      // A new pod is ready before an old one stops taking requests: the front door keeps its capacity.
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels: labels('gateway') },
        spec: podSpec(
          'gateway',
          container('gateway', version, {
            env: [
              field('POD_NAMESPACE', 'metadata.namespace'),
              ...vars({
                ...common,
                ...heapFor('gateway'),
                GATEWAY_ADDR: `0.0.0.0:${GATEWAY_PORT}`,
                DIRECTOR_TARGET: `${DIRECTOR_SERVICE}.$(POD_NAMESPACE).svc.${CLUSTER_DOMAIN}:${DIRECTOR_CLIENT_PORT}`,
                GATEWAY_SHUTDOWN_GRACE_MS: String(GATEWAY_SHUTDOWN_GRACE_MS),
                // Like a client, it authenticates nobody: the CA alone.
                ...caFile,
              }),
            ],
            ports: [{ name: 'http', containerPort: GATEWAY_PORT, protocol: 'TCP' }, adminPort],
          }),
        ),
      },
    },
  });
}

/** Adds gateways when their CPU use averages above GATEWAY_AUTOSCALING.cpuUtilization % of their CPU request. */
export function gatewayAutoscaler(): HorizontalPodAutoscaler {
  return new HorizontalPodAutoscaler({
    metadata: { name: 'gateway', labels: labels('gateway') },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' },
      minReplicas: GATEWAY_AUTOSCALING.minReplicas,
      maxReplicas: GATEWAY_AUTOSCALING.maxReplicas,
      metrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            target: { type: 'Utilization', averageUtilization: GATEWAY_AUTOSCALING.cpuUtilization },
          },
        },
      ],
      // A gateway removed cuts its open answers after its shutdown grace: one pod a minute at most.
      behavior: { scaleDown: { policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } },
    },
  });
}

/**
 * A peer of ALLOWANCES as a NetworkPolicy peer: pods of a component in this namespace, or the scraper. `anyone` is
 * no peer but the absence of `from` (see networkPolicies).
 */
export function policyPeer(peer: Exclude<Peer, 'anyone'>): INetworkPolicyPeer {
  if (peer === 'scraper') {
    return {
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': SCRAPER.namespace } },
      podSelector: { matchLabels: { ...SCRAPER.labels } },
    };
  }
  return { podSelector: { matchLabels: labels(peer) } };
}

const dnsPeer: INetworkPolicyPeer = {
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': DNS.namespace } },
  podSelector: { matchLabels: { ...DNS.labels } },
};

/**
 * The namespace's NetworkPolicies: deny everything both ways, then exactly ALLOWANCES (settings.ts) as ingress to
 * each component and their mirror as its egress, and DNS. Replies to allowed traffic pass (policies are stateful,
 * UDP included); the kubelet's probes come from the node, which policies never block.
 */
export function networkPolicies(): NetworkPolicy[] {
  const defaultDeny = new NetworkPolicy({
    metadata: { name: 'default-deny', labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
  });
  const dns = new NetworkPolicy({
    metadata: { name: 'dns', labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: {
      podSelector: { matchLabels: { 'app.kubernetes.io/part-of': PART_OF } },
      policyTypes: ['Egress'],
      egress: [
        {
          to: [dnsPeer],
          ports: [
            { port: DNS.port, protocol: 'UDP' },
            { port: DNS.port, protocol: 'TCP' },
          ],
        },
      ],
    },
  });
  const perComponent = COMPONENTS.map((component) => {
    const ingress: INetworkPolicyIngressRule[] = ALLOWANCES.filter((a) => a.to === component).map((a) => {
      const ports = [{ port: a.number, protocol: a.protocol }];
      // A rule without `from` admits every source: inside the cluster and, through a load balancer, outside it.
      if (a.from.includes('anyone')) return { ports };
      return { from: a.from.filter((p): p is Exclude<Peer, 'anyone'> => p !== 'anyone').map(policyPeer), ports };
    });
    const egress: INetworkPolicyEgressRule[] = COMPONENTS.flatMap((to) => {
      const ports = ALLOWANCES.filter((a) => a.to === to && a.from.includes(component));
      if (ports.length === 0) return [];
      return [{ to: [policyPeer(to)], ports: ports.map((a) => ({ port: a.number, protocol: a.protocol })) }];
    });
    return new NetworkPolicy({
      metadata: { name: component, labels: labels(component) },
      spec: {
        podSelector: { matchLabels: labels(component) },
        policyTypes: ['Ingress', 'Egress'],
        ingress,
        ...(egress.length > 0 ? { egress } : {}),
      },
    });
  });
  return [defaultDeny, dns, ...perComponent];
}

const GENERATED =
  'Generated by tools/k8s (npx nx run k8s:generate) from tools/k8s/src/manifests.ts: edit that, not this.';

const graceComment = {
  path: ['spec', 'template', 'spec', 'terminationGracePeriodSeconds'],
  text: `≥ WORKER_SHUTDOWN_GRACE_MS (${WORKER_SHUTDOWN_GRACE_MS} ms) + 1 s exit bound, + 2 s margin`,
};
const gatewayGraceComment = {
  path: ['spec', 'template', 'spec', 'terminationGracePeriodSeconds'],
  text: `> GATEWAY_SHUTDOWN_GRACE_MS (${GATEWAY_SHUTDOWN_GRACE_MS} ms) + 1 s exit bound, + 2 s margin`,
};
const caModeComment = (index: number) => ({
  path: ['spec', 'template', 'spec', 'volumes', index, 'configMap', 'defaultMode'],
  text: 'octal 0444: the CA certificate is public; its key is never in this namespace',
});
const sessionKeyModeComment = {
  path: ['spec', 'template', 'spec', 'volumes', 2, 'secret', 'defaultMode'],
  text: "octal 0440: readable by the image user's group (fsGroup), by no other user",
};
const identityComments = [
  {
    path: ['spec', 'template', 'spec', 'volumes', 0, 'csi', 'volumeAttributes', 'csi.cert-manager.io/uri-sans'],
    text: "the driver puts this pod's own name in: its key and certificate are its own",
  },
  {
    path: ['spec', 'template', 'spec', 'volumes', 0, 'csi', 'volumeAttributes', 'csi.cert-manager.io/duration'],
    text: 'read at start only: restart each pod within 90 days (docs/operations.md)',
  },
  {
    path: ['spec', 'template', 'spec', 'volumes', 0, 'csi', 'volumeAttributes', 'csi.cert-manager.io/fs-group'],
    text: "the image user's group (fsGroup): tls.key readable by it",
  },
];
const resourceComments = (component: Component) => [
  {
    path: ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'memory'],
    text: {
      worker: `~130 MiB (fuzz peak) + ${WORKER_MAX_SESSIONS} sessions × ≤ 850 KiB (bench:scale)`,
      director: '~130 MiB peak RSS under the fuzz campaign',
      client: '~93 MiB RSS measured with one session',
      gateway: '~96 MiB RSS at rest, 245–270 MiB peak with 200 answers at once (old space held to 128 MiB)',
    }[component],
  },
  ...(component === 'gateway'
    ? [
        {
          path: ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'cpu'],
          text: 'the autoscaler counts against it: ~1 ms per token sent (docs/benchmarks.md "Gateway")',
        },
      ]
    : []),
];

/** Every file of deploy/kubernetes, for the images' `version` (the root package.json's). */
export function manifestFiles(version: string): ManifestFile[] {
  const base: Kustomization = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: ['network-policies.yaml', 'services.yaml', 'director.yaml', 'worker.yaml', 'gateway.yaml'],
  };
  const local: Kustomization = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    namespace: NAMESPACE_LOCAL,
    resources: ['namespace.yaml', '../../base', 'client-job.yaml'],
    // The images `docker compose build` tags (docker-compose.yml), loaded into the local cluster.
    images: (['director', 'worker', 'client', 'gateway'] as const).map((component) => ({
      name: `switchyard/${component}`,
      newTag: 'dev',
    })),
    patches: [{ path: 'worker-simulated-failure.yaml' }],
  };
  const rotation: KustomizeComponent = {
    apiVersion: 'kustomize.config.k8s.io/v1alpha1',
    kind: 'Component',
    patches: [{ path: 'worker-previous-key.yaml' }],
  };
  const previousKey: StatefulSetPatch = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'worker' },
    spec: {
      template: {
        spec: {
          containers: [{ name: 'worker', env: [{ name: 'SESSION_PREVIOUS_KEY_FILE', value: PREVIOUS_KEY_FILE }] }],
          volumes: [sessionKeyVolume(true)],
        },
      },
    },
  };
  const llamaEngine: KustomizeComponent = {
    apiVersion: 'kustomize.config.k8s.io/v1alpha1',
    kind: 'Component',
    patches: [{ path: 'worker-llama.yaml' }],
  };
  const llamaWorker: StatefulSetPatch = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'worker' },
    spec: {
      template: {
        spec: {
          containers: [
            {
              name: 'worker',
              env: [
                { name: 'WORKER_ENGINE', value: 'llama' },
                { name: 'WORKER_MODEL', value: `${MODELS_DIR}/${MODEL_FILE}` },
              ],
              volumeMounts: [{ name: 'models', mountPath: MODELS_DIR, readOnly: true }],
            },
          ],
          volumes: [{ name: 'models', persistentVolumeClaim: { claimName: MODELS_CLAIM, readOnly: true } }],
        },
      },
    },
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
The base: two directors and three workers as StatefulSets (each pod has its own name, key and certificate), their
UDP Services, disruption budgets and NetworkPolicies, and the gateways (the OpenAI-compatible HTTP API): a
Deployment with its Service, budget and autoscaler. It needs cert-manager with its CSI driver, the ${ISSUER.kind}
${ISSUER.name} and the ConfigMap ${CA_CONFIGMAP} (docs/operations.md "Certificates"), and the Secret
${SESSION_KEY_SECRET} with a random key under \`${SESSION_KEY_ITEMS.current}\` (docs/operations.md "Session key").`,
      documents: [{ object: base }],
    },
    {
      path: 'base/network-policies.yaml',
      header: `${GENERATED}
The namespace denies all traffic both ways, then allows exactly what the services need (settings.ts ALLOWANCES,
docs/operations.md "Network"): clients and gateways to the directors' 61000 and the workers' 62001, directors to
the directors' 61001, directors and workers to each other's membership ports, anyone (no \`from\`: the public front
door) to the gateways' HTTP port ${GATEWAY_PORT}, the scraper (pods labelled ${Object.entries(SCRAPER.labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')}
in namespace ${SCRAPER.namespace}) to every admin port 9400, and DNS. The kubelet's probes come from the node, which
NetworkPolicies never block.`,
      documents: networkPolicies().map((object) => ({ object })),
    },
    {
      path: 'base/services.yaml',
      header: `${GENERATED}
Headless Services (one DNS address per pod), all UDP:
- ${DIRECTOR_SERVICE}: the ready directors, for clients and gateways (DIRECTOR_TARGET) and operators;
- ${SEEDS_SERVICE}: every director, ready or not, for MEMBERSHIP_SEEDS; it names the director pods
  (director-0.${SEEDS_SERVICE}.<namespace>.svc.${CLUSTER_DOMAIN});
- ${WORKERS_SERVICE}: names the worker pods (worker-0.${WORKERS_SERVICE}.<namespace>.svc.${CLUSTER_DOMAIN}), the
  names workers advertise to clients, ready or not.
And one with a cluster IP, TCP: ${GATEWAY_SERVICE}, the ready gateways' HTTP API (port http, ${GATEWAY_PORT}), cluster-internal:
expose it with a port-forward, an Ingress or a LoadBalancer of your own (docs/operations.md "The gateway").`,
      documents: services().map((object) => ({ object })),
    },
    {
      path: 'base/director.yaml',
      header: `${GENERATED}
Directors: a StatefulSet, so each pod keeps its name (director-0, director-1), which is its DIRECTOR_NAME and
so its identity spiffe://switchyard/director/<pod name>, proved by a key and certificate of its own that
cert-manager's CSI driver issues to that pod alone when it starts. It signs each session's admission with the
session key, from the Secret ${SESSION_KEY_SECRET} (item ${SESSION_KEY_ITEMS.current} only).`,
      documents: [
        {
          object: directorStatefulSet(version),
          comments: [
            graceComment,
            ...resourceComments('director'),
            ...identityComments,
            caModeComment(1),
            sessionKeyModeComment,
          ],
        },
        { object: disruptionBudget('director') },
      ],
    },
    {
      path: 'base/worker.yaml',
      header: `${GENERATED}
Workers: a StatefulSet, so each pod keeps its name (worker-0, worker-1, …), which is its WORKER_LABEL and so its
identity spiffe://switchyard/worker/<pod name>, proved by a key and certificate of its own that cert-manager's
CSI driver issues to that pod alone. Clients dial the advertised DNS name, so the certificate carries it. It
checks admissions with the session key, from the Secret ${SESSION_KEY_SECRET} (item ${SESSION_KEY_ITEMS.current} only;
components/session-key-rotation adds ${SESSION_KEY_ITEMS.previous} during a rotation).`,
      documents: [
        {
          object: workerStatefulSet(version),
          comments: [
            graceComment,
            ...resourceComments('worker'),
            ...identityComments,
            caModeComment(1),
            sessionKeyModeComment,
          ],
        },
        { object: disruptionBudget('worker') },
      ],
    },
    {
      path: 'base/gateway.yaml',
      header: `${GENERATED}
Gateways: the OpenAI-compatible HTTP API (README "The gateway") on port http (${GATEWAY_PORT}), behind the Service
${GATEWAY_SERVICE} (services.yaml). Stateless, so a Deployment; like a client it proves no identity and mounts the CA
certificate alone, never the session key. It finds directors through ${DIRECTOR_SERVICE} and dials workers by the
names they advertise. The autoscaler sets the pod count (${GATEWAY_AUTOSCALING.minReplicas} to ${GATEWAY_AUTOSCALING.maxReplicas}) from CPU use against the request.
On SIGTERM a gateway takes no new request and gives open answers GATEWAY_SHUTDOWN_GRACE_MS before cutting them.`,
      documents: [
        {
          object: gatewayDeployment(version),
          comments: [gatewayGraceComment, ...resourceComments('gateway'), caModeComment(0)],
        },
        { object: disruptionBudget('gateway') },
        { object: gatewayAutoscaler() },
      ],
    },
    {
      path: 'components/session-key-rotation/kustomization.yaml',
      header: `${GENERATED}
A session key rotation (docs/operations.md "Rotating the session key"): add this component to an overlay's
\`components\` only while the Secret ${SESSION_KEY_SECRET} holds both \`${SESSION_KEY_ITEMS.current}\` (the new key)
and \`${SESSION_KEY_ITEMS.previous}\` (the old one); the workers then accept admissions signed with either. Remove
it, and let the workers roll, before removing \`${SESSION_KEY_ITEMS.previous}\` from the Secret.`,
      documents: [{ object: rotation }],
    },
    {
      path: 'components/session-key-rotation/worker-previous-key.yaml',
      header: `${GENERATED}
During a rotation, workers mount the Secret's \`${SESSION_KEY_ITEMS.previous}\` too and accept it (SESSION_PREVIOUS_KEY_FILE).
The two travel together: a worker told of a previous key file that is missing exits 78, and one whose volume names
an item the Secret lacks does not start.`,
      documents: [
        {
          object: previousKey,
          comments: [
            {
              path: ['spec', 'template', 'spec', 'volumes', 0, 'secret', 'defaultMode'],
              text: "octal 0440: readable by the image user's group (fsGroup), by no other user",
            },
          ],
        },
      ],
    },
    {
      path: 'components/llama-engine/kustomization.yaml',
      header: `${GENERATED}
Workers that run a real model (WORKER_ENGINE=llama, README "A real model"): add this component to an overlay's
\`components\`, point the overlay's \`images\` at a worker image built with \`--build-arg ENGINES=llama\` (one without
the llama runtime exits at start, saying so), and provide the PersistentVolumeClaim ${MODELS_CLAIM} holding
${MODEL_FILE}, readable by every worker pod (ReadOnlyMany, or one node's ReadWriteOnce for a single node).`,
      documents: [{ object: llamaEngine }],
    },
    {
      path: 'components/llama-engine/worker-llama.yaml',
      header: `${GENERATED}
The workers run ${MODELS_DIR}/${MODEL_FILE} from the claim ${MODELS_CLAIM}, mounted read-only; every worker must run the same
file (and thread count) for a resumed answer to be the uninterrupted one. Size the workers' memory for the model
plus one context per stream (WORKER_ENGINE_CONTEXT, WORKER_MAX_SESSIONS).`,
      documents: [{ object: llamaWorker }],
    },
    {
      path: 'overlays/local/kustomization.yaml',
      header: `${GENERATED}
A local cluster (kind, k3d): namespace ${NAMESPACE_LOCAL}, the images built by docker compose (tag dev, the
gateway's included), workers that fail on purpose like the demo's, and a client Job. docs/operations.md
"Deploying" has the steps.`,
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
A client proves no identity: it mounts only the CA certificate.`,
      documents: [{ object: clientJob(version), comments: [...resourceComments('client'), caModeComment(0)] }],
    },
  ];
}
