import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { problemsOf } from './kustomize.js';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet, type IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IService } from 'kubernetes-models/v1/Service';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import {
  clientJob,
  directorStatefulSet,
  disruptionBudget,
  gatewayAutoscaler,
  gatewayDeployment,
  manifestFiles,
  networkPolicies,
  PREVIOUS_KEY_FILE,
  services,
  sessionKeyVolume,
  workerStatefulSet,
  type Kustomization,
  type StatefulSetPatch,
} from './manifests.js';
import { KUBERNETES_DIR, parseYamlStream, renderAll, rootVersion } from './render.js';
import { RULES, durationMs, ruleProblems } from './rules.js';
import { schemaErrors } from './schemas.js';
import {
  ALLOWANCES,
  CA_DIR,
  GATEWAY_AUTOSCALING,
  GATEWAY_PORT,
  GATEWAY_SHUTDOWN_GRACE_MS,
  GATEWAY_TERMINATION_GRACE_SECONDS,
  RESOURCES,
  SESSION_KEY_DIR,
  SESSION_KEY_SECRET,
  TERMINATION_GRACE_SECONDS,
  WORKER_MAX_SESSIONS,
  WORKER_SHUTDOWN_GRACE_MS,
  MODELS_CLAIM,
  MODELS_DIR,
  MODEL_FILE,
} from './settings.js';

const version = rootVersion();

/** The generated objects of the base and the local overlay's Job, as plain JSON copies (what YAML gives). */
interface Objects {
  services: Record<'director' | 'seeds' | 'workers' | 'gateway', IService>;
  director: IStatefulSet;
  worker: IStatefulSet;
  gateway: IDeployment;
  autoscaler: IHorizontalPodAutoscaler;
  budgets: Record<'director' | 'worker' | 'gateway', IPodDisruptionBudget>;
  client: IJob;
  policies: Record<'deny' | 'dns' | 'director' | 'worker' | 'client' | 'gateway', INetworkPolicy>;
  /** Objects a change adds (a Secret, say). */
  extra: unknown[];
}
const copy = <T>(model: { toJSON(): unknown }): T => JSON.parse(JSON.stringify(model)) as T;
function fresh(): Objects {
  const [director, seeds, workers, gateway] = services().map((s) => copy<IService>(s));
  const [deny, dns, directorPolicy, workerPolicy, clientPolicy, gatewayPolicy] = networkPolicies().map((p) =>
    copy<INetworkPolicy>(p),
  );
  return {
    policies: {
      deny,
      dns,
      director: directorPolicy,
      worker: workerPolicy,
      client: clientPolicy,
      gateway: gatewayPolicy,
    },
    extra: [],
    services: { director, seeds, workers, gateway },
    director: copy(directorStatefulSet(version)),
    worker: copy(workerStatefulSet(version)),
    gateway: copy(gatewayDeployment(version)),
    autoscaler: copy(gatewayAutoscaler()),
    budgets: {
      director: copy(disruptionBudget('director')),
      worker: copy(disruptionBudget('worker')),
      gateway: copy(disruptionBudget('gateway')),
    },
    client: copy(clientJob(version)),
  };
}
const list = (o: Objects): unknown[] => [
  ...Object.values(o.services),
  o.director,
  o.budgets.director,
  o.worker,
  o.budgets.worker,
  o.gateway,
  o.budgets.gateway,
  o.autoscaler,
  o.client,
  ...Object.values(o.policies),
  ...o.extra,
];
const main = (workload: IStatefulSet | IDeployment | IJob): IContainer => workload.spec!.template.spec!.containers[0];
const env = (container: IContainer, name: string): IEnvVar => container.env!.find((e) => e.name === name)!;
const broken = (change: (o: Objects) => void): unknown[] => {
  const o = fresh();
  change(o);
  return list(o);
};

function committedFiles(): string[] {
  return readdirSync(KUBERNETES_DIR, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(KUBERNETES_DIR, join(e.parentPath, e.name)))
    .sort();
}
const committed = (path: string) => parseYamlStream(readFileSync(join(KUBERNETES_DIR, path), 'utf8'), path);

