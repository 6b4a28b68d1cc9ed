// `npm run demo`: builds what changed, issues a certificate per service identity from a development CA
// in .demo/tls (as `npm run certs` does), then runs a director, three workers with simulated failure and
// one client on localhost, each started only once the previous ones are ready. Every service's JSON log
// goes to .demo/<name>.log and is shown here one line per event (time, service, message, key fields); the
// client logs at debug, and its tokens are shown as the streamed text, with a live progress line on a
// terminal (plain lines, and a progress line every 10 s, when the output is not a terminal). Ctrl-C (or
// CLIENT_TOKENS reached) stops everything this script started, and nothing else. At the end it checks what the client
// delivered from its token lines, not from its summary: every token once, in order, each with the text its (prompt,
// sequence) must have (with WORKER_ENGINE=llama, a real model's answer: order and completeness only); a failed check
// makes the exit status 1.
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = join(import.meta.dirname, '..');
const logDir = join(root, '.demo');
const env = (defaults) => ({ ...defaults, ...process.env });

execFileSync(process.execPath, [join(root, 'scripts', 'ensure-deps.mjs')], { stdio: 'inherit' });
execFileSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '--projects=director,worker,client,certs,service-harness', '--output-style=static'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  },
);
mkdirSync(logDir, { recursive: true });
// The log events the services announce readiness with (built above with the services).
const { ClientLog, DirectorLog, MemberLog, ServiceLog, WorkerLog } = await import('../libs/log-events/dist/index.js');
const { DeliveryCheck } = await import('../libs/service-harness/dist/index.js');
const { DEFAULT_PROMPT } = await import('../apps/client/dist/config.js');
// WORKER_ENGINE=llama: the workers run a real model (the project's own tiny GGUF unless WORKER_MODEL names one),
// a token every 100 ms unless WORKER_TOKEN_INTERVAL_MS says otherwise.
const llama = process.env.WORKER_ENGINE === 'llama';
const engineEnv = {};
if (llama) {
  engineEnv.WORKER_TOKEN_INTERVAL_MS = '100';
  if (!process.env.WORKER_MODEL) {
    const { tinyLlamaGguf } = await import('../libs/serving/dist/testing/index.js');
    engineEnv.WORKER_MODEL = join(logDir, 'tiny-llama.gguf');
    mkdirSync(logDir, { recursive: true });
    writeFileSync(engineEnv.WORKER_MODEL, tinyLlamaGguf());
  }
}
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

// ---- Output: one line per event, the streamed text, a progress line. ----

const tty = process.stdout.isTTY === true;
const color = tty && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const SERVICE_COLORS = { director: '35', w1: '36', w2: '33', w3: '32', client: '34' };
/** pino levels: warn 40, error 50, fatal 60. */
const levelColor = (level) => (level >= 50 ? '31' : level >= 40 ? '33' : '');
const NAME_WIDTH = 8;

/** Lines of every service, and of every member (directors and workers). */
const memberFields = {
  [MemberLog.listening]: ['port', 'advertise', 'seeds'],
  [MemberLog.joined]: ['member', 'role', 'address'],
  [MemberLog.suspected]: ['member', 'incarnation'],
  [MemberLog.dead]: ['member', 'incarnation'],
  [MemberLog.left]: ['member'],
  [MemberLog.refused]: ['from', 'count'],
  [ServiceLog.stopping]: ['signal'],
  [ServiceLog.developmentTls]: ['dir'],
  [ServiceLog.startFailed]: ['err'],
};
/**
 * The fields shown for each message of each service (README "Logs"), in order; a message not listed shows all
 * its fields but the ones every line has.
 */
