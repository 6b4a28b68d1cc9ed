import { Writable } from 'node:stream';
import { createLogger } from './index.js';

function sink() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, destination };
}

describe('createLogger()', () => {
  it('writes JSON lines with the service name and child bindings', () => {
    const { lines, destination } = sink();
    const logger = createLogger({ service: 'director', destination });
    logger.child({ component: 'registry' }).info({ worker: 'w1' }, 'worker registered');
    expect(lines).toEqual([
      expect.objectContaining({
        service: 'director',
        component: 'registry',
        worker: 'w1',
        msg: 'worker registered',
        level: 30,
      }),
    ]);
  });

  it('redacts TLS private keys', () => {
    const { lines, destination } = sink();
    createLogger({ service: 'worker', destination }).info(
      { tls: { key: '-----BEGIN PRIVATE KEY-----' } },
      'tls loaded',
    );
    expect(lines[0].tls).toEqual({ key: '[redacted]' });
  });

  it('drops lines below the configured level', () => {
    const { lines, destination } = sink();
    const logger = createLogger({ service: 'client', level: 'warn', destination });
    logger.info('hidden');
    logger.warn('shown');
    expect(lines.map((l) => l.msg)).toEqual(['shown']);
  });

  it('writes human-readable lines to a given destination when pretty', async () => {
    let resolveWritten: (text: string) => void;
    const written = new Promise<string>((resolve) => (resolveWritten = resolve));
    const destination = new Writable({
      write(chunk, _encoding, done) {
        resolveWritten(String(chunk));
        done();
      },
    });
    createLogger({ service: 'client', pretty: true, destination }).info({ worker: 'w1' }, 'worker assigned');
    const text = await written;
    expect(text).toContain('worker assigned');
    expect(text).toContain('w1');
    expect(() => JSON.parse(text)).toThrow();
  });
});
