// The facts the manifests are built from: ports, names, timings and resource figures, each with its source.
// Ports and defaults are the services' own (README "Configuration"); change them there first.

/** The TCP port of every service's HTTP admin server (ADMIN_ADDR): /metrics, /healthz, /readyz. */
export const ADMIN_PORT = 9400;

/** The gateway's OpenAI-compatible HTTP API (GATEWAY_ADDR), TCP: the deployment's public front door. */
export const GATEWAY_PORT = 8080;
/** The TCP ports, by their container port names: every other port of a pod is UDP. */
export const TCP_PORTS: Readonly<Record<string, number>> = { admin: ADMIN_PORT, http: GATEWAY_PORT };

/** UDP ports: QUIC (clients, operators, workers' streams) and membership (signed datagrams). */
export const DIRECTOR_CLIENT_PORT = 61000;
export const DIRECTOR_MGMT_PORT = 61001;
export const DIRECTOR_MEMBERSHIP_PORT = 61002;
export const WORKER_PORT = 62001;
export const WORKER_MEMBERSHIP_PORT = 63001;

/** Every port that carries QUIC or membership datagrams: all of them must be declared UDP. */
export const UDP_PORTS: readonly number[] = [
  DIRECTOR_CLIENT_PORT,
  DIRECTOR_MGMT_PORT,
  DIRECTOR_MEMBERSHIP_PORT,
  WORKER_PORT,
  WORKER_MEMBERSHIP_PORT,
];

/** Services. The headless ones give one DNS address per pod; see docs/operations.md. */
export const DIRECTOR_SERVICE = 'switchyard-director'; // clients: the ready directors' addresses
export const SEEDS_SERVICE = 'switchyard-seeds'; // membership seeds: every director, ready or not
export const WORKERS_SERVICE = 'switchyard-workers'; // workers' stable DNS names: worker-0.switchyard-workers…
export const GATEWAY_SERVICE = 'gateway'; // the gateways' HTTP API: one cluster IP, TCP GATEWAY_PORT

/** The cluster's DNS domain, in the names clients dial (and so in the certificates' DNS SANs). */
export const CLUSTER_DOMAIN = 'cluster.local';

/**
 * Keys and certificates (docs/operations.md "Certificates"). Each director and worker pod gets a key of its own,
 * generated on its node at mount time by cert-manager's CSI driver (csi.cert-manager.io), with a certificate for
 * spiffe://switchyard/<role>/<pod name> from ISSUER: no Secret holds it and no other pod can mount it. The CA
 * certificate (never its key) comes from the ConfigMap CA_CONFIGMAP, the only TLS material a client mounts.
 */
export const CSI_DRIVER = 'csi.cert-manager.io';
/** The cert-manager issuer that signs the pods' certificates; its CA key stays with it, outside this namespace. */
export const ISSUER = { name: 'switchyard-ca', kind: 'ClusterIssuer', group: 'cert-manager.io' } as const;
/**
 * Certificates live 90 days. The services read them only when they start, so a pod must restart within that
 * time (the driver renews the files at two thirds of it; the process keeps the certificate it started with).
 */
export const CERT_DURATION = '2160h';
/** Where each member pod finds its own key and certificate (tls.key, tls.crt: the driver's file names). */
export const TLS_DIR = '/etc/switchyard/tls';
/** The CA certificate: ConfigMap CA_CONFIGMAP, key ca.crt, mounted at CA_DIR in every pod. */
export const CA_CONFIGMAP = 'switchyard-ca';
export const CA_DIR = '/etc/switchyard/ca';

/**
 * The session key (docs/operations.md "Session key"): directors sign each session's admission with it, workers check
 * them, clients never see it. One Opaque Secret that the operator creates with a random key (it is never generated
 * or committed here): item SESSION_KEY_ITEMS.current always, SESSION_KEY_ITEMS.previous only during a rotation.
 * Directors and workers mount it read-only at SESSION_KEY_DIR, only the items they use, and read
 * SESSION_KEY_FILE=SESSION_KEY_DIR/current; during a rotation workers also SESSION_PREVIOUS_KEY_FILE=…/previous
 * (the rotation component). Not a TLS key: it proves no identity, every member holds the same.
 */
export const SESSION_KEY_SECRET = 'switchyard-session-key';
export const SESSION_KEY_DIR = '/etc/switchyard/session';
export const SESSION_KEY_ITEMS = { current: 'current', previous: 'previous' } as const;

/**
 * components/llama-engine: the PersistentVolumeClaim holding the GGUF model the workers run (read-only, mounted at
 * MODELS_DIR), and the file in it.
 */
export const MODELS_CLAIM = 'switchyard-models';
export const MODELS_DIR = '/models';
export const MODEL_FILE = 'model.gguf';
/** Fewest random bytes a session key holds (libs/service-kit session-keys.ts MIN_SESSION_KEY_BYTES). */
export const MIN_SESSION_KEY_BYTES = 32;

