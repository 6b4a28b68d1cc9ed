import type { PoolWorker } from '@switchyard/assignment';
import type { Member } from '@switchyard/membership';
import { MAX_MODEL_CHARS, parseEndpoint } from '@switchyard/protocol';
import { parseIdentityUri } from '@switchyard/transport-quic';

/** The worker's label when `member` is a worker (by its certificate's identity), else undefined. */
export function workerLabelOf(member: Member): string | undefined {
  const identity = parseIdentityUri(member.id);
  return identity?.role === 'worker' ? identity.name : undefined;
}

/**
 * A worker as the pool takes it, from a member of the cluster: named by its certificate's identity, which must be a
 * worker's, as must the role it states; available when alive and saying `available=true` with an endpoint.
 */
export function workerOf(member: Member): PoolWorker | undefined {
  const label = workerLabelOf(member);
  if (label === undefined || member.meta.role !== 'worker') return undefined;
  const tags = member.meta.tags;
  const endpoint = tags.endpoint ? parseEndpoint(tags.endpoint) : undefined;
  return {
    label,
    endpoint,
    available: member.status === 'alive' && tags.available === 'true' && endpoint !== undefined,
    load: Number(tags.load ?? 0) || 0,
    status: member.status,
    incarnation: member.incarnation,
    // A name longer than a request may carry could never be asked for: it counts as none.
    model: (tags.model ?? '').length <= MAX_MODEL_CHARS ? (tags.model ?? '') : '',
  };
}
