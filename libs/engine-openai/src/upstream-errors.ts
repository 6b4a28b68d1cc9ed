import { EngineRefusal } from '@switchyard/serving';

/**
 * The upstream engine failed a request (refused connection, reset, silence past the idle timeout, a stream cut
 * short, a 5xx or 429, an in-band error, a malformed event): the worker fails the stream and the client resumes
 * the answer on another worker.
 */
export class UpstreamFailure extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UpstreamFailure';
  }
}

/**
 * What an HTTP status (or an in-band error's code) from the upstream means: 400, 413 and 422 refuse the request
 * (bad parameters, a prompt longer than the model), 404 an unknown model, 401 and 403 the worker's credentials:
 * each is the caller's answer. Everything else (429, 5xx, anything unexpected) is a failure another worker may not
 * have.
 */
export function upstreamStatusError(status: number, message: string): Error {
  const described = `${status} ${message}`;
  if (status === 400 || status === 413 || status === 422) return new EngineRefusal('invalid', described);
  if (status === 404) return new EngineRefusal('not-found', described);
  if (status === 401 || status === 403) return new EngineRefusal('unauthorized', described);
  return new UpstreamFailure(described);
}
