import { timingSafeEqual } from 'node:crypto';
import { MAX_ADMISSION_BYTES } from '@switchyard/protocol';
import { SESSION_KEY_ID_BYTES, type SessionKey, type SessionKeys } from './session-keys.js';

/*
 * An admission: a director's permission for one session on one worker, until a moment a few seconds away. Workers
 * refuse a Generate without a valid one, so AssignWorker (rate-limited per client) is the only way onto a worker.
 *
 *   u8 version (1) | 4 bytes key id | u64 BE expiry (ms since the Unix epoch) | u8 label length L | L bytes label
 *   | 32 bytes HMAC-SHA256(key, CONTEXT || every byte before the tag || session id)
 *
 * The session id travels in the Generate request, so the tag binds it without carrying it; the worker's label is
 * carried so that a refusal can say which worker an admission was for. 46 + L bytes (at most 174).
 */
export const ADMISSION_VERSION = 1;
/** Keeps this key's MACs apart from any other use of it. */
const CONTEXT = 'switchyard/admission/v1\0';
const EXPIRY_AT = 1 + SESSION_KEY_ID_BYTES;
const LABEL_LENGTH_AT = EXPIRY_AT + 8;
const HEADER_BYTES = LABEL_LENGTH_AT + 1;
const TAG_BYTES = 32;

/** Why an admission was refused: `other-worker` is a valid admission for another worker, the rest are not valid. */
export type AdmissionRefusalReason = 'missing' | 'malformed' | 'unknown-key' | 'forged' | 'expired' | 'other-worker';

export interface AdmissionRefusal {
  reason: AdmissionRefusalReason;
  /** What the caller is told. */
  message: string;
}

export interface AdmissionSignerOptions {
  /** How long an admission is valid after it is issued. */
  ttlMs: number;
  /** Wall-clock time in ms since the epoch (directors and workers are different hosts). Default `Date.now`. */
  now?: () => number;
}

/** Issues admissions (directors): one per assignment, with the current key. */
export class AdmissionSigner {
  private readonly now: () => number;

  constructor(
    private readonly key: SessionKey,
    private readonly options: AdmissionSignerOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** An admission of `sessionId` on the worker labelled `worker`, valid for `ttlMs` from now. */
  sign(sessionId: string, worker: string): Uint8Array {
    const label = Buffer.from(worker, 'latin1');
    const admission = Buffer.alloc(HEADER_BYTES + label.length + TAG_BYTES);
    admission[0] = ADMISSION_VERSION;
    this.key.id.copy(admission, 1);
    admission.writeBigUInt64BE(BigInt(Math.ceil(this.now() + this.options.ttlMs)), EXPIRY_AT);
    admission[LABEL_LENGTH_AT] = label.length;
    label.copy(admission, HEADER_BYTES);
    const signed = admission.subarray(0, HEADER_BYTES + label.length);
    this.key.mac(CONTEXT, signed, sessionId).copy(admission, signed.length);
    return admission;
  }
}

/**
 * Checks admissions (workers): signed with one of `keys`, for this session and this worker, not expired. It costs
 * one HMAC of under 300 bytes, and nothing is kept: a worker checks before it reserves anything.
 */
export class AdmissionVerifier {
  private readonly keys: SessionKey[];
  private readonly now: () => number;

  constructor(
    keys: SessionKeys,
    /** This worker's label: admissions for any other worker are refused. */
    private readonly worker: string,
    options: { now?: () => number } = {},
  ) {
    this.keys = keys.previous ? [keys.current, keys.previous] : [keys.current];
    this.now = options.now ?? Date.now;
  }

  /** Undefined when `admission` admits `sessionId` on this worker now; otherwise why not. */
  check(admission: Uint8Array, sessionId: string): AdmissionRefusal | undefined {
    if (admission.length === 0) {
      return refusal(
        'missing',
        'Generate needs an admission: ask a director (AssignWorker) and pass the admission it returns with the ' +
          'worker; clients that predate admissions are refused',
      );
    }
    const bytes = Buffer.from(admission.buffer, admission.byteOffset, admission.length);
    if (bytes[0] !== ADMISSION_VERSION) {
      return refusal('malformed', `admission version ${bytes[0]} is not supported (this worker reads version 1)`);
    }
    const labelLength = bytes.length > LABEL_LENGTH_AT ? bytes[LABEL_LENGTH_AT] : -1;
    if (bytes.length > MAX_ADMISSION_BYTES || bytes.length !== HEADER_BYTES + labelLength + TAG_BYTES) {
      return refusal('malformed', 'admission is malformed: pass it exactly as the director returned it');
    }
    const keyId = bytes.subarray(1, EXPIRY_AT);
    const key = this.keys.find((candidate) => candidate.id.equals(keyId));
    if (!key) {
      return refusal(
        'unknown-key',
        `admission is signed with a key this worker does not hold (key id ${keyId.toString('hex')})`,
      );
    }
    const signed = bytes.subarray(0, HEADER_BYTES + labelLength);
    if (!timingSafeEqual(key.mac(CONTEXT, signed, sessionId), bytes.subarray(signed.length))) {
      return refusal('forged', 'admission does not verify: it was not issued for this session by a director');
    }
    const label = bytes.toString('latin1', HEADER_BYTES, HEADER_BYTES + labelLength);
    if (label !== this.worker) {
      return refusal('other-worker', `admission is for worker ${label}, not ${this.worker}: ask a director again`);
    }
    const lateMs = this.now() - Number(bytes.readBigUInt64BE(EXPIRY_AT));
    if (lateMs >= 0) {
      return refusal('expired', `admission expired ${Math.round(lateMs)} ms ago: ask a director again`);
    }
    return undefined;
  }
}

function refusal(reason: AdmissionRefusalReason, message: string): AdmissionRefusal {
  return { reason, message };
}
