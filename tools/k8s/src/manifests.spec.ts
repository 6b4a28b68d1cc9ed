import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { problemsOf } from './kustomize.js';
import { StatefulSet, type IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IService } from 'kubernetes-models/v1/Service';
import {
  clientJob,
  directorStatefulSet,
  disruptionBudget,
  manifestFiles,
  services,
  workerStatefulSet,
  type Kustomization,
  type StatefulSetPatch,
} from './manifests.js';
import { KUBERNETES_DIR, parseYamlStream, renderAll, rootVersion } from './render.js';
import { RULES, durationMs, ruleProblems } from './rules.js';
import { schemaErrors } from './schemas.js';
import { TERMINATION_GRACE_SECONDS, WORKER_SHUTDOWN_GRACE_MS } from './settings.js';

const version = rootVersion();

/** The generated objects of the base and the local overlay's Job, as plain JSON copies (what YAML gives). */
interface Objects {
  services: Record<'director' | 'seeds' | 'workers', IService>;
  director: IStatefulSet;
  worker: IStatefulSet;
  budgets: Record<'director' | 'worker', IPodDisruptionBudget>;
  client: IJob;
}
const copy = <T>(model: { toJSON(): unknown }): T => JSON.parse(JSON.stringify(model)) as T;
function fresh(): Objects {
  const [director, seeds, workers] = services().map((s) => copy<IService>(s));
  return {
    services: { director, seeds, workers },
    director: copy(directorStatefulSet(version)),
    worker: copy(workerStatefulSet(version)),
    budgets: { director: copy(disruptionBudget('director')), worker: copy(disruptionBudget('worker')) },
    client: copy(clientJob(version)),
  };
}
const list = (o: Objects): unknown[] => [
  ...Object.values(o.services),
  o.director,
  o.budgets.director,
  o.worker,
  o.budgets.worker,
  o.client,
];
const main = (workload: IStatefulSet | IJob): IContainer => workload.spec!.template.spec!.containers[0];
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
    expect(kustomizations).toEqual(['base/kustomization.yaml', 'overlays/local/kustomization.yaml']);
    const patches = new Set<string>();
    for (const path of kustomizations) {
      const [kustomization] = committed(path) as Kustomization[];
      const dir = join(KUBERNETES_DIR, path, '..');
      const files = [...kustomization.resources, ...(kustomization.patches ?? []).map((p) => p.path)];
      expect(files.filter((file) => !existsSync(join(dir, file)))).toEqual([]);
      for (const patch of kustomization.patches ?? []) patches.add(relative(KUBERNETES_DIR, join(dir, patch.path)));
    }
    // A patch is part of an object, not one; it must name a StatefulSet of the base.
    expect([...patches]).toEqual(['overlays/local/worker-simulated-failure.yaml']);
    for (const path of patches) {
      const [patch] = committed(path) as IStatefulSet[];
      expect(patch.kind).toBe('StatefulSet');
      expect(['director', 'worker']).toContain(patch.metadata?.name);
    }
    const objects = committedFiles()
      .filter((path) => !kustomizations.includes(path) && !patches.has(path))
      .flatMap((path) => committed(path).map((object) => ({ path, object })));
    // 3 Services, 2 StatefulSets, 2 PodDisruptionBudgets, the client Job and the local Namespace.
    expect(objects.map(({ object }) => (object as { kind: string }).kind).sort()).toEqual(
      ['Job', 'Namespace', 'PodDisruptionBudget', 'PodDisruptionBudget', 'Service', 'Service', 'Service']
        .concat(['StatefulSet', 'StatefulSet'])
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
    for (const workload of [o.director, o.worker, o.client]) {
      expect(main(workload).image).toMatch(new RegExp(`^switchyard/[a-z]+:${version.replace(/\./g, '\\.')}$`));
    }
    const local = manifestFiles(version).find((f) => f.path === 'overlays/local/kustomization.yaml')!;
    expect((local.documents[0].object as Kustomization).images).toEqual([
      { name: 'switchyard/director', newTag: 'dev' },
      { name: 'switchyard/worker', newTag: 'dev' },
      { name: 'switchyard/client', newTag: 'dev' },
    ]);
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
      'StatefulSet/director container director: TLS_CERT_FILE uses $(POD_NAME) before it is defined',
      'StatefulSet/director container director: TLS_KEY_FILE uses $(POD_NAME) before it is defined',
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
    expect(schemaErrors({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'director' } })).toEqual([
      'no schema for apiVersion apps/v1, kind Deployment',
    ]);
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
