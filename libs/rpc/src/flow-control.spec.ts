import {
  INITIAL_WINDOW_BYTES,
  ReceiveWindow,
  SendWindow,
  decodeWindow,
  encodeWindow,
  messageCost,
} from './flow-control.js';

describe('SendWindow', () => {
  it('lets a sender go while it has credit and holds it once the credit is spent', async () => {
    const window = new SendWindow();
    expect(window.available).toBe(true);
    window.consume(INITIAL_WINDOW_BYTES);
    expect(window.available).toBe(false);
    let released = false;
    const waiting = window.wait().then(() => (released = true));
    await Promise.resolve();
    expect(released).toBe(false);
    window.grant(1);
    await waiting;
    expect(released).toBe(true);
  });

  it('stays blocked when a grant does not bring the credit above zero', async () => {
    const window = new SendWindow();
    window.consume(INITIAL_WINDOW_BYTES + 100);
    window.grant(50);
    expect(window.available).toBe(false);
  });
});

describe('ReceiveWindow', () => {
  it('grants credit back once half a window has been consumed', () => {
    const window = new ReceiveWindow(1024);
    const cost = messageCost(1000);
    const messages = Math.ceil(INITIAL_WINDOW_BYTES / 2 / cost);
    const grants: number[] = [];
    for (let i = 0; i < messages; i++) {
      expect(window.receive(cost)).toBe(true);
      grants.push(window.consume(cost));
    }
    expect(grants.slice(0, -1).every((g) => g === 0)).toBe(true);
    expect(grants.at(-1)).toBe(messages * cost);
  });

  it('reports a peer that sends past its window plus one frame', () => {
    const window = new ReceiveWindow(1024);
    let accepted = 0;
    while (window.receive(messageCost(1024))) accepted++;
    expect(accepted * messageCost(1024)).toBeLessThanOrEqual(INITIAL_WINDOW_BYTES + messageCost(1024));
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('Window frames', () => {
  it('round-trip a byte count and reject a payload of the wrong size', () => {
    expect(decodeWindow(encodeWindow(123_456))).toBe(123_456);
    expect(decodeWindow(new Uint8Array(3))).toBeUndefined();
  });
});
