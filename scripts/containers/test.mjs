// `npm run test:containers`: the Dockerfile and docker-compose.yml, really run. Needs root on linux-x64 (podman
// from Debian; no Docker daemon or image registry is needed, and none is used if present).
//
//  1. prepares the engine (scripts/containers/engine.sh setup: packages, containers.conf, base images; idempotent)
//  2. starts its own podman API socket for docker-compose 1.29, and runs the healthchecks itself (podman runs them
//     from systemd timers, and there is no systemd)
//  3. builds the four images from the Dockerfile (switchyard/<app>:dev, the names docker-compose.yml uses)
//  4. `docker-compose up -d` under a project name of its own: directors, then workers, the client and the gateway,
//     each once what it depends on is healthy (/readyz)
//  5. waits for the client (CLIENT_TOKENS=60, LOG_LEVEL=debug) and checks what it delivered from its token log
//     lines, not from its own counts: tokens 1..200 once each, in order, each with the text its (prompt, sequence)
//     must have; and from its `summary` line, at least one failover and tokens from more than one worker container
//     Then a chat answer streamed through the gateway's published port from this process: [DONE] last, 10 words.
//  6. kills a worker's process with SIGKILL (a crash: `podman kill` would count as a stop by the user, which
//     `restart: unless-stopped` leaves stopped) and waits for the restart policy to restart it and for it to log
//     `joined the cluster` and be ready again; then one more client streams through the cluster
//  7. tears down everything it started, even on failure or Ctrl-C: `docker-compose down -v`, the healthcheck loop,
//     the podman service. Images and base images stay, as a build cache.
//
// Each step prints a line; the last line is `N passed, N failed`; the exit status is non-zero on any failure.
// Every wait is bounded. Logs of the run (builds, compose, every container) go to a folder it names.
//
// Environment: CONTAINERS_SKIP_BUILD=1 reuses existing switchyard/<app>:dev images; CONTAINERS_KEEP_LOGS=0 removes
// the log folder after a successful run; CONTAINERS_CLIENT_TIMEOUT_S (360) bounds the client's run.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDelivery } from '../../libs/service-harness/dist/index.js';

const root = join(import.meta.dirname, '..', '..');
const apps = ['director', 'worker', 'client', 'gateway'];
const project = `switchyard-ct-${process.pid}-${randomBytes(3).toString('hex')}`;
const logDir = join(tmpdir(), project);
const socketDir = '/run/switchyard-containers';
const socket = join(socketDir, `${project}.sock`);
const composeFile = join(root, 'docker-compose.yml');
// The client service's CLIENT_TOKENS in docker-compose.yml (60: 30 s of 500 ms tokens, longer than the 10–25 s after
// which a worker fails on purpose, so at least one failover).
const composeText = readFileSync(composeFile, 'utf8');
const clientTokens = Number(/^\s*CLIENT_TOKENS:\s*'?(\d+)'?\s*$/m.exec(composeText)?.[1]);
// ... and its CLIENT_PROMPT, from which the check recomputes every token's text.
const clientPrompt = /^\s*CLIENT_PROMPT:\s*'([^']*)'\s*$/m.exec(composeText)?.[1];
const clientTimeoutMs = Number(process.env.CONTAINERS_CLIENT_TIMEOUT_S ?? 360) * 1000;
const started = Date.now();

let passed = 0;
let failed = 0;
const failures = [];
let interrupted = false;

// ---------------------------------------------------------------------------------------------------------------
// Output

const clock = () => `[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s]`;
const say = (line) => console.log(`${clock()} ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one check: `fn` returns a detail string (or nothing) when it passes and throws when it fails. */
async function check(name, fn) {
  if (interrupted && !name.startsWith('teardown')) return false; // Ctrl-C: nothing new but the teardown
  say(`▶ ${name}`);
  const t0 = Date.now();
  try {
    const detail = await fn();
    passed++;
    say(`✔ ${name} (${seconds(Date.now() - t0)})${detail ? `: ${detail}` : ''}`);
    return true;
  } catch (error) {
    failed++;
    failures.push(name);
    say(`✘ ${name} (${seconds(Date.now() - t0)}): ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Processes

/** A free port on 127.0.0.1 for the gateway's published one (docker-compose.yml's GATEWAY_PORT, 8080 by default). */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}
const gatewayPort = await freePort();