const FIELDS = {
  director: {
    ...memberFields,
    [DirectorLog.listening]: ['clientPort', 'mgmtPort', 'membershipPort'],
    [DirectorLog.workerAvailable]: ['worker', 'endpoint', 'status'],
    [DirectorLog.workerUnavailable]: ['worker', 'endpoint', 'status'],
    [DirectorLog.workerAssigned]: ['worker', 'excluded', 'sessionId'],
    [DirectorLog.noWorkerAvailable]: ['excluded', 'workers', 'sessionId'],
  },
  worker: {
    ...memberFields,
    [WorkerLog.listening]: ['port', 'advertise'],
    [WorkerLog.joined]: ['director'],
    [WorkerLog.streamStarted]: ['resumeAfter', 'streams', 'sessionId'],
    [WorkerLog.streamEnded]: ['lastSequence', 'sent', 'ended', 'sessionId'],
    [WorkerLog.simulatedFailure]: ['afterMs', 'streams', 'recoveryMs'],
    [WorkerLog.recovered]: [],
  },
  client: {
    ...memberFields,
    [ClientLog.starting]: ['directors', 'tokens'],
    [ClientLog.workerAssigned]: ['worker', 'endpoint', 'excluded', 'sessionId'],
    [ClientLog.streamConnected]: ['worker', 'resumeAfter'],
    [ClientLog.stallProbe]: ['worker', 'silentMs'],
    [ClientLog.failover]: ['from', 'reason', 'violation', 'detectMs', 'lastSequence', 'err'],
    [ClientLog.resumed]: ['worker', 'afterSequence', 'failoverMs'],
    [ClientLog.retrying]: ['retryInMs'],
    [ClientLog.noWorkerAvailable]: ['retryInMs'],
    [ClientLog.directorUnreachable]: ['director', 'err', 'retryInMs'],
    [ClientLog.summary]: [
      'tokens',
      'lastSequence',
      'failovers',
      'violations',
      'perWorker',
      'maxFailoverMs',
      'elapsedMs',
    ],
  },
};
const COMMON_FIELDS = new Set(['level', 'time', 'pid', 'hostname', 'service', 'msg', 'component']);

const clock = (time) => new Date(time).toTimeString().slice(0, 8) + '.' + String(time % 1000).padStart(3, '0');