describe('deploy/kubernetes', () => {
  it('is exactly what tools/k8s generates (npx nx run k8s:generate), and nothing else', async () => {
    const generated = await renderAll();
    expect(committedFiles()).toEqual([...generated.keys()].sort());
    for (const [path, text] of generated) {
      expect({ path, text: readFileSync(join(KUBERNETES_DIR, path), 'utf8') }).toEqual({ path, text });
    }
  });

  it('holds objects valid by their Kubernetes schemas, and kustomizations whose files exist', () => {
    const kustomizations = committedFiles().filter((path) => path.endsWith('kustomization.yaml'));
    expect(kustomizations).toEqual([
      'base/kustomization.yaml',
      'components/llama-engine/kustomization.yaml',
      'components/session-key-rotation/kustomization.yaml',
      'overlays/local/kustomization.yaml',
    ]);
    const patches = new Set<string>();
    for (const path of kustomizations) {
      const [kustomization] = committed(path) as Kustomization[];
      const dir = join(KUBERNETES_DIR, path, '..');
      const files = [...(kustomization.resources ?? []), ...(kustomization.patches ?? []).map((p) => p.path)];
      expect(files.filter((file) => !existsSync(join(dir, file)))).toEqual([]);
      for (const patch of kustomization.patches ?? []) patches.add(relative(KUBERNETES_DIR, join(dir, patch.path)));
    }
    // A patch is part of an object, not one; it must name a StatefulSet of the base.
    expect([...patches].sort()).toEqual([
      'components/llama-engine/worker-llama.yaml',
      'components/session-key-rotation/worker-previous-key.yaml',
      'overlays/local/worker-simulated-failure.yaml',
    ]);
    for (const path of patches) {
      const [patch] = committed(path) as IStatefulSet[];
      expect(patch.kind).toBe('StatefulSet');
      expect(['director', 'worker']).toContain(patch.metadata?.name);
    }
    const objects = committedFiles()
      .filter((path) => !kustomizations.includes(path) && !patches.has(path))
      .flatMap((path) => committed(path).map((object) => ({ path, object })));
    // 4 Services, 2 StatefulSets, the gateway's Deployment and autoscaler, 3 PodDisruptionBudgets,
    // 6 NetworkPolicies, the client Job and the local Namespace.
    expect(objects.map(({ object }) => (object as { kind: string }).kind).sort()).toEqual(
      ['Job', 'Namespace', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'StatefulSet']
        .concat(Array<string>(3).fill('PodDisruptionBudget'), Array<string>(4).fill('Service'))
        .concat(Array<string>(6).fill('NetworkPolicy'))
        .sort(),
    );
    for (const { path, object } of objects) {
      const { kind, metadata } = object as IStatefulSet;
      expect({ path, kind, name: metadata?.name, errors: schemaErrors(object) }).toEqual({
        path,
        kind,
        name: metadata?.name,
        errors: [],
      });
    }
    expect(problemsOf(objects.map(({ object }) => object))).toEqual([]);
  });

  it('passes every rule as generated', () => {
    expect(ruleProblems(list(fresh()))).toEqual([]);
  });

  it('tags the base images with the root package.json version and the local overlay with dev', () => {
    const o = fresh();
    for (const workload of [o.director, o.worker, o.client, o.gateway]) {
      expect(main(workload).image).toMatch(new RegExp(`^switchyard/[a-z]+:${version.replace(/\./g, '\\.')}$`));
    }
    expect(main(o.gateway).image).toBe(`switchyard/gateway:${version}`);
    const local = manifestFiles(version).find((f) => f.path === 'overlays/local/kustomization.yaml')!;
    expect((local.documents[0].object as Kustomization).images).toEqual([
      { name: 'switchyard/director', newTag: 'dev' },
      { name: 'switchyard/worker', newTag: 'dev' },
      { name: 'switchyard/client', newTag: 'dev' },
      { name: 'switchyard/gateway', newTag: 'dev' },
    ]);
  });

  it('gives directors and workers the session key, read-only, the client none; a rotation adds the previous one', () => {
    const o = fresh();
    for (const workload of [o.director, o.worker]) {
      expect(env(main(workload), 'SESSION_KEY_FILE').value).toBe(`${SESSION_KEY_DIR}/current`);
      expect(main(workload).volumeMounts).toContainEqual({
        name: 'session-key',
        mountPath: SESSION_KEY_DIR,
        readOnly: true,
      });
      expect(workload.spec!.template.spec!.volumes).toContainEqual({
        name: 'session-key',
        secret: { secretName: SESSION_KEY_SECRET, items: [{ key: 'current', path: 'current' }], defaultMode: 0o440 },
      });
      expect(main(workload).env!.map((e) => e.name)).not.toContain('SESSION_PREVIOUS_KEY_FILE');
    }
    expect(JSON.stringify(o.client)).not.toContain('session');
    // The component, as kustomize applies it: the workers' volume projects both items, and they read the previous key.
    const [patch] = committed('components/session-key-rotation/worker-previous-key.yaml') as IStatefulSet[];
    const patched = patch.spec!.template.spec!;
    expect(patch.metadata!.name).toBe('worker');
    expect(patched.volumes).toEqual([copy({ toJSON: () => sessionKeyVolume(true) })]);
    expect(patched.containers[0].env).toEqual([{ name: 'SESSION_PREVIOUS_KEY_FILE', value: PREVIOUS_KEY_FILE }]);
    const rotating = broken((r) => {
      const spec = r.worker.spec!.template.spec!;
      spec.volumes = spec.volumes!.map((v) => (v.name === 'session-key' ? patched.volumes![0] : v));
      main(r.worker).env!.unshift(...patched.containers[0].env!);
    });
    expect(ruleProblems(rotating)).toEqual([]);
  });

  it('has a llama-engine component: the model claim mounted read-only, WORKER_MODEL in it, the rules still hold', () => {
    const [patch] = committed('components/llama-engine/worker-llama.yaml') as IStatefulSet[];
    const patched = patch.spec!.template.spec!;
    expect(patch.metadata!.name).toBe('worker');
    expect(patched.volumes).toEqual([
      { name: 'models', persistentVolumeClaim: { claimName: MODELS_CLAIM, readOnly: true } },
    ]);
    expect(patched.containers[0].volumeMounts).toEqual([{ name: 'models', mountPath: MODELS_DIR, readOnly: true }]);
    expect(patched.containers[0].env).toEqual([
      { name: 'WORKER_ENGINE', value: 'llama' },
      { name: 'WORKER_MODEL', value: `${MODELS_DIR}/${MODEL_FILE}` },
    ]);
    const withModel = broken((r) => {
      const spec = r.worker.spec!.template.spec!;
      spec.volumes!.push(...patched.volumes!);
      main(r.worker).volumeMounts!.push(...patched.containers[0].volumeMounts!);
      main(r.worker).env!.push(...patched.containers[0].env!);
    });
    expect(ruleProblems(withModel)).toEqual([]);
  });

  it('gives directors and workers stable names, two directors, and the grace the worker needs', () => {
    const { director, worker } = fresh();
    expect(director.spec!.replicas).toBe(2);
    expect(env(main(director), 'DIRECTOR_NAME').value).toBe('$(POD_NAME)');
    expect(env(main(worker), 'WORKER_LABEL').value).toBe('$(POD_NAME)');
    expect(durationMs(env(main(worker), 'WORKER_SHUTDOWN_GRACE_MS').value!)).toBe(WORKER_SHUTDOWN_GRACE_MS);
    expect(TERMINATION_GRACE_SECONDS * 1000).toBeGreaterThanOrEqual(WORKER_SHUTDOWN_GRACE_MS + 1000);
    for (const workload of [director, worker]) {
      expect(workload.spec!.template.spec!.terminationGracePeriodSeconds).toBe(TERMINATION_GRACE_SECONDS);
    }
  });
});

