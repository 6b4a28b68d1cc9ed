import { errors } from '@matrixai/quic';
import { RpcCode, RpcError } from '@switchyard/rpc';
import { quicErrorToRpcError, streamCodes } from './quic-errors.js';

// TLS alert 48 (unknown CA), as quiche reports a failed certificate check.
const tlsFailure = { data: { isApp: false, errorCode: 48, reason: new Uint8Array() } };

describe('quicErrorToRpcError()', () => {
  it('maps the undefined reason of a forced close to UNAVAILABLE', () => {
    expect(quicErrorToRpcError(undefined)).toMatchObject({
      code: RpcCode.Unavailable,
      rawMessage: 'connection closed',
    });
  });

  it('maps an idle timeout to UNAVAILABLE', () => {
    expect(quicErrorToRpcError(new errors.ErrorQUICConnectionIdleTimeout()).code).toBe(RpcCode.Unavailable);
  });

  it('maps TLS failures on either side to UNAUTHENTICATED', () => {
    expect(quicErrorToRpcError(new errors.ErrorQUICConnectionLocalTLS(undefined, tlsFailure as never)).code).toBe(
      RpcCode.Unauthenticated,
    );
    expect(quicErrorToRpcError(new errors.ErrorQUICConnectionPeerTLS(undefined, tlsFailure as never)).code).toBe(
      RpcCode.Unauthenticated,
    );
  });

  it('maps a handshake timeout to UNAVAILABLE', () => {
    expect(quicErrorToRpcError(new errors.ErrorQUICClientCreateTimeout()).code).toBe(RpcCode.Unavailable);
  });

  it('returns the RpcError a peer reset carries as its cause', () => {
    const reason = new RpcError(RpcCode.ResourceExhausted, 'too big', { remote: true });
    expect(
      quicErrorToRpcError(new errors.ErrorQUICStreamPeerRead('reset', { data: { code: reason.code }, cause: reason })),
    ).toBe(reason);
  });

  it('maps a peer reset without a known reason to CANCELLED', () => {
    expect(quicErrorToRpcError(new errors.ErrorQUICStreamPeerWrite('stopped', { data: { code: 99 } })).code).toBe(
      RpcCode.Cancelled,
    );
  });

  it('maps any other library error to UNAVAILABLE', () => {
    expect(quicErrorToRpcError(new errors.ErrorQUICConnectionInternal()).code).toBe(RpcCode.Unavailable);
  });
});

describe('streamCodes', () => {
  it('carries an RpcError code through a stream reset and back', () => {
    const code = streamCodes.reasonToCode('write', new RpcError(RpcCode.InvalidArgument, 'bad frame'));
    expect(streamCodes.codeToReason('read', code).code).toBe(RpcCode.InvalidArgument);
  });

  it('resets with UNAVAILABLE when the reason is not an RpcError', () => {
    expect(streamCodes.codeToReason('read', streamCodes.reasonToCode('write', undefined)).code).toBe(
      RpcCode.Unavailable,
    );
  });
});
