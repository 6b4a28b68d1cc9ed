import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { AdminServer, type Readiness } from './admin-server.js';
import { ClientMetrics, DirectorMetrics, WorkerMetrics } from './metrics.js';
import { sampleValue } from './sample.js';

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
  allow: string | undefined;
}

function http(port: number, method: string, path: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers['content-type'],
          body,
          allow: res.headers.allow,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('AdminServer over HTTP', () => {
  let server: AdminServer;
  let port: number;
  let readiness: Readiness;
  const metrics = new WorkerMetrics('1.2.3');

  beforeAll(async () => {
    readiness = { ready: false, checks: { joined: false, accepting: true } };
    server = new AdminServer({ metrics: () => metrics.exposition(), readiness: () => readiness });
    port = await server.start({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => server.stop());

  it('answers /healthz with 200', async () => {
    const reply = await http(port, 'GET', '/healthz');
    expect(reply).toMatchObject({ status: 200, body: 'ok\n' });
  });

  it('answers /readyz with 503 and the failing check, then 200 once ready', async () => {
    const before = await http(port, 'GET', '/readyz');
    expect(before.status).toBe(503);
    expect(JSON.parse(before.body)).toEqual({ ready: false, checks: { joined: false, accepting: true } });
    readiness = { ready: true, checks: { joined: true, accepting: true } };
    const after = await http(port, 'GET', '/readyz');
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body).ready).toBe(true);
  });

  it('serves the metrics in Prometheus text format, with the values set', async () => {
    metrics.tokensSent.inc(7);
    metrics.sessionsInFlight.set(3);
    const reply = await http(port, 'GET', '/metrics');
    expect(reply.status).toBe(200);
    expect(reply.type).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(reply.body).toContain('switchyard_tokens_sent_total 7\n');
    expect(reply.body).toContain('switchyard_sessions_in_flight 3\n');
    expect(reply.body).toMatch(
      /^switchyard_build_info\{service="worker",version="1\.2\.3",node_version="[\d.]+"\} 1$/m,
    );
    expect(reply.body).toContain('# TYPE process_cpu_seconds_total counter');
    expect(reply.body).toContain('# TYPE nodejs_active_handles gauge');
    expect(reply.body).not.toContain('nodejs_active_handles_total');
  });

  it('answers HEAD without a body', async () => {
    const reply = await http(port, 'HEAD', '/healthz');
    expect(reply).toMatchObject({ status: 200, body: '' });
  });

  it('refuses unknown paths with 404 and other methods with 405', async () => {
    expect((await http(port, 'GET', '/admin')).status).toBe(404);
    const post = await http(port, 'POST', '/metrics');
    expect(post.status).toBe(405);
    expect(post.allow).toBe('GET, HEAD');
  });

  it('rejects start on an address already bound', async () => {
    const other = new AdminServer({ metrics: async () => '', readiness: () => readiness });
    await expect(other.start({ host: '127.0.0.1', port })).rejects.toThrow(/EADDRINUSE/);
  });
});

/** Connects from `localAddress` and resolves once connected. */
function open(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket));
    socket.on('error', reject);
  });
}