const composeEnv = {
  ...process.env,
  DOCKER_HOST: `unix://${socket}`,
  COMPOSE_HTTP_TIMEOUT: '120',
  CLIENT_LOG_LEVEL: 'debug',
  GATEWAY_PORT: String(gatewayPort),
};
const children = new Set();

/**
 * Runs a command to its end within `timeoutMs` (then SIGTERM, and SIGKILL 5 s later). Resolves with its status,
 * output and whether it timed out; `log` names a file in the log folder that gets its output too.
 */
function run(command, args, { timeoutMs = 60_000, env = process.env, log, cwd = root, onLine } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let partial = '';
    const lines = (d) => {
      if (!onLine) return;
      const text = partial + d;
      const all = text.split('\n');
      partial = all.pop();
      for (const line of all) onLine(line);
    };
    child.stdout.on('data', (d) => {
      stdout += d;
      lines(d);
    });
    child.stderr.on('data', (d) => {
      stderr += d;
      lines(d);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    }, timeoutMs);
    const done = (code, error) => {
      clearTimeout(timer);
      children.delete(child);
      if (log) writeFileSync(join(logDir, log), `$ ${command} ${args.join(' ')}\n${stdout}${stderr}`);
      resolve({ code: error ? -1 : code, stdout, stderr: error ? String(error) : stderr, timedOut });
    };
    child.on('error', (error) => done(null, error));
    child.on('close', (code) => done(code));
  });
}

/** `run`, throwing with the command's last lines of output unless it exits 0. */
async function must(command, args, options = {}) {
  const result = await run(command, args, options);
  if (result.timedOut)
    throw new Error(`${command} ${args[0]} did not finish within ${seconds(options.timeoutMs ?? 60_000)}`);
  if (result.code !== 0) {
    const tail = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-15).join('\n    ');
    throw new Error(`${command} ${args.join(' ')} exited ${result.code}\n    ${tail}`);
  }
  return result.stdout;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Checks a client's delivery from its `token` log lines (LOG_LEVEL=debug); throws naming the first problems. */
function delivered(lines, count) {
  const tokens = lines.filter((line) => line.msg === 'token');
  const report = checkDelivery(tokens, clientPrompt, count);
  if (report.problems.length > 0) throw new Error(report.problems.join('; '));
  return `tokens 1..${count} exact (${report.delivered} token lines checked)`;
}