/** `key=value`, values compact: session ids shortened, errors as their message, objects unquoted, long text cut. */
function field(key, value) {
  // pino writes an Error as { type, message, stack }.
  if (typeof value === 'object' && value !== null && typeof value.message === 'string') value = value.message;
  let text;
  if (key === 'sessionId' && typeof value === 'string') text = value.replace(/^(conn-[0-9a-f]{8})[0-9a-f-]+$/, '$1…');
  else if (typeof value === 'string') text = value;
  else text = JSON.stringify(value).replace(/"([^"]*)":/g, '$1:');
  if (text.length > 80) text = `${text.slice(0, 79)}…`;
  if (typeof value === 'string' && /[\s"=]/.test(text)) text = JSON.stringify(text);
  return `${key}=${text}`;
}

/** One log line of service `name` as one line: time, name, message, its key fields. */
function formatEvent(name, event) {
  const service = typeof event.service === 'string' ? event.service : name;
  const keys = FIELDS[service]?.[event.msg] ?? Object.keys(event).filter((key) => !COMMON_FIELDS.has(key));
  const fields = keys
    .filter((key) => event[key] !== undefined && event[key] !== null)
    .map((key) => field(key, event[key]));
  const time = typeof event.time === 'number' ? event.time : Date.now();
  const msg = levelColor(event.level) ? paint(levelColor(event.level), event.msg) : event.msg;
  return `${paint('2', clock(time))} ${paint(SERVICE_COLORS[name] ?? '0', name.padEnd(NAME_WIDTH))}  ${msg}${fields.length ? ` ${fields.join(' ')}` : ''}`;
}

/**
 * The terminal: event lines, the streamed text (a line that grows token by token, ended before the next event
 * line or at the terminal's width) and, on a terminal, a progress line kept below everything. When stdout is
 * not a terminal, text and events are plain lines and progress is a line of its own every 10 s.
 */
class Screen {
  /** The streamed-text line being built (plain text and its rendering), if any. */
  text = undefined;
  progress = { tokens: 0, failovers: 0, worker: '(connecting)', arrivals: [], firstAt: undefined, target: 0 };
  live = 0;
  /** Whether the client runs (the progress line is shown only then). */
  active = false;

  get width() {
    return tty ? Math.max(40, (process.stdout.columns ?? 100) - 1) : 100;
  }

  event(line) {
    this.clearLive();
    this.endText();
    process.stdout.write(`${line}\n`);
    this.drawLive();
  }

  token(time, text) {
    // Control characters would upset the line: spaces instead.
    const clean = [...String(text)].map((c) => (c < ' ' || c === '\x7f' ? ' ' : c)).join('');
    const p = this.progress;
    p.tokens++;
    p.arrivals.push(Date.now());
    p.firstAt ??= Date.now();
    this.clearLive();
    if (this.text && this.text.plain.length + clean.length > this.width) this.endText();
    if (!this.text) {
      const head = `${clock(time)} ${'client'.padEnd(NAME_WIDTH)}  `;
      this.text = {
        plain: head,
        shown: `${paint('2', clock(time))} ${paint(SERVICE_COLORS.client, 'client'.padEnd(NAME_WIDTH))}  `,
      };
      if (!tty) process.stdout.write(this.text.shown);
      const first = clean.replace(/^ /, '');
      this.text.plain += first;
      this.text.shown += first;
      if (!tty) process.stdout.write(first);
    } else {
      this.text.plain += clean;
      this.text.shown += clean;
      if (!tty) process.stdout.write(clean);
    }
    this.drawLive();
  }

  /** Ends the streamed-text line (it stays on screen). */
  endText() {
    if (!this.text) return;
    process.stdout.write(tty ? `${this.text.shown}\n` : '\n');
    this.text = undefined;
  }

  progressLine() {
    const p = this.progress;
    const now = Date.now();
    p.arrivals = p.arrivals.filter((at) => at > now - 5000);
    // Tokens per second over the last 5 s (or since the first token, at least 1 s).
    const span = p.firstAt === undefined ? 1 : Math.min(5, Math.max(1, (now - p.firstAt) / 1000));
    const rate = p.arrivals.length / span;
    const of = p.target > 0 ? `/${p.target}` : '';
    return `tokens ${p.tokens}${of}  ${rate.toFixed(1)}/s  worker ${p.worker}  failovers ${p.failovers}`;
  }

  /** Non-terminal output: the progress as a line of its own. */
  printProgress() {
    if (tty || !this.active) return;
    this.endText();
    process.stdout.write(`${clock(Date.now())} ${'progress'.padEnd(NAME_WIDTH)}  ${this.progressLine()}\n`);
  }

  clearLive() {
    if (!tty || this.live === 0) return;
    // The progress line, and the text line above it when one is being built.
    process.stdout.write('\r\x1b[K' + '\x1b[1A\r\x1b[K'.repeat(this.live - 1));
    this.live = 0;
  }

  drawLive() {
    if (!tty || !this.active) return;
    const status = paint('7', ` ${this.progressLine()} `);
    process.stdout.write(this.text ? `${this.text.shown}\n${status}` : status);
    this.live = this.text ? 2 : 1;
  }

  redraw() {
    this.clearLive();
    this.drawLive();
  }

  /** Leaves the screen with nothing live: the text line ended, the progress line gone (or printed). */
  finish() {
    this.clearLive();
    this.endText();
    this.printProgress();
  }
}

const screen = new Screen();
const clientEnv = env({ CLIENT_PROMPT: DEFAULT_PROMPT });
/** The consumer's own check of what the client delivered (fed its token lines). */
// A real model's answer has no oracle here: order and completeness only.
const delivery = new DeliveryCheck(llama ? undefined : clientEnv.CLIENT_PROMPT);
let summary;

/** Feeds one stdout line of service `name` to the screen (and the client's events to the progress line). */
function show(name, line) {
  let event;
  try {
    event = JSON.parse(line);
  } catch {
    screen.event(`${clock(Date.now())} ${name.padEnd(NAME_WIDTH)}  ${line}`);
    return;
  }
  if (typeof event !== 'object' || event === null || typeof event.msg !== 'string') {
    screen.event(`${clock(Date.now())} ${name.padEnd(NAME_WIDTH)}  ${line}`);
    return;
  }
  if (name === 'client') {
    const p = screen.progress;
    switch (event.msg) {
      case ClientLog.token:
        delivery.add(event);
        screen.token(event.time, event.text ?? '');
        return;
      case ClientLog.summary:
        summary = event;
        break;
      case ClientLog.starting:
        p.target = Number(event.tokens) || 0;
        break;
      case ClientLog.workerAssigned:
        p.worker = `${event.worker} (connecting)`;
        break;
      case ClientLog.streamConnected:
      case ClientLog.resumed:
        p.worker = String(event.worker);
        break;
      case ClientLog.failover:
        p.failovers++;
        p.worker = '(failing over)';
        break;
    }
  }
  // Debug lines (the client runs at debug for its tokens) stay in the log files, but for the session's own.
  const sessionDebug =
    name === 'client' && (event.msg === ClientLog.streamConnected || event.msg === ClientLog.stallProbe);
  if (typeof event.level === 'number' && event.level < 30 && !sessionDebug) return;
  screen.event(formatEvent(name, event));
}

/** A line of the demo's own. */
const note = (text) => screen.event(`${paint('2', clock(Date.now()))} ${'demo'.padEnd(NAME_WIDTH)}  ${text}`);

/**
 * Runs an app whose JSON log goes to .demo/<name>.log and, a line per event, to the screen; stderr goes to the
 * log file too (or to ours, with `stderr: 'inherit'`).
 */
function run(app, name, serviceEnv, { stderr = 'pipe' } = {}) {
  const child = spawn(process.execPath, [join(root, 'apps', app, 'dist', 'main.js')], {
    cwd: root,
    env: serviceEnv,
    stdio: ['ignore', 'pipe', stderr],
  });
  started.push(child);
  const log = createWriteStream(join(logDir, `${name}.log`));
  child.stderr?.pipe(log);
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    log.write(`${line}\n`);
    show(name, line);
  });
  return { child, lines };
}

