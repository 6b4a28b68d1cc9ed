/**
 * The names that travel in messages: session ids and worker labels. Pure checks, shared by every
 * place such a name enters (configuration, requests, responses).
 */

/** `conn-<uuid>`, as the director mints it. */
export const SESSION_ID_PATTERN = /^conn-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isSessionId(value: string): boolean {
  return SESSION_ID_PATTERN.test(value);
}

/** Longest worker label. */
export const MAX_WORKER_LABEL = 128;

/** 1–128 letters, digits, `.`, `_` or `-`. */
export const WORKER_LABEL_PATTERN = /^[\w.-]{1,128}$/;

export function isWorkerLabel(value: string): boolean {
  return WORKER_LABEL_PATTERN.test(value);
}

/** What a label must be, for error messages. */
export const WORKER_LABEL_RULE = "1-128 letters, digits, '.', '_' or '-'";

/**
 * Longest admission (`AssignWorkerResponse.admission`, `GenerateRequest.admission`) a client forwards or a worker
 * reads; a version-1 admission is 46 bytes plus the worker's label.
 */
export const MAX_ADMISSION_BYTES = 256;
