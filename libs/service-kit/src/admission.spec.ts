import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { MAX_ADMISSION_BYTES } from '@switchyard/protocol';
import { AdmissionSigner, AdmissionVerifier } from './admission.js';
import { SessionKey } from './session-keys.js';

const session = () => `conn-${randomUUID()}`;
const T0 = 1_800_000_000_000;

function setup(ttlMs = 10_000) {
  const key = SessionKey.generate();
  const clock = { now: T0 };
  const signer = new AdmissionSigner(key, { ttlMs, now: () => clock.now });
  const verifier = (worker = 'w1', keys: { current: SessionKey; previous?: SessionKey } = { current: key }) =>
    new AdmissionVerifier(keys, worker, { now: () => clock.now });
  return { key, clock, signer, verifier };
}

describe('admissions', () => {
  it('admit the session they were issued for, on the worker they name, until they expire', () => {
    const { clock, signer, verifier } = setup();
    const id = session();
    const admission = signer.sign(id, 'w1');
    expect(admission.length).toBe(46 + 'w1'.length);
    expect(verifier().check(admission, id)).toBeUndefined();
    clock.now = T0 + 9_999;
    expect(verifier().check(admission, id)).toBeUndefined();
    clock.now = T0 + 10_000;
    expect(verifier().check(admission, id)).toEqual({
      reason: 'expired',
      message: 'admission expired 0 ms ago: ask a director again',
    });
  });

  it('admit nothing else: another session, another worker, another key, no admission', () => {
    const { signer, verifier } = setup();
    const id = session();
    const admission = signer.sign(id, 'w1');
    expect(verifier().check(admission, session())?.reason).toBe('forged');
    expect(verifier('w2').check(admission, id)).toEqual({
      reason: 'other-worker',
      message: 'admission is for worker w1, not w2: ask a director again',
    });
    const stranger = new AdmissionVerifier({ current: SessionKey.generate() }, 'w1');
    expect(stranger.check(admission, id)?.reason).toBe('unknown-key');
    expect(verifier().check(new Uint8Array(0), id)).toMatchObject({
      reason: 'missing',
      message: expect.stringContaining('ask a director (AssignWorker)'),
    });
  });

  it('refuse every admission with a byte changed, and anything malformed', () => {
    const { signer, verifier } = setup();
    const id = session();
    const admission = signer.sign(id, 'worker-7');
    for (let i = 0; i < admission.length; i++) {
      for (const bit of [0x01, 0x80]) {
        const tampered = Uint8Array.from(admission);
        tampered[i] ^= bit;
        expect(verifier('worker-7').check(tampered, id)).toBeDefined();
      }
    }
    for (const bytes of [
      admission.subarray(0, 20),
      Uint8Array.from([...admission, 0]),
      new Uint8Array(MAX_ADMISSION_BYTES + 1),
    ]) {
      expect(verifier('worker-7').check(bytes, id)?.reason).toBe('malformed');
    }
    const v2 = Uint8Array.from(admission);
    v2[0] = 2;
    expect(verifier('worker-7').check(v2, id)?.message).toBe(
      'admission version 2 is not supported (this worker reads version 1)',
    );
  });

  it('signed with the previous key are still admitted during a rotation', () => {
    const { key: previous, signer: old, verifier } = setup();
    const current = SessionKey.generate();
    const id = session();
    const rotated = verifier('w1', { current, previous });
    expect(rotated.check(old.sign(id, 'w1'), id)).toBeUndefined();
    const fresh = new AdmissionSigner(current, { ttlMs: 10_000, now: () => T0 });
    expect(rotated.check(fresh.sign(id, 'w1'), id)).toBeUndefined();
    // Once the previous key is retired, its admissions are refused by name.
    expect(verifier('w1', { current }).check(old.sign(id, 'w1'), id)).toEqual({
      reason: 'unknown-key',
      message: `admission is signed with a key this worker does not hold (key id ${previous.name})`,
    });
  });
});