describe('the gateway', () => {
  it('runs as a Deployment the autoscaler scales, with the CA alone, its probes and the grace its answers need', () => {
    const { gateway, autoscaler, services: svc, budgets } = fresh();
    const spec = gateway.spec!.template.spec!;
    // The autoscaler owns the count: a `replicas` here would reset it on every apply.
    expect(gateway.spec!.replicas).toBeUndefined();
    expect(autoscaler.spec).toMatchObject({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' },
      minReplicas: 2,
      maxReplicas: GATEWAY_AUTOSCALING.maxReplicas,
      metrics: [
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
      ],
    });
    // HPA-ready: the CPU request its utilization is computed against; a memory limit, no CPU limit.
    expect(main(gateway).resources).toEqual(RESOURCES.gateway);
    expect(main(gateway).resources!.limits).not.toHaveProperty('cpu');
    expect(env(main(gateway), 'GATEWAY_ADDR').value).toBe(`0.0.0.0:${GATEWAY_PORT}`);
    expect(env(main(gateway), 'DIRECTOR_TARGET').value).toBe(env(main(fresh().client), 'DIRECTOR_TARGET').value);
    expect(durationMs(env(main(gateway), 'GATEWAY_SHUTDOWN_GRACE_MS').value!)).toBe(GATEWAY_SHUTDOWN_GRACE_MS);
    expect(spec.terminationGracePeriodSeconds).toBe(GATEWAY_TERMINATION_GRACE_SECONDS);
    expect(GATEWAY_TERMINATION_GRACE_SECONDS * 1000).toBeGreaterThan(GATEWAY_SHUTDOWN_GRACE_MS + 1000);
    // A client of the cluster: the CA certificate alone, no key, no session key; the same pod settings as the others.
    expect(spec.volumes!.map((v) => v.name)).toEqual(['ca']);
    expect(main(gateway).volumeMounts).toEqual([{ name: 'ca', mountPath: CA_DIR, readOnly: true }]);
    expect(JSON.stringify(gateway)).not.toMatch(/session|TLS_KEY_FILE|TLS_CERT_FILE/);
    expect(spec.securityContext).toEqual(fresh().director.spec!.template.spec!.securityContext);
    expect(main(gateway).securityContext).toEqual(main(fresh().director).securityContext);
    expect(main(gateway).livenessProbe).toEqual(main(fresh().worker).livenessProbe);
    expect(main(gateway).readinessProbe).toEqual(main(fresh().worker).readinessProbe);
    expect(svc.gateway.spec).toMatchObject({
      type: 'ClusterIP',
      ports: [{ name: 'http', port: GATEWAY_PORT, targetPort: 'http', protocol: 'TCP' }],
    });
    expect(budgets.gateway.spec!.maxUnavailable).toBe(1);
  });

  it('is the public front door: its http port admits anyone, and it reaches directors and workers only', () => {
    const http = ALLOWANCES.find((a) => a.to === 'gateway' && a.port === 'http')!;
    expect(http).toMatchObject({ number: GATEWAY_PORT, protocol: 'TCP', from: ['anyone'] });
    const { policies } = fresh();
    expect(policies.gateway.spec!.ingress![0]).toEqual({ ports: [{ port: GATEWAY_PORT, protocol: 'TCP' }] });
    expect(policies.gateway.spec!.egress!.map((rule) => rule.ports)).toEqual([
      [{ port: 61000, protocol: 'UDP' }],
      [{ port: 62001, protocol: 'UDP' }],
    ]);
    // `anyone` stands alone, and only on the gateway's public port.
    for (const allowance of ALLOWANCES.filter((a) => a.from.includes('anyone'))) {
      expect({ to: allowance.to, port: allowance.port, from: allowance.from }).toEqual({
        to: 'gateway',
        port: 'http',
        from: ['anyone'],
      });
    }
  });

  it('may fill a worker: the workers take WORKER_MAX_SESSIONS sessions and connections from one address', () => {
    const worker = main(fresh().worker);
    for (const name of ['WORKER_MAX_SESSIONS', 'WORKER_MAX_SESSIONS_PER_ADDRESS', 'QUIC_MAX_CONNECTIONS_PER_PEER']) {
      expect({ name, value: env(worker, name).value }).toEqual({ name, value: String(WORKER_MAX_SESSIONS) });
    }
  });
});

