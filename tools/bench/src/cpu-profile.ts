import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function component(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (url.includes('@matrixai/quic')) return '@matrixai/quic';
  if (url.includes('@matrixai/')) return '@matrixai (other)';
  if (url.includes('protobufjs')) return 'protobufjs';
  if (url.includes('@grpc/')) return '@grpc/grpc-js';
  const lib = /\/libs\/([^/]+)\//.exec(url);
  if (lib) return `libs/${lib[1]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url === '' ? 'native' : 'other';
}

/** Reads a V8 .cpuprofile file. */
export function readCpuProfile(path: string): Profile {
  return JSON.parse(readFileSync(path, 'utf8')) as Profile;
}

/** Self time of a V8 CPU profile, per component and per top function, as text. */
export function summariseCpuProfile(profile: Profile, topFunctions = Number(process.env.PROFILE_TOP ?? 15)): string {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    total += delta;
    selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
  });
  const byComponent = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, time] of selfTime) {
    const node = nodes.get(id)!;
    const name = component(node);
    byComponent.set(name, (byComponent.get(name) ?? 0) + time);
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + time);
  }
  const pct = (time: number) => `${((100 * time) / total).toFixed(1).padStart(5)}%`;
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return [
    `${(total / 1e6).toFixed(1)} s sampled`,
    ...sorted(byComponent).map(([name, time]) => `${pct(time)}  ${name}`),
    'top functions (self time):',
    ...sorted(byFunction)
      .slice(0, topFunctions)
      .map(([name, time]) => `${pct(time)}  ${name}`),
  ].join('\n');
}