/** Polls `probe` (truthy = done) every `everyMs` until `timeoutMs`; throws `what` on timeout. */
async function waitFor(what, timeoutMs, probe, everyMs = 1_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${seconds(timeoutMs)}`);
    await sleep(everyMs);
  }
}

const compose = (args, options = {}) =>
  run('docker-compose', ['-p', project, '-f', composeFile, ...args], { env: composeEnv, ...options });

/** The container compose made for `service` (docker-compose 1.29 names it <project>_<service>_1). */
const container = (service) => `${project}_${service}_1`;
const services = ['director-1', 'director-2', 'worker-1', 'worker-2', 'worker-3', 'client', 'gateway'];

async function inspect(name) {
  const result = await run('podman', ['inspect', '--type', 'container', name], { timeoutMs: 30_000 });
  if (result.code !== 0) return undefined;
  return JSON.parse(result.stdout)[0];
}

/** The service's JSON log lines (stdout and stderr), parsed; `since` an RFC 3339 time. */
async function logLines(service, since) {
  const args = ['logs', ...(since ? ['--since', since] : []), container(service)];
  const { stdout, stderr } = await run('podman', args, { timeoutMs: 30_000 });
  return `${stdout}\n${stderr}`
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      try {
        return JSON.parse(line);
      } catch {
        return undefined;
      }
    })
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------------------
// The podman API service and the healthcheck loop (both ours, stopped by teardown)

let service;
let healthLoop;

function ping() {
  return new Promise((resolve) => {
    const req = request({ socketPath: socket, path: '/_ping', timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

async function startService() {
  mkdirSync(socketDir, { recursive: true });
  rmSync(socket, { force: true });
  service = spawn('podman', ['system', 'service', '--time=0', `unix://${socket}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group, so that stopping it also stops what it forked
  });
  let serviceErr = '';
  service.stderr.on('data', (d) => (serviceErr = `${serviceErr}${d}`.slice(-4000)));
  service.on('exit', (code, signal) => {
    if (service) writeFileSync(join(logDir, 'podman-service.log'), serviceErr);
    if (service && !service.stopping) say(`  podman service exited (${code ?? signal})`);
  });
  await waitFor(`the podman API on ${socket}`, 20_000, ping, 200);
  return `pid ${service.pid}, DOCKER_HOST=unix://${socket}`;
}

/** Runs `podman healthcheck run` for this project's containers that have a healthcheck, every 5 s (their interval). */
function startHealthLoop() {
  let stopped = false;
  let timer;
  const round = async () => {
    if (stopped) return;
    const list = await run(
      'podman',
      ['ps', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.ID}}'],
      { timeoutMs: 20_000 },
    );
    const ids = list.stdout
      .split('\n')
      .map((line) => line.split(' ')[0])
      .filter(Boolean);
    // A container without a healthcheck (the client) answers with an error at once; that is fine.
    await Promise.all(ids.map((id) => run('podman', ['healthcheck', 'run', id], { timeoutMs: 20_000 })));
    if (!stopped) timer = setTimeout(round, 5_000);
  };
  timer = setTimeout(round, 0);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Teardown: everything this run started, whatever happened before

/** After a failure: each container's state and its last log lines. */
async function diagnose() {
  for (const name of services) {
    const info = await inspect(container(name));
    const state = info?.State;
    if (!state) continue;
    const health = state.Health?.Status ?? state.Healthcheck?.Status;
    say(
      `  ${name}: ${state.Status}${health ? ` (${health})` : ''}, exit ${state.ExitCode}, restarts ${info.RestartCount ?? '?'}`,
    );
    // The last healthchecks: when each ran, its exit code and what it printed (why a container is unhealthy).
    for (const entry of (state.Health ?? state.Healthcheck)?.Log?.slice(-3) ?? []) {
      say(
        `    healthcheck ${entry.Start}: exit ${entry.ExitCode} ${String(entry.Output ?? '')
          .trim()
          .slice(0, 200)}`,
      );
    }
    const { stdout, stderr } = await run('podman', ['logs', '--tail', '4', container(name)], { timeoutMs: 30_000 });
    for (const line of `${stdout}${stderr}`.trim().split('\n').filter(Boolean)) say(`    ${line.slice(0, 200)}`);
  }
}