/** Sends a GET on `socket`; resolves with the first bytes answered, or `closed` if the server closed it first. */
function ask(socket: Socket, path: string): Promise<string> {
  return new Promise((resolve) => {
    socket.once('data', (data) => resolve(String(data).split('\r\n')[0]));
    socket.once('close', () => resolve('closed'));
    socket.on('error', () => undefined);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: admin\r\n\r\n`);
  });
}

const closed = (socket: Socket) =>
  new Promise<void>((resolve) => {
    socket.on('error', () => undefined);
    if (socket.destroyed) resolve();
    else socket.once('close', () => resolve());
  });

describe('AdminServer against abusive peers', () => {
  const ready = () => ({ ready: true, checks: {} });
  let server: AdminServer;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await server.stop();
  });
  const track = (socket: Socket) => (sockets.push(socket), socket);

  it('closes a connection that sends nothing within idleTimeoutMs', async () => {
    server = new AdminServer({ metrics: async () => '', readiness: ready, idleTimeoutMs: 100 });
    const port = await server.start({ host: '127.0.0.1', port: 0 });
    const idle = track(await open(port));
    const partial = track(await open(port));
    partial.write('GET /metrics HTTP/1.1\r\nHost: admin\r\n');
    await Promise.all([closed(idle), closed(partial)]);
  });

  it('closes connections past maxConnections at once; the ones it holds are answered', async () => {
    server = new AdminServer({ metrics: async () => '', readiness: ready, maxConnections: 2 });
    const port = await server.start({ host: '127.0.0.1', port: 0 });
    const [first, second] = [track(await open(port)), track(await open(port))];
    expect(await ask(track(await open(port)), '/healthz')).toBe('closed');
    expect(await ask(first, '/healthz')).toBe('HTTP/1.1 200 OK');
    expect(await ask(second, '/healthz')).toBe('HTTP/1.1 200 OK');
  });

  it('closes connections past maxConnectionsPerAddress from one address; other addresses connect', async () => {
    server = new AdminServer({ metrics: async () => '', readiness: ready, maxConnectionsPerAddress: 2 });
    const port = await server.start({ host: '127.0.0.1', port: 0 });
    const held = [track(await open(port)), track(await open(port))];
    expect(await ask(track(await open(port)), '/healthz')).toBe('closed');
    expect(await ask(track(await open(port, '127.0.0.2')), '/healthz')).toBe('HTTP/1.1 200 OK');
    // A connection that closes gives its place back.
    held[0].destroy();
    await closed(held[0]);
    let answer = 'closed';
    while (answer === 'closed') answer = await ask(track(await open(port)), '/healthz');
    expect(answer).toBe('HTTP/1.1 200 OK');
  });

  it('renders the exposition once per metricsCacheMs however many scrapes come, and never caches a failure', async () => {
    let renders = 0;
    let fail = true;
    const metrics = async () => {
      renders++;
      if (fail) throw new Error('registry unavailable');
      return `renders ${renders}\n`;
    };
    server = new AdminServer({ metrics, readiness: ready, metricsCacheMs: 60_000 });
    const port = await server.start({ host: '127.0.0.1', port: 0 });
    expect((await http(port, 'GET', '/metrics')).status).toBe(500);
    fail = false;
    const replies = await Promise.all(Array.from({ length: 8 }, () => http(port, 'GET', '/metrics')));
    for (let i = 0; i < 5; i++) replies.push(await http(port, 'GET', '/metrics'));
    expect(replies.map(({ status, body }) => `${status} ${body}`)).toEqual(Array(13).fill('200 renders 2\n'));
    expect(renders).toBe(2);
  });
});

describe('service metrics', () => {
  it('names every metric with one prefix, counters with _total and durations in seconds', async () => {
    for (const metrics of [
      new DirectorMetrics('1', false),
      new WorkerMetrics('1', false),
      new ClientMetrics('1', false),
    ]) {
      const families = await metrics.registry.getMetricsAsJSON();
      expect(families.length).toBeGreaterThan(4);
      for (const { name, type } of families) {
        expect(name).toMatch(/^switchyard_[a-z_]+$/);
        if (String(type) === 'counter') expect(name).toMatch(/_total$/);
        if (String(type) === 'histogram') expect(name).toMatch(/_seconds$/);
      }
    }
  });

  it('counts RPC calls and handshakes through the hooks the transport and RPC layers call', async () => {
    const metrics = new ClientMetrics('1', false);
    metrics.rpcCallEnded('client')('/switchyard.director.v1.DirectorService/AssignWorker', 'OK');
    metrics.transport.dialled(true, 0.004);
    metrics.transport.dialled(false, 3);
    const text = await metrics.exposition();
    expect(text).toContain(
      'switchyard_rpc_calls_total{side="client",method="/switchyard.director.v1.DirectorService/AssignWorker",code="OK"} 1',
    );
    expect(text).toContain('switchyard_quic_handshakes_total{side="client",result="ok"} 1');
    expect(text).toContain('switchyard_quic_handshakes_total{side="client",result="failed"} 1');
    expect(text).toContain('switchyard_quic_handshake_duration_seconds_bucket{le="0.005",side="client"} 1');
  });

  it('resolves failover durations from 50 ms to 30 s', async () => {
    const metrics = new ClientMetrics('1', false);
    metrics.failoverDuration.observe(0.07);
    metrics.failoverDuration.observe(25);
    const text = await metrics.exposition();
    expect(text).toContain('switchyard_failover_duration_seconds_bucket{le="0.05"} 0');
    expect(text).toContain('switchyard_failover_duration_seconds_bucket{le="0.1"} 1');
    expect(text).toContain('switchyard_failover_duration_seconds_bucket{le="20"} 1');
    expect(text).toContain('switchyard_failover_duration_seconds_bucket{le="30"} 2');
  });

  it('reads one series back: a labelled counter, a histogram sum and count, 0 for a series not seen yet', async () => {
    const metrics = new ClientMetrics('1', false);
    metrics.failovers.inc({ reason: 'stall' });
    metrics.failoverDuration.observe(0.5);
    metrics.failoverDuration.observe(1.5);
    metrics.rpcCallEnded('client')('/m', 'OK');
    metrics.rpcCallEnded('client')('/m', 'OK');
    expect(await sampleValue(metrics.registry, 'switchyard_failovers_total', { reason: 'stall' })).toBe(1);
    expect(await sampleValue(metrics.registry, 'switchyard_failovers_total', { reason: 'heartbeat' })).toBe(0);
    expect(await sampleValue(metrics.registry, 'switchyard_failover_duration_seconds_sum')).toBe(2);
    expect(await sampleValue(metrics.registry, 'switchyard_failover_duration_seconds_count')).toBe(2);
    expect(await sampleValue(metrics.registry, 'switchyard_rpc_calls_total', { method: '/m', code: 'OK' })).toBe(2);
  });
});
