import { DirectorLog } from '@switchyard/log-events';
import type { Logger } from '@switchyard/logging';
import { RpcCode, RpcError, type HandlerContext } from '@switchyard/rpc';
import { parseIdentityUri, type Role } from '@switchyard/transport-quic';

/** Peers whose refusals were logged, kept so each is logged once; bounded, oldest forgotten first. */
const MAX_REMEMBERED = 1024;

/**
 * Who may do what on the management port, from the identity in the peer's certificate: operators and
 * directors may read the registry; nobody else anything. A refusal is PERMISSION_DENIED, logged once per peer
 * identity and action rather than per call.
 */
export class ManagementAccess {
  private readonly logged = new Set<string>();

  constructor(private readonly logger: Logger) {}

  /** Throws PERMISSION_DENIED unless the peer is an operator or a director. */
  requireReader(ctx: HandlerContext, readers: readonly Role[] = ['operator', 'director']): void {
    const identity = parseIdentityUri(ctx.peerIdentity ?? '');
    if (identity && readers.includes(identity.role)) return;
    this.refuse(ctx, 'read the registry');
  }

  private refuse(ctx: HandlerContext, action: string): never {
    const who = ctx.peerIdentity ?? 'a peer without an identity';
    const key = `${who} ${action}`;
    if (!this.logged.has(key)) {
      if (this.logged.size >= MAX_REMEMBERED) this.logged.delete(this.logged.values().next().value!);
      this.logged.add(key);
      this.logger.warn({ identity: ctx.peerIdentity, peer: ctx.peer, action }, DirectorLog.permissionDenied);
    }
    throw new RpcError(RpcCode.PermissionDenied, `${who} may not ${action}`);
  }
}
