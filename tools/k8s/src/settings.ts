// The facts the manifests are built from: ports, names, timings and resource figures, each with its source.
// Ports and defaults are the services' own (README "Configuration"); change them there first.

/** The TCP port of every service's HTTP admin server (ADMIN_ADDR): /metrics, /healthz, /readyz. */
export const ADMIN_PORT = 9400;

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

/** The cluster's DNS domain, in the names clients dial (and so in the certificates' DNS SANs). */
export const CLUSTER_DOMAIN = 'cluster.local';

/** One Secret holds the CA and every director's and worker's certificate and key, named after the pod. */
export const TLS_SECRET = 'switchyard-tls';
export const TLS_DIR = '/etc/switchyard/tls';

/** WORKER_SHUTDOWN_GRACE_MS: after SIGTERM and GoAway, streams have this long; the process exits within it + 1 s. */
export const WORKER_SHUTDOWN_GRACE_MS = 2000;
/** Kubernetes kills the pod this long after SIGTERM: the worker's grace (2 s) + 1 s exit bound + 2 s margin. */
export const TERMINATION_GRACE_SECONDS = 5;
export const WORKER_MAX_SESSIONS = 200;

/**
 * Largest QUIC datagram. The services' default, 1452, fits a 1500-byte MTU; pod networks often have less
 * (VXLAN overlays 1450, so at most 1422 bytes of UDP payload over IPv4 and 1402 over IPv6). 1350 fits both.
 */
export const QUIC_MAX_UDP_PAYLOAD = 1350;

/** The image user of the Dockerfile (`USER node` of the node images): uid and gid 1000. */
export const IMAGE_UID = 1000;

export const REPLICAS = { director: 2, worker: 3 };

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
 */
export const RESOURCES = {
  director: { requests: { cpu: '100m', memory: '160Mi' }, limits: { memory: '256Mi' } },
  worker: { requests: { cpu: '250m', memory: '320Mi' }, limits: { memory: '512Mi' } },
  client: { requests: { cpu: '50m', memory: '128Mi' }, limits: { memory: '256Mi' } },
} as const;