let tornDown = false;
async function teardown() {
  if (tornDown) return;
  tornDown = true;
  healthLoop?.stop();
  if (service) {
    await check('teardown: docker-compose down -v', async () => {
      // Keep every container's log for the record first.
      for (const name of services) {
        const { stdout, stderr } = await run('podman', ['logs', container(name)], { timeoutMs: 30_000 });
        if (stdout || stderr) writeFileSync(join(logDir, `${name}.log`), `${stdout}${stderr}`);
      }
      if (failed > 0 && !interrupted) await diagnose();
      const down = await compose(['down', '-v', '--remove-orphans', '-t', '10'], {
        timeoutMs: 180_000,
        log: 'compose-down.log',
      });
      // Whatever compose could not remove, by this project's label.
      const label = `label=com.docker.compose.project=${project}`;
      const left = (await run('podman', ['ps', '-aq', '--filter', label])).stdout.split('\n').filter(Boolean);
      if (left.length) await run('podman', ['rm', '-f', '-t', '5', ...left], { timeoutMs: 120_000 });
      const volumes = (await run('podman', ['volume', 'ls', '-q', '--filter', label])).stdout
        .split('\n')
        .filter(Boolean);
      if (volumes.length) await run('podman', ['volume', 'rm', '-f', ...volumes]);
      const networks = (await run('podman', ['network', 'ls', '-q', '--filter', label])).stdout
        .split('\n')
        .filter(Boolean);
      if (networks.length) await run('podman', ['network', 'rm', '-f', ...networks]);
      if (down.code !== 0 || down.timedOut)
        throw new Error(`docker-compose down ${down.timedOut ? 'timed out' : `exited ${down.code}`}; removed by label`);
      if (left.length || volumes.length || networks.length)
        throw new Error(
          `left behind: ${left.length} containers, ${volumes.length} volumes, ${networks.length} networks`,
        );
      return 'no container, volume or network of the project left';
    });
    service.stopping = true;
    const exited = new Promise((resolve) => service.once('exit', resolve));
    try {
      process.kill(-service.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    const killTimer = setTimeout(() => {
      try {
        process.kill(-service.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 10_000);
    await Promise.race([exited, sleep(15_000)]);
    clearTimeout(killTimer);
    rmSync(socket, { force: true });
    say(`  podman service (pid ${service.pid}) stopped`);
  }
  for (const child of children) child.kill('SIGKILL');
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    say(`${signal}: tearing down`);
    failed++;
    failures.push(signal);
    void teardown().then(finish);
  });
}

function finish() {
  if (failures.length) say(`failed: ${failures.join('; ')}`);
  say(`logs: ${logDir}`);
  if (failed === 0 && process.env.CONTAINERS_KEEP_LOGS === '0') rmSync(logDir, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

// ---------------------------------------------------------------------------------------------------------------
// The run

async function main() {
  mkdirSync(logDir, { recursive: true });
  say(`containers test: project ${project}, logs in ${logDir}`);
  if (!(clientTokens > 0) || clientPrompt === undefined) {
    await check('preconditions', () => {
      throw new Error(`no CLIENT_TOKENS or CLIENT_PROMPT (quoted) for the client service in ${composeFile}`);
    });
    return;
  }
  if (process.platform !== 'linux' || process.arch !== 'x64' || process.getuid?.() !== 0) {
    await check('preconditions', () => {
      throw new Error('needs root on linux-x64 (rootful podman; @matrixai/quic is built for linux-x64 only)');
    });
    return;
  }

  if (
    !(await check('engine ready (scripts/containers/engine.sh setup)', () =>
      must('bash', [join(import.meta.dirname, 'engine.sh'), 'setup'], {
        timeoutMs: 20 * 60_000,
        log: 'engine-setup.log',
      }).then(() => 'podman, runc, docker-compose 1.29, base images'),
    ))
  )
    return;

  await check('docker-compose.yml valid (docker-compose config -q)', () =>
    must('docker-compose', ['-f', composeFile, 'config', '-q'], { timeoutMs: 60_000 }),
  );

  if (!(await check('podman API service started', startService))) return;

  for (const app of apps) {
    const image = `switchyard/${app}:dev`;
    const ok = await check(`image ${image} built from the Dockerfile`, async () => {
      if (process.env.CONTAINERS_SKIP_BUILD === '1') {
        await must('podman', ['image', 'exists', image]);
        return 'reused (CONTAINERS_SKIP_BUILD=1)';
      }
      // The host's npm cache, lent to the image's `npm ci` (the install this clone just made filled it): the same
      // packages from the same lockfile, without fetching them again. The Dockerfile does not depend on it.
      const npmCache = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
      const args = ['build', '--build-arg', `APP=${app}`, '-v', `${npmCache}:/root/.npm`, '-t', image];
      await must('podman', [...args, '-f', join(root, 'Dockerfile'), root], {
        timeoutMs: 20 * 60_000,
        log: `build-${app}.log`,
        // Its RUN steps as they start (a cold build takes minutes); cached ones pass at once.
        onLine: (line) => {
          if (/^(\[\d+\/\d+\] )?STEP \d+\/\d+: RUN /.test(line)) say(`  │ ${line.slice(0, 110)}`);
        },
      });
      const size = await must('podman', ['image', 'inspect', '--format', '{{.Size}}', image]);
      return `${Math.round(Number(size) / 1e6)} MB`;
    });
    if (!ok) return;
  }

  healthLoop = startHealthLoop();

  const up = await check('compose up: directors, workers, client started in order, healthchecks passing', async () => {
    const result = await compose(['up', '-d', '--no-build'], { timeoutMs: 6 * 60_000, log: 'compose-up.log' });
    if (result.timedOut || result.code !== 0) {
      const tail = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-10).join('\n    ');
      throw new Error(
        `docker-compose up ${result.timedOut ? 'did not finish within 360 s' : `exited ${result.code}`}\n    ${tail}`,
      );
    }
    const health = [];
    for (const name of ['director-1', 'director-2', 'worker-1', 'worker-2', 'worker-3']) {
      const state = (await inspect(container(name)))?.State;
      const status = state?.Health?.Status ?? state?.Healthcheck?.Status;
      health.push(`${name} ${status}`);
      if (status !== 'healthy') throw new Error(`${name} is ${status ?? 'missing'} after up`);
    }
    return health.join(', ');
  });
  if (!up) return;

  let summary;
  let clientLines = [];
  const clientDone = await check(`client streams ${clientTokens} tokens and exits 0`, async () => {
    const state = await waitFor(
      'the client to exit',
      clientTimeoutMs,
      async () => {
        const s = (await inspect(container('client')))?.State;
        return s && s.Status === 'exited' ? s : undefined;
      },
      2_000,
    );
    clientLines = await logLines('client');
    summary = clientLines.find((line) => line.msg === 'summary');
    if (state.ExitCode !== 0) throw new Error(`exit status ${state.ExitCode}`);
    if (!summary) throw new Error('no `summary` line in its log');
    return `in ${seconds(summary.elapsedMs)}`;
  });
  if (clientDone && summary) {
    await check(`tokens 1..${clientTokens} delivered once each, in order, with their texts`, () =>
      delivered(clientLines, clientTokens),
    );
    await check('failover across worker containers', () => {
      const workers = Object.keys(summary.perWorker ?? {});
      if (!(summary.failovers >= 1)) throw new Error(`${summary.failovers} failovers`);
      if (workers.length < 2) throw new Error(`tokens came from ${workers.join(', ') || 'no worker'} only`);
      return `${summary.failovers} failovers, worst ${summary.maxFailoverMs} ms, tokens per worker ${JSON.stringify(summary.perWorker)}`;
    });
  }

  await check('the gateway streams a chat answer from the host (the OpenAI API, published port)', async () => {
    // Nothing waits for the gateway's health in `up` (no service depends on it): wait for it here.
    await waitFor('the gateway healthy', 90_000, async () => {
      const state = (await inspect(container('gateway')))?.State;
      return (state?.Health?.Status ?? state?.Healthcheck?.Status) === 'healthy';
    });
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'synthetic',
        messages: [{ role: 'user', content: 'hi' }],
        max_tokens: 10,
        stream: true,
      }),
      signal: AbortSignal.timeout(60_000),
    });
    if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
    const events = (await response.text()).split('\n\n').filter(Boolean);
    if (events.at(-1) !== 'data: [DONE]') throw new Error(`no [DONE] last: ${events.at(-1)}`);
    const chunks = events.slice(0, -1).map((event) => JSON.parse(event.slice('data: '.length)));
    const text = chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('');
    const finish = chunks.at(-1).choices[0]?.finish_reason;
    if (text.split(' ').length !== 10 || finish !== 'length') throw new Error(`"${text}", finish ${finish}`);
    return `"${text}"`;
  });

  const victim = 'worker-1';
  let killedAt;
  const restarted = await check(`${victim} killed (SIGKILL) is restarted by its restart policy`, async () => {
    const before = (await inspect(container(victim)))?.State;
    if (!before?.Running || !before.Pid) throw new Error(`${victim} is not running (${before?.Status})`);
    killedAt = new Date();
    process.kill(before.Pid, 'SIGKILL');
    const after = await waitFor('a restart', 90_000, async () => {
      const s = (await inspect(container(victim)))?.State;
      return s?.Running && s.Pid !== before.Pid && new Date(s.StartedAt) > killedAt ? s : undefined;
    });
    return `pid ${before.Pid} killed, running again as pid ${after.Pid} after ${seconds(new Date(after.StartedAt) - killedAt)}`;
  });
  if (restarted) {
    await check(`${victim} rejoins: logs \`joined the cluster\` and /readyz is 200 again`, async () => {
      const since = killedAt.toISOString();
      const joined = await waitFor('`joined the cluster` from the restarted worker', 90_000, async () =>
        (await logLines(victim, since)).find((line) => line.msg === 'joined the cluster'),
      );
      await waitFor(`${victim} /readyz 200`, 60_000, async () => {
        const { code } = await run('podman', ['healthcheck', 'run', container(victim)], { timeoutMs: 20_000 });
        return code === 0;
      });
      const after = (time) => seconds(time - killedAt.getTime());
      // For the record, what the directors would assign now (a restart quicker than failure detection leaves
      // their view unchanged, so they may log nothing about it).
      const assignable = [];
      for (const director of ['director-1', 'director-2']) {
        const { stdout } = await run(
          'podman',
          [
            'exec',
            container(director),
            'node',
            '-e',
            "fetch('http://127.0.0.1:9400/metrics').then(r=>r.text()).then(t=>console.log(t))",
          ],
          { timeoutMs: 20_000 },
        );
        const value = /^switchyard_assignable_workers (\S+)$/m.exec(stdout)?.[1];
        if (value !== undefined) assignable.push(`${director} ${value}`);
      }
      return `joined the cluster ${after(joined.time)} after the kill (through ${joined.director ?? 'a director'}), /readyz 200 ${after(Date.now())} after${assignable.length ? `; assignable workers: ${assignable.join(', ')}` : ''}`;
    });
    // Only once the first client has exited: docker-compose 1.29 links a one-off container to its service's
    // running containers, which podman refuses ("link is not supported").
    if (clientDone)
      await check('another client (docker-compose run --rm client) streams 20 tokens', async () => {
        const result = await compose(
          ['run', '--rm', '-T', '-e', 'CLIENT_TOKENS=20', '-e', 'LOG_LEVEL=debug', 'client'],
          {
            timeoutMs: 120_000,
            log: 'client-run.log',
          },
        );
        if (result.timedOut) throw new Error('did not finish within 120 s');
        const lines = `${result.stdout}\n${result.stderr}`
          .split('\n')
          .filter((l) => l.includes('{"level"'))
          .map((l) => JSON.parse(l.slice(l.indexOf('{'))));
        const line = lines.find((l) => l.msg === 'summary');
        if (result.code !== 0) throw new Error(`exit status ${result.code}`);
        if (!line) throw new Error('no `summary` line in its log');
        return `${delivered(lines, 20)}, ${line.failovers} failovers, from ${Object.keys(line.perWorker).join(', ')}`;
      });
  }
}

try {
  await main();
} catch (error) {
  failed++;
  failures.push('unexpected error');
  say(`✘ unexpected error: ${error?.stack ?? error}`);
}
if (!interrupted) {
  await teardown();
  finish();
}