/** Why `text` is not a session key file as the services read it (base64 of at least 32 bytes, one line), or undefined. */
export function sessionKeyProblem(text: string): string | undefined {
  const encoded = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) return 'is not one line of base64';
  const bytes = Buffer.from(encoded, 'base64').length;
  return bytes < MIN_SESSION_KEY_BYTES ? `holds ${bytes} bytes, not at least ${MIN_SESSION_KEY_BYTES}` : undefined;
}

/** Admissions live this long (DIRECTOR_ADMISSION_TTL_MS, the directors' default): a rotation waits it out. */
export const ADMISSION_TTL_SECONDS = 10;

/** The labels every pod of a component carries (Services, budgets and NetworkPolicies select them). */
export const PART_OF = 'switchyard';
export type Component = 'director' | 'worker' | 'client' | 'gateway';
export const COMPONENTS: readonly Component[] = ['director', 'worker', 'client', 'gateway'];
/** The members of the cluster: each proves an identity of its own and holds the session key. */
export type Member = 'director' | 'worker';
export const MEMBERS: readonly Member[] = ['director', 'worker'];
/** The clients of the cluster: they prove no identity (the CA certificate alone) and never hold the session key. */
export const CLIENTS: readonly Component[] = ['client', 'gateway'];
export const isMember = (component: string | undefined): component is Member =>
  (MEMBERS as readonly string[]).includes(component ?? '');
export function labels(component: Component): Record<string, string> {
  return { 'app.kubernetes.io/name': component, 'app.kubernetes.io/part-of': PART_OF };
}

/**
 * The scraper (Prometheus): the only peer admitted to the admin port. A pod labelled SCRAPER.labels in the
 * namespace named SCRAPER.namespace; change both here (or patch the NetworkPolicies) to match yours.
 */
export const SCRAPER = { namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'prometheus' } } as const;
/** Cluster DNS, the only destination outside the deployment a pod may send to: CoreDNS (kube-dns) pods. */
export const DNS = { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, port: 53 } as const;

/**
 * Who may send to a pod's declared port: pods of a component of this deployment (same namespace), the scraper, or
 * `anyone`: every source, in the cluster or outside it (an ingress rule without `from`), for a public port only.
 * `anyone` stands alone in a `from`, and gives no component an egress of its own (pods of the namespace may send to
 * a port only when named).
 */
export type Peer = Component | 'scraper' | 'anyone';

export interface Allowance {
  to: Component;
  /** The container port's name. */
  port: string;
  number: number;
  protocol: 'UDP' | 'TCP';
  from: readonly Peer[];
  why: string;
}

/**
 * Every ingress the NetworkPolicies allow, and nothing else (the namespace's default is to deny both ways).
 * Egress is its mirror: a component may send to a port when it is in that port's `from`, and to DNS.
 * The generator writes the policies from this table, the rules check any build against it and
 * docs/operations.md "Network" lists it.
 */
export const ALLOWANCES: readonly Allowance[] = [
  {
    to: 'director',
    port: 'client',
    number: DIRECTOR_CLIENT_PORT,
    protocol: 'UDP',
    from: ['client', 'gateway'],
    why: 'AssignWorker (clients)',
  },
  {
    to: 'director',
    port: 'mgmt',
    number: DIRECTOR_MGMT_PORT,
    protocol: 'UDP',
    from: ['director'],
    why: "the workers' view (ListWorkers), mutual TLS",
  },
  {
    to: 'director',
    port: 'membership',
    number: DIRECTOR_MEMBERSHIP_PORT,
    protocol: 'UDP',
    from: ['director', 'worker'],
    why: 'membership datagrams (probes, gossip, push-pull)',
  },
  {
    to: 'worker',
    port: 'quic',
    number: WORKER_PORT,
    protocol: 'UDP',
    from: ['client', 'gateway'],
    why: 'Generate and Ping',
  },
  {
    to: 'worker',
    port: 'membership',
    number: WORKER_MEMBERSHIP_PORT,
    protocol: 'UDP',
    from: ['director', 'worker'],
    why: 'membership datagrams (probes, gossip, push-pull)',
  },
  {
    to: 'gateway',
    port: 'http',
    number: GATEWAY_PORT,
    protocol: 'TCP',
    from: ['anyone'],
    why: 'the OpenAI-compatible API, the public front door (callers in the cluster or through your load balancer)',
  },
  ...COMPONENTS.map((to): Allowance => ({
    to,
    port: 'admin',
    number: ADMIN_PORT,
    protocol: 'TCP',
    from: ['scraper'],
    why: '/metrics; the kubelet probes /healthz and /readyz from the node, which policies never block',
  })),
];

/** WORKER_SHUTDOWN_GRACE_MS: after SIGTERM and GoAway, streams have this long; the process exits within it + 1 s. */
export const WORKER_SHUTDOWN_GRACE_MS = 2000;
/** Kubernetes kills the pod this long after SIGTERM: the worker's grace (2 s) + 1 s exit bound + 2 s margin. */
export const TERMINATION_GRACE_SECONDS = 5;
/**
 * Sessions a worker serves at once (WORKER_MAX_SESSIONS), and also its per-address bounds: a gateway is one client
 * address carrying every session of its requests, each on a connection of its own, and the workers' defaults
 * (WORKER_MAX_SESSIONS_PER_ADDRESS and QUIC_MAX_CONNECTIONS_PER_PEER, 32, there to keep one host from taking a
 * worker) would hold a gateway pod to 32 sessions on a worker. Raised to this, one gateway pod may fill a whole
 * worker; only the pods the NetworkPolicies admit (the client Job, the gateways) reach a worker's quic port at all.
 */