/** Starts a service (see `run`); resolves when a line matches `readyMsg`. */
function startService(app, name, serviceEnv, readyMsg) {
  const { child, lines } = run(app, name, serviceEnv);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) =>
      reject(new Error(`${name} exited (${code}) before it was ready; see .demo/${name}.log`)),
    );
    lines.on('line', (line) => {
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

// Ctrl-C on a terminal reaches every process started here (one process group); a signal sent to this script
// alone is passed to the client, which logs its summary and exits, or, before the client runs, stops the rest.
let client;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (client) client.kill(signal);
    else stopAll().then(() => process.exit(130));
  });
}

let exitCode = 0;
try {
  note('starting the director');
  await startService(
    'director',
    'director',
    env({
      DIRECTOR_NAME: 'd1',
      DIRECTOR_CLIENT_ADDR: '127.0.0.1:61000',
      DIRECTOR_MGMT_ADDR: '127.0.0.1:61001',
      MEMBERSHIP_ADDR: '127.0.0.1:61002',
      MEMBERSHIP_SEEDS: 'none',
      ADMIN_ADDR: '127.0.0.1:9401',
      ...directorTls,
    }),
    DirectorLog.listening,
  );
  note(
    `starting workers w1, w2, w3 (simulated failure on${llama ? `, model ${process.env.WORKER_MODEL ?? engineEnv.WORKER_MODEL}` : ''})`,
  );
  await Promise.all(
    labels.map((label, i) =>
      startService(
        'worker',
        label,
        env({
          ...engineEnv,
          WORKER_LABEL: label,
          WORKER_ADDR: `127.0.0.1:${62001 + i}`,
          MEMBERSHIP_ADDR: `127.0.0.1:${63001 + i}`,
          MEMBERSHIP_SEEDS: '127.0.0.1:61002',
          WORKER_FAILURE: 'simulated',
          // Each its own admin port (/metrics, /healthz, /readyz): 9402, 9403, 9404.
          ADMIN_ADDR: `127.0.0.1:${9402 + i}`,
          ...workerTls[i],
        }),
        WorkerLog.joined,
      ),
    ),
  );
  note('starting the client (Ctrl-C to stop; every log is in .demo/)');
  // At debug the client logs every token: shown as the streamed text.
  ({ child: client } = run(
    'client',
    'client',
    { DIRECTOR_TARGET: 'localhost:61000', TLS_CA_FILE: directorTls.TLS_CA_FILE, ...clientEnv, LOG_LEVEL: 'debug' },
    { stderr: 'inherit' },
  ));
  screen.active = true;
  const ticker = setInterval(() => (tty ? screen.redraw() : screen.printProgress()), tty ? 500 : 10_000);
  // 'close': its output has been read to the end (the summary included).
  exitCode = await new Promise((resolve) => client.on('close', (code) => resolve(code ?? 1)));
  clearInterval(ticker);
  screen.finish();
  screen.active = false;
  if (summary) {
    const report = delivery.finish(summary.lastSequence);
    if (report.problems.length === 0) note(`checked: tokens 1..${summary.lastSequence} delivered once each, in order`);
    else {
      note(`check failed: ${report.problems.join('; ')}`);
      exitCode ||= 1;
    }
  }
} catch (error) {
  screen.finish();
  console.error(error.message);
  exitCode = 1;
} finally {
  await stopAll();
}
process.exit(exitCode);