describe('the rules catch', () => {
  it('a QUIC or membership port that is not UDP', () => {
    const tcp = broken((o) => (main(o.worker).ports![0].protocol = 'TCP'));
    expect(RULES.udpPorts(tcp)).toEqual([
      'StatefulSet/worker container worker: port quic must be UDP (it is TCP)',
      'StatefulSet/worker container worker: port 62001 carries QUIC or membership datagrams and must be UDP',
      'StatefulSet/worker container worker: WORKER_ADDR binds 62001, which is not a declared UDP container port',
    ]);
    const defaulted = broken((o) => delete o.services.seeds.spec!.ports![0].protocol);
    expect(RULES.udpPorts(defaulted)).toEqual([
      'Service/switchyard-seeds: port membership must be UDP (it is TCP by default)',
      'Service/switchyard-seeds: port 61002 carries QUIC or membership datagrams and must be UDP',
    ]);
  });

  it('probes that are not GET /healthz and /readyz on the admin port', () => {
    const wrong = broken((o) => {
      main(o.director).livenessProbe!.httpGet!.path = '/readyz';
      main(o.worker).readinessProbe!.httpGet!.port = 9400;
      delete main(o.client).readinessProbe;
    });
    expect(RULES.adminProbes(wrong)).toEqual([
      'StatefulSet/director container director: livenessProbe must GET /healthz on port admin (it GETs /readyz on admin)',
      'StatefulSet/worker container worker: readinessProbe must GET /readyz on port admin (it GETs /readyz on 9400)',
      'Job/client container client: no readinessProbe with httpGet',
    ]);
    const moved = broken((o) => (env(main(o.client), 'ADMIN_ADDR').value = '0.0.0.0:9500'));
    expect(RULES.adminProbes(moved)).toEqual([
      'Job/client container client: ADMIN_ADDR (0.0.0.0:9500) is not the admin port 9400',
    ]);
  });

  it('latest or missing image tags', () => {
    const latest = broken((o) => {
      main(o.director).image = 'switchyard/director:latest';
      main(o.worker).image = 'switchyard/worker';
    });
    expect(RULES.pinnedImages(latest)).toEqual([
      'StatefulSet/director container director: image switchyard/director:latest must name a tag other than latest',
      'StatefulSet/worker container worker: image switchyard/worker must name a tag other than latest',
    ]);
  });

  it('a container without CPU or memory requests', () => {
    const none = broken((o) => delete main(o.client).resources!.requests!.cpu);
    expect(RULES.resourceRequests(none)).toEqual(['Job/client container client: no cpu request']);
  });

  it('a termination grace shorter than the worker shutdown grace + 1 s', () => {
    const longer = broken((o) => (env(main(o.worker), 'WORKER_SHUTDOWN_GRACE_MS').value = '5s'));
    expect(RULES.terminationGrace(longer)).toEqual([
      'StatefulSet/worker: terminationGracePeriodSeconds 5 must be set and ≥ 6 (shutdown grace 5000 ms + 1 s)',
    ]);
    const unset = broken((o) => delete o.director.spec!.template.spec!.terminationGracePeriodSeconds);
    expect(RULES.terminationGrace(unset)).toEqual([
      'StatefulSet/director: terminationGracePeriodSeconds unset (30) must be set and ≥ 3 (shutdown grace 2000 ms + 1 s)',
    ]);
  });

  it('an env value using $(VAR) before VAR is defined', () => {
    const late = broken((o) => {
      const vars = main(o.director).env!;
      vars.push(vars.shift()!);
    });
    expect(RULES.envReferences(late)).toEqual([
      'StatefulSet/director container director: DIRECTOR_NAME uses $(POD_NAME) before it is defined',
    ]);
  });

  it('identities not bound to the pod name, and a client holding a certificate', () => {
    const wrong = broken((o) => {
      env(main(o.worker), 'WORKER_LABEL').value = 'w1';
      main(o.client).env!.push({ name: 'TLS_CERT_FILE', value: '/etc/switchyard/tls/c.crt' });
    });
    expect(RULES.identities(wrong)).toEqual([
      'StatefulSet/worker container worker: WORKER_LABEL must be $(POD_NAME)',
      'Job/client container client: a client holds no certificate (TLS_CERT_FILE)',
    ]);
    const deployment = broken((o) => ((o.director as { kind: string }).kind = 'Deployment'));
    expect(RULES.identities(deployment)).toEqual([
      'Deployment/director container director: a director needs a stable name for its certificate: run it in a StatefulSet',
    ]);
    const unnamed = broken((o) => {
      const attributes = o.worker.spec!.template.spec!.volumes![0].csi!.volumeAttributes!;
      attributes['csi.cert-manager.io/dns-names'] = 'worker.example';
      attributes['csi.cert-manager.io/key-usages'] = 'digital signature,server auth';
    });
    expect(RULES.identities(unnamed)).toEqual([
      'StatefulSet/worker container worker: its certificate does not name ${POD_NAME}.switchyard-workers.${POD_NAMESPACE}.svc.cluster.local, which clients dial',
      'StatefulSet/worker container worker: its certificate lacks the key usage client auth',
    ]);
  });

  it('a pod that can mount a key not its own: the one Secret of every key, another identity, a client with a key', () => {
    // The layout this replaced: every director and worker pod mounted the Secret holding every pod's key.
    const shared = broken((o) => {
      for (const workload of [o.director, o.worker]) {
        workload.spec!.template.spec!.volumes![0] = { name: 'tls', secret: { secretName: 'switchyard-tls' } };
      }
    });
    expect(RULES.ownKeys(shared)).toEqual([
      'StatefulSet/director volume tls: mounts all of Secret switchyard-tls, keys included, in every pod of the template',
      "StatefulSet/director container director: TLS_KEY_FILE /etc/switchyard/tls/tls.key is not in a csi.cert-manager.io volume of the pod's own",
      'StatefulSet/worker volume tls: mounts all of Secret switchyard-tls, keys included, in every pod of the template',
      "StatefulSet/worker container worker: TLS_KEY_FILE /etc/switchyard/tls/tls.key is not in a csi.cert-manager.io volume of the pod's own",
    ]);
    const wrong = broken((o) => {
      const volumes = o.worker.spec!.template.spec!.volumes!;
      volumes[0].csi!.volumeAttributes!['csi.cert-manager.io/uri-sans'] = 'spiffe://switchyard/worker/worker-0';
      volumes.push({
        name: 'extra',
        projected: { sources: [{ secret: { name: 'keys', items: [{ key: 'worker-1.key', path: 'k' }] } }] },
      });
      volumes.push({ name: 'node', hostPath: { path: '/var/lib/switchyard' } });
      const client = o.client.spec!.template.spec!;
      client.volumes!.push(copy({ toJSON: () => o.director.spec!.template.spec!.volumes![0] }));
      main(o.client).volumeMounts!.push({ name: 'tls', mountPath: '/etc/switchyard/tls' });
    });
    expect(RULES.ownKeys(wrong)).toEqual([
      "StatefulSet/worker volume tls: issues spiffe://switchyard/worker/worker-0, not the pod's own spiffe://switchyard/worker/${POD_NAME}",
      'StatefulSet/worker volume extra: mounts worker-1.key of Secret keys, the same key in every pod of the template',
      "StatefulSet/worker volume node: a hostPath can hold other pods' keys",
      'Job/client container client: a client holds no key, but mounts tls, a key of its own',
    ]);
  });

  it('a Secret holding the CA key, or any private key, and a CA issuer keeping its key with the deployment', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIG...\n-----END PRIVATE KEY-----\n';
    const stored = broken((o) =>
      o.extra.push(
        { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'switchyard-tls' }, stringData: { 'ca.key': pem } },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'switchyard-ca' },
          type: 'kubernetes.io/tls',
          data: { 'tls.crt': 'Y2VydA==', 'tls.key': Buffer.from(pem).toString('base64') },
        },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'bundle' }, data: { 'bundle.pem': pem } },
        {
          apiVersion: 'cert-manager.io/v1',
          kind: 'Issuer',
          metadata: { name: 'ca' },
          spec: { ca: { secretName: 'ca' } },
        },
      ),
    );
    expect(RULES.noStoredKeys(stored)).toEqual([
      'Secret/switchyard-tls: holds the CA key (ca.key)',
      'Secret/switchyard-ca: holds the CA key (tls.key)',
      'ConfigMap/bundle: holds a private key (bundle.pem)',
      'Issuer/ca: a CA issuer keeps the CA key in Secret ca with the deployment',
    ]);
    expect(RULES.noStoredKeys(broken(() => undefined))).toEqual([]);
  });

  it('a director or worker without the session key as the services read it, or a previous key file that is missing', () => {
    const wrong = broken((o) => {
      main(o.director).env = main(o.director).env!.filter((e) => e.name !== 'SESSION_KEY_FILE');
      main(o.worker).env!.push({ name: 'SESSION_PREVIOUS_KEY_FILE', value: `${SESSION_KEY_DIR}/previous` });
      const volume = o.worker.spec!.template.spec!.volumes!.find((v) => v.name === 'session-key')!;
      volume.secret!.defaultMode = 0o644;
      main(o.worker).volumeMounts!.find((m) => m.name === 'session-key')!.readOnly = false;
    });
    expect(RULES.sessionKey(wrong)).toEqual([
      'StatefulSet/director container director: SESSION_KEY_FILE is unset, so it exits 78 (NODE_ENV=production); set it to /etc/switchyard/session/current',
      'StatefulSet/worker container worker: mounts session-key writable; the session key is read-only',
      'StatefulSet/worker volume session-key: mode 0644; the session key wants 0440 or less',
      'StatefulSet/worker container worker: SESSION_PREVIOUS_KEY_FILE names /etc/switchyard/session/previous, which its volume does not project: the file would be missing, and the service exits 78',
    ]);
    const elsewhere = broken((o) => {
      const spec = o.director.spec!.template.spec!;
      spec.volumes = spec.volumes!.filter((v) => v.name !== 'session-key');
      main(o.director).volumeMounts = main(o.director).volumeMounts!.filter((m) => m.name !== 'session-key');
      main(o.director).env!.push({
        name: 'SESSION_KEY',
        valueFrom: { secretKeyRef: { name: SESSION_KEY_SECRET, key: 'current' } },
      });
      o.worker.spec!.template.spec!.volumes!.find((v) => v.name === 'session-key')!.secret!.items = [
        { key: 'current', path: 'key' },
      ];
    });
    expect(RULES.sessionKey(elsewhere)).toEqual([
      'StatefulSet/director container director: takes Secret switchyard-session-key into its environment; it reads SESSION_KEY_FILE',
      'StatefulSet/director container director: no volume of Secret switchyard-session-key mounted at /etc/switchyard/session',
      'StatefulSet/worker volume session-key: does not project current (key and path current, no mode)',
    ]);
  });

  it('a client pod that mounts, names or reads the session key', () => {
    const leaked = broken((o) => {
      const spec = o.client.spec!.template.spec!;
      spec.volumes!.push(copy({ toJSON: () => sessionKeyVolume() }));
      main(o.client).volumeMounts!.push({ name: 'session-key', mountPath: SESSION_KEY_DIR, readOnly: true });
      main(o.client).env!.push({ name: 'SESSION_KEY_FILE', value: `${SESSION_KEY_DIR}/current` });
    });
    expect(RULES.clientsWithoutSessionKey(leaked)).toEqual([
      "Job/client volume session-key: a client's pod holds no session key, but it names Secret switchyard-session-key",
      'Job/client container client: a client holds no session key, but mounts session-key (Secret switchyard-session-key)',
      'Job/client container client: a client holds no session key (SESSION_KEY_FILE)',
    ]);
    // Projected, or taken into the environment, it is the same leak; and the rules as a whole refuse it.
    const projected = broken((o) => {
      o.client.spec!.template.spec!.volumes!.push({
        name: 'keys',
        projected: { sources: [{ secret: { name: SESSION_KEY_SECRET, items: [{ key: 'current', path: 'k' }] } }] },
      });
      main(o.client).envFrom = [{ secretRef: { name: SESSION_KEY_SECRET } }];
    });
    expect(RULES.clientsWithoutSessionKey(projected)).toEqual([
      "Job/client volume keys: a client's pod holds no session key, but it names Secret switchyard-session-key",
      'Job/client container client: a client holds no session key, but takes Secret switchyard-session-key into its environment',
    ]);
    expect(ruleProblems(leaked)).toContain(
      'Job/client container client: a client holds no session key, but mounts session-key (Secret switchyard-session-key)',
    );
    expect(RULES.clientsWithoutSessionKey(broken(() => undefined))).toEqual([]);
  });

  it('the session key Secret mounted whole or with anything but its two items, or holding a TLS key', () => {
    const mounted = broken((o) => {
      const volume = o.worker.spec!.template.spec!.volumes!.find((v) => v.name === 'session-key')!;
      volume.secret!.items!.push({ key: 'tls.key', path: 'tls.key' });
      delete o.director.spec!.template.spec!.volumes!.find((v) => v.name === 'session-key')!.secret!.items;
    });
    expect(RULES.ownKeys(mounted)).toEqual([
      'StatefulSet/director volume session-key: mounts all of Secret switchyard-session-key; list its items (current, previous)',
      'StatefulSet/worker volume session-key: mounts tls.key of Secret switchyard-session-key, which may hold only current and previous',
    ]);
    const key = (bytes: number) => Buffer.from(`${Buffer.alloc(bytes, 7).toString('base64')}\n`).toString('base64');
    const secret = (data: Record<string, string>, type?: string) => ({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: SESSION_KEY_SECRET },
      ...(type ? { type } : {}),
      data,
    });
    expect(RULES.noStoredKeys(broken((o) => o.extra.push(secret({ current: key(32), previous: key(48) }))))).toEqual(
      [],
    );
    const pem = '-----BEGIN PRIVATE KEY-----\nMIG...\n-----END PRIVATE KEY-----\n';
    const stored = broken((o) =>
      o.extra.push(
        secret({ current: key(16), 'ca.key': Buffer.from(pem).toString('base64') }),
        secret({ 'tls.crt': 'Y2VydA==', 'tls.key': Buffer.from(pem).toString('base64') }, 'kubernetes.io/tls'),
      ),
    );
    expect(RULES.noStoredKeys(stored)).toEqual([
      'Secret/switchyard-session-key: current holds 16 bytes, not at least 32 (head -c 32 /dev/urandom | base64)',
      'Secret/switchyard-session-key: holds ca.key; the session key Secret holds only current and previous',
      'Secret/switchyard-session-key: holds the CA key (ca.key)',
      'Secret/switchyard-session-key: type kubernetes.io/tls; the session key Secret is Opaque',
      'Secret/switchyard-session-key: holds no current key, which every director and worker reads',
      'Secret/switchyard-session-key: holds tls.crt; the session key Secret holds only current and previous',
      'Secret/switchyard-session-key: holds tls.key; the session key Secret holds only current and previous',
      'Secret/switchyard-session-key: holds a private key (tls.key)',
    ]);
  });

  it('no default deny, a port admitting more (or less) than its allowance, the admin port open to all', () => {
    const open = broken((o) => {
      delete (o.policies as Partial<Objects['policies']>).deny;
      o.policies.worker.spec!.ingress![0].from!.push({
        podSelector: { matchLabels: { 'app.kubernetes.io/name': 'worker' } },
      });
      o.policies.director.spec!.ingress!.pop();
      o.policies.client.spec!.ingress![0] = { ports: [{ port: 9400, protocol: 'TCP' }] };
      o.policies.worker.spec!.egress!.push({ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] });
    });
    expect(RULES.networkPolicies(open)).toEqual([
      'no default-deny NetworkPolicy: podSelector {}, policyTypes Ingress and Egress, no rules',
      'StatefulSet/director container director: port admin (9400/TCP) admits nobody; the admin port, which must admit the scraper only, should admit scraper',
      'StatefulSet/worker container worker: port quic (62001/UDP) admits client, gateway, worker; it should admit client, gateway',
      'StatefulSet/worker container worker: may send to director 61002/UDP, dns 53/TCP, dns 53/UDP, ipBlock 0.0.0.0/0 *, worker 63001/UDP; should to director 61002/UDP, dns 53/TCP, dns 53/UDP, worker 63001/UDP (extra: ipBlock 0.0.0.0/0 *; missing: nobody)',
      'Job/client container client: port admin (9400/TCP) admits anyone; the admin port, which must admit the scraper only, should admit scraper',
    ]);
    const scraper = broken((o) => {
      // The scraper's pods in any namespace, and the management port opened to workers, on a port no pod declares.
      delete o.policies.worker.spec!.ingress![2].from![0].namespaceSelector;
      o.policies.director.spec!.ingress![1].ports!.push({ port: 61005, protocol: 'UDP' });
      o.policies.director.spec!.ingress![1].from!.push({
        podSelector: { matchLabels: { 'app.kubernetes.io/name': 'worker' } },
      });
      delete o.policies.dns.spec!.egress;
    });
    expect(RULES.networkPolicies(scraper)).toEqual([
      'StatefulSet/director container director: port mgmt (61001/UDP) admits director, worker; it should admit director',
      'NetworkPolicy/director: admits 61005/UDP to StatefulSet/director container director, which declares no such port',
      'StatefulSet/director container director: may send to director 61001/UDP, director 61002/UDP, worker 63001/UDP; should to director 61001/UDP, director 61002/UDP, dns 53/TCP, dns 53/UDP, worker 63001/UDP (extra: nobody; missing: dns 53/TCP, dns 53/UDP)',
      'StatefulSet/worker container worker: port admin (9400/TCP) admits pods {"matchLabels":{"app.kubernetes.io/name":"prometheus"}}; the admin port, which must admit the scraper only, should admit scraper',
      'StatefulSet/worker container worker: may send to director 61002/UDP, worker 63001/UDP; should to director 61002/UDP, dns 53/TCP, dns 53/UDP, worker 63001/UDP (extra: nobody; missing: dns 53/TCP, dns 53/UDP)',
      'Deployment/gateway container gateway: may send to director 61000/UDP, worker 62001/UDP; should to director 61000/UDP, dns 53/TCP, dns 53/UDP, worker 62001/UDP (extra: nobody; missing: dns 53/TCP, dns 53/UDP)',
      'Job/client container client: may send to director 61000/UDP, worker 62001/UDP; should to director 61000/UDP, dns 53/TCP, dns 53/UDP, worker 62001/UDP (extra: nobody; missing: dns 53/TCP, dns 53/UDP)',
    ]);
  });

  it("a gateway's HTTP port that is not TCP, or GATEWAY_ADDR on a port it does not declare", () => {
    const udp = broken((o) => {
      main(o.gateway).ports![0].protocol = 'UDP';
      o.services.gateway.spec!.ports![0].protocol = 'UDP';
    });
    expect(RULES.udpPorts(udp)).toEqual([
      'Service/gateway: port http must be TCP',
      'Deployment/gateway container gateway: port http must be TCP',
      'Deployment/gateway container gateway: GATEWAY_ADDR binds 8080, which is not a declared TCP container port',
    ]);
    const moved = broken((o) => (env(main(o.gateway), 'GATEWAY_ADDR').value = '0.0.0.0:8081'));
    expect(RULES.udpPorts(moved)).toEqual([
      'Deployment/gateway container gateway: GATEWAY_ADDR binds 8081, which is not a declared TCP container port',
    ]);
  });

  it("a gateway's termination grace that does not exceed its shutdown grace + 1 s", () => {
    const longer = broken((o) => (env(main(o.gateway), 'GATEWAY_SHUTDOWN_GRACE_MS').value = '30s'));
    expect(RULES.terminationGrace(longer)).toEqual([
      'Deployment/gateway: terminationGracePeriodSeconds 13 must be set and ≥ 31 (shutdown grace 30000 ms + 1 s)',
    ]);
    // Unset, the gateway's default grace (10 s) still holds, and Kubernetes' default (30 s) is not relied on.
    const unset = broken((o) => {
      main(o.gateway).env = main(o.gateway).env!.filter((e) => e.name !== 'GATEWAY_SHUTDOWN_GRACE_MS');
      o.gateway.spec!.template.spec!.terminationGracePeriodSeconds = 5;
    });
    expect(RULES.terminationGrace(unset)).toEqual([
      'Deployment/gateway: terminationGracePeriodSeconds 5 must be set and ≥ 11 (shutdown grace 10000 ms + 1 s)',
    ]);
  });

  it('a gateway holding a certificate, a key of its own or the session key', () => {
    const member = broken((o) => {
      const spec = o.gateway.spec!.template.spec!;
      spec.volumes!.push(copy({ toJSON: () => o.director.spec!.template.spec!.volumes![0] }));
      spec.volumes!.push(copy({ toJSON: () => sessionKeyVolume() }));
      main(o.gateway).volumeMounts!.push({ name: 'tls', mountPath: '/etc/switchyard/tls', readOnly: true });
      main(o.gateway).env!.push({ name: 'TLS_KEY_FILE', value: '/etc/switchyard/tls/tls.key' });
    });
    expect(RULES.identities(member)).toEqual([
      'Deployment/gateway container gateway: a gateway holds no certificate (TLS_KEY_FILE)',
    ]);
    expect(RULES.ownKeys(member)).toEqual([
      'Deployment/gateway container gateway: a gateway holds no key, but mounts tls, a key of its own',
    ]);
    expect(RULES.clientsWithoutSessionKey(member)).toEqual([
      "Deployment/gateway volume session-key: a gateway's pod holds no session key, but it names Secret switchyard-session-key",
    ]);
    const noCa = broken((o) => (main(o.gateway).volumeMounts = []));
    expect(RULES.identities(noCa)).toEqual([
      'Deployment/gateway container gateway: no ConfigMap switchyard-ca mounted at /etc/switchyard/ca',
    ]);
  });

  it('an autoscaler of nothing, of a workload that sets replicas, or against a CPU request that is missing', () => {
    const replicas = broken((o) => {
      o.gateway.spec!.replicas = 2;
      delete main(o.gateway).resources!.requests!.cpu;
    });
    expect(RULES.autoscalers(replicas)).toEqual([
      'Deployment/gateway: sets replicas (2), which HorizontalPodAutoscaler/gateway owns: an apply would reset its count',
      'Deployment/gateway container gateway: no cpu request, against which HorizontalPodAutoscaler/gateway computes its utilization',
    ]);
    const elsewhere = broken((o) => {
      o.autoscaler.spec!.scaleTargetRef.name = 'gateways';
      o.autoscaler.spec!.minReplicas = 4;
      o.autoscaler.spec!.maxReplicas = 3;
    });
    expect(RULES.autoscalers(elsewhere)).toEqual([
      'HorizontalPodAutoscaler/gateway: maxReplicas 3 is below minReplicas 4',
      'HorizontalPodAutoscaler/gateway: scales apps/v1 Deployment/gateways, no workload of this build',
    ]);
    expect(ruleProblems(elsewhere)).toContain(
      'HorizontalPodAutoscaler/gateway: scales apps/v1 Deployment/gateways, no workload of this build',
    );
  });

  it("the gateway's public port restricted, its admin port open to all, a gateway that cannot reach the workers", () => {
    const wrong = broken((o) => {
      const [http, admin] = o.policies.gateway.spec!.ingress!;
      http.from = [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'client' } } }];
      delete admin.from;
      o.policies.gateway.spec!.egress!.pop();
    });
    expect(RULES.networkPolicies(wrong)).toEqual([
      'Deployment/gateway container gateway: port http (8080/TCP) admits client; it should admit anyone',
      'Deployment/gateway container gateway: port admin (9400/TCP) admits anyone; the admin port, which must admit the scraper only, should admit scraper',
      'Deployment/gateway container gateway: may send to director 61000/UDP, dns 53/TCP, dns 53/UDP; should to director 61000/UDP, dns 53/TCP, dns 53/UDP, worker 62001/UDP (extra: nobody; missing: worker 62001/UDP)',
    ]);
    // The workers' quic port left to clients alone: the gateways' sessions would go nowhere.
    const shut = broken((o) => o.policies.worker.spec!.ingress![0].from!.pop());
    expect(RULES.networkPolicies(shut)).toEqual([
      'StatefulSet/worker container worker: port quic (62001/UDP) admits client; it should admit client, gateway',
    ]);
  });

  it('names that resolve to nothing, or not before the pods are ready', () => {
    const wrong = broken((o) => {
      env(main(o.worker), 'MEMBERSHIP_SEEDS').value = 'switchyard-seed:61002';
      o.services.workers.spec!.publishNotReadyAddresses = false;
      o.budgets.director.spec!.selector!.matchLabels!['app.kubernetes.io/name'] = 'directors';
    });
    expect(RULES.serviceNames(wrong)).toEqual([
      'StatefulSet/worker container worker: MEMBERSHIP_SEEDS names Service switchyard-seed, which does not exist',
      'StatefulSet/worker container worker: WORKER_ADVERTISE_ADDR: Service switchyard-workers must publish pods before they are ready',
      'PodDisruptionBudget/director: selects no pods',
    ]);
  });

  it('objects that break their schema, and kinds it does not know', () => {
    const o = fresh();
    o.services.director.spec!.ports![0].protocol = 'udp' as 'UDP';
    o.worker.spec!.replicas = 'three' as unknown as number;
    expect(schemaErrors(o.services.director)).toEqual([
      'data/spec/ports/0/protocol must be equal to one of the allowed values',
    ]);
    expect(schemaErrors(o.worker)).toEqual(['data/spec/replicas must be integer']);
    expect(schemaErrors({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'director' } })).toEqual([
      'no schema for apiVersion apps/v1, kind DaemonSet',
    ]);
    delete (o.autoscaler.spec as Partial<IHorizontalPodAutoscaler['spec']>)!.maxReplicas;
    expect(schemaErrors(o.autoscaler)).toEqual(['data/spec must have required property maxReplicas']);
  });

  it('misspelled fields at compile time (the typecheck target fails if this stops being an error)', () => {
    const make = () =>
      new StatefulSet({
        metadata: { name: 'x' },
        spec: {
          // @ts-expect-error: `replica` is not a StatefulSet field
          replica: 2,
          selector: {},
          serviceName: 'x',
          template: {},
        },
      });
    expect((make().toJSON() as { spec: Record<string, unknown> }).spec.replica).toBe(2);
    const patch: StatefulSetPatch = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'worker' },
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: 'worker',
                // @ts-expect-error: `evn` is not a container field, in a patch either
                evn: [],
              },
            ],
          },
        },
      },
    };
    expect(patch.metadata.name).toBe('worker');
  });
});