export const WORKER_MAX_SESSIONS = 200;
/**
 * The directors' per-address bounds, raised for the same reason: every session of a gateway pod keeps a connection
 * to a director (QUIC_MAX_CONNECTIONS_PER_PEER, 32 by default) and asks it for a worker at its start and after each
 * failover (DIRECTOR_ASSIGN_RATE 10/s and DIRECTOR_ASSIGN_BURST 40 by default, per address). Raised to these, one
 * gateway pod may hold WORKER_MAX_SESSIONS sessions per director and start a burst of them at once (a worker's
 * failover moves all its sessions); only the pods the NetworkPolicies admit reach the directors' client port.
 */
export const DIRECTOR_PER_ADDRESS = {
  connections: WORKER_MAX_SESSIONS,
  assignRate: 100,
  assignBurst: WORKER_MAX_SESSIONS,
} as const;

/** GATEWAY_SHUTDOWN_GRACE_MS: after SIGTERM the gateway takes no request; open answers have this long, then are cut. */
export const GATEWAY_SHUTDOWN_GRACE_MS = 10_000;
/** Kubernetes kills a gateway pod this long after SIGTERM: its grace + 1 s exit bound + 2 s margin, as the worker's. */
export const GATEWAY_TERMINATION_GRACE_SECONDS = Math.ceil(GATEWAY_SHUTDOWN_GRACE_MS / 1000) + 1 + 2;

/**
 * Largest QUIC datagram. The services' default, 1452, fits a 1500-byte MTU; pod networks often have less
 * (VXLAN overlays 1450, so at most 1422 bytes of UDP payload over IPv4 and 1402 over IPv6). 1350 fits both.
 */
export const QUIC_MAX_UDP_PAYLOAD = 1350;

/** The image user of the Dockerfile (`USER node` of the node images): uid and gid 1000. */
export const IMAGE_UID = 1000;

/** The gateway's count is the autoscaler's least (GATEWAY_AUTOSCALING): its Deployment leaves `replicas` to it. */
export const REPLICAS = { director: 2, worker: 3, gateway: 2 };

/**
 * The gateways' HorizontalPodAutoscaler: between REPLICAS.gateway and maxReplicas pods, adding pods when their
 * CPU use averages above cpuUtilization per cent of the CPU request (RESOURCES.gateway). Scale-down removes at most
 * one pod a minute: a removed gateway cuts its open answers after GATEWAY_SHUTDOWN_GRACE_MS.
 */
export const GATEWAY_AUTOSCALING = { minReplicas: REPLICAS.gateway, maxReplicas: 10, cpuUtilization: 70 } as const;

/**
 * Resource requests and memory limits, and their basis (docs/operations.md "Resources"):
 * - RSS of each service at rest, one session, this repository's build on Node 20.20.2: about 93 MiB
 *   (director, worker and client alike); the fuzz campaign (`npm run fuzz`) peaks near 130 MiB for the
 *   director and the worker, under a stated bound of 256 MiB.
 * - A worker's memory grows 300–850 KiB per session (`npm run bench:scale`: RSS growth ÷ sessions), so a full
 *   worker (WORKER_MAX_SESSIONS = 200) needs 130 MiB + 200 × 0.85 MiB ≈ 300 MiB.
 * - CPU: no limit (a CFS quota delays tokens and pings, which the client counts as stalls and fails over);
 *   requests from docs/performance.md: about 9 ms of server CPU per new connection, a few per cent of a core
 *   for 200 streams at the default 500 ms token interval, membership under 0.1 % of a core.
 * - Gateway: RSS about 96 MiB at rest (measured: gateway, director and worker processes, development TLS); with
 *   200 streamed answers at once (200 tokens each) its RSS peaked at 245–270 MiB with V8's old space held to
 *   128 MiB and grew to about 400 MiB unheld (V8 grows the heap lazily); the pods hold old space to half the limit,
 *   256 MiB. Its default GATEWAY_MAX_CONCURRENT_PER_KEY (64, all callers together without API keys) answers fewer.
 *   CPU: about 1 ms per token sent (docs/benchmarks.md "Gateway": 0.8–1.8 ms; 0.55–0.93 ms measured here), so the
 *   250m request is about 250 tokens/s; the autoscaler (GATEWAY_AUTOSCALING) adds pods above 70 % of it.
 */
export const RESOURCES = {
  director: { requests: { cpu: '100m', memory: '160Mi' }, limits: { memory: '256Mi' } },
  worker: { requests: { cpu: '250m', memory: '320Mi' }, limits: { memory: '512Mi' } },
  client: { requests: { cpu: '50m', memory: '128Mi' }, limits: { memory: '256Mi' } },
  gateway: { requests: { cpu: '250m', memory: '320Mi' }, limits: { memory: '512Mi' } },
} as const;
