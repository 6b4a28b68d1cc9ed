// `npm run demo`: builds what changed, issues a certificate per service identity from a development CA
// in .demo/tls (as `npm run certs` does), then runs a director, three workers with simulated failure and
// one client on localhost, each started only once the previous ones are ready. The client's output is
// shown; the other services log to .demo/<name>.log. Ctrl-C (or CLIENT_TOKENS reached) stops everything
// this script started, and nothing else.
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = join(import.meta.dirname, '..');
const logDir = join(root, '.demo');
const env = (defaults) => ({ ...defaults, ...process.env });

execFileSync(process.execPath, [join(root, 'scripts', 'ensure-deps.mjs')], { stdio: 'inherit' });
execFileSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '--projects=director,worker,client,certs', '--output-style=static'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  },
);
mkdirSync(logDir, { recursive: true });
// The log events the services announce readiness with (built above with the services).
const { DirectorLog, WorkerLog } = await import('../libs/log-events/dist/index.js');
// One key and certificate per identity; the client gets the CA alone.
const { issue } = await import('../tools/certs/dist/certs.js');
const labels = ['w1', 'w2', 'w3'];
const [directorTls, ...workerTls] = (
  await issue(join(logDir, 'tls'), [
    { identity: { role: 'director', name: 'd1' }, names: [] },
    ...labels.map((name) => ({ identity: { role: 'worker', name }, names: [] })),
  ])
).map((issued) => issued.env);

const started = [];

/** Starts a service whose JSON log goes to .demo/<name>.log; resolves when a line matches `readyMsg`. */
function startService(app, name, serviceEnv, readyMsg) {
  const child = spawn(process.execPath, [join(root, 'apps', app, 'dist', 'main.js')], {
    cwd: root,
    env: serviceEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const log = createWriteStream(join(logDir, `${name}.log`));
  child.stderr.pipe(log);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) =>
      reject(new Error(`${name} exited (${code}) before it was ready; see .demo/${name}.log`)),
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      log.write(`${line}\n`);
      try {
        if (JSON.parse(line).msg === readyMsg) resolve(child);
      } catch {
        // not a log line
      }
    });
  });
}

async function stopAll() {
  await Promise.all(
    started
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map(
        (child) =>
          new Promise((resolve) => {
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
      ),
  );
}

let exitCode = 0;
try {
  console.log('starting the director');
  await startService(
    'director',
    'director',
    env({
      DIRECTOR_NAME: 'd1',
      DIRECTOR_CLIENT_ADDR: '127.0.0.1:61000',
      DIRECTOR_MGMT_ADDR: '127.0.0.1:61001',
      MEMBERSHIP_ADDR: '127.0.0.1:61002',
      MEMBERSHIP_SEEDS: 'none',
      ...directorTls,
    }),
    DirectorLog.listening,
  );
  console.log('starting workers w1, w2, w3 (simulated failure on)');
  await Promise.all(
    labels.map((label, i) =>
      startService(
        'worker',
        label,
        env({
          WORKER_LABEL: label,
          WORKER_ADDR: `127.0.0.1:${62001 + i}`,
          MEMBERSHIP_ADDR: `127.0.0.1:${63001 + i}`,
          MEMBERSHIP_SEEDS: '127.0.0.1:61002',
          WORKER_FAILURE: 'simulated',
          ...workerTls[i],
        }),
        WorkerLog.joined,
      ),
    ),
  );
  console.log('starting the client (Ctrl-C to stop; service logs are in .demo/)');
  const client = spawn(process.execPath, [join(root, 'apps', 'client', 'dist', 'main.js')], {
    cwd: root,
    env: env({ DIRECTOR_TARGET: 'localhost:61000', TLS_CA_FILE: directorTls.TLS_CA_FILE }),
    stdio: 'inherit',
  });
  started.push(client);
  // Ctrl-C reaches the client directly (same terminal); it prints its summary and exits.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => client.kill('SIGTERM'));
  exitCode = await new Promise((resolve) => client.on('exit', (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(error.message);
  exitCode = 1;
} finally {
  await stopAll();
}
process.exit(exitCode);
