import { RpcCode, RpcError, rpcCodeName, toRpcCode } from './rpc-error.js';

describe('RpcError', () => {
  it('prefixes the message with the code name and keeps the raw text', () => {
    const error = new RpcError(RpcCode.DeadlineExceeded, 'too slow');
    expect(error.message).toBe('[DEADLINE_EXCEEDED] too slow');
    expect(error.rawMessage).toBe('too slow');
    expect(error.name).toBe('RpcError');
    expect(error.remote).toBe(false);
  });

  it('from() returns an RpcError unchanged', () => {
    const error = new RpcError(RpcCode.NotFound, 'x');
    expect(RpcError.from(error)).toBe(error);
  });

  it('from() maps AbortError to CANCELLED and TimeoutError to DEADLINE_EXCEEDED', () => {
    expect(RpcError.from(new DOMException('stop', 'AbortError')).code).toBe(RpcCode.Cancelled);
    expect(RpcError.from(new DOMException('late', 'TimeoutError')).code).toBe(RpcCode.DeadlineExceeded);
  });

  it('from() gives other errors the fallback code and keeps them as the cause', () => {
    const cause = new TypeError('bad');
    const error = RpcError.from(cause, RpcCode.Internal);
    expect(error).toMatchObject({ code: RpcCode.Internal, rawMessage: 'bad', cause });
    expect(RpcError.from('text').code).toBe(RpcCode.Unknown);
    expect(RpcError.from(undefined).rawMessage).toBe('unknown error');
  });
});

describe('toRpcCode()', () => {
  it('keeps known codes and turns unknown numbers into UNKNOWN', () => {
    expect(toRpcCode(14)).toBe(RpcCode.Unavailable);
    expect(toRpcCode(6)).toBe(RpcCode.Unknown);
    expect(toRpcCode(999)).toBe(RpcCode.Unknown);
  });

  it('names codes the way gRPC spells them', () => {
    expect(rpcCodeName(RpcCode.ResourceExhausted)).toBe('RESOURCE_EXHAUSTED');
    expect(rpcCodeName(RpcCode.Ok)).toBe('OK');
  });

  it('names an error thrown with an empty message by its name', () => {
    class ErrorHostInvalid extends Error {
      override name = 'ErrorHostInvalid';
    }
    const error = RpcError.from(new ErrorHostInvalid(''), RpcCode.Unavailable);
    expect(error).toMatchObject({ code: RpcCode.Unavailable, rawMessage: 'ErrorHostInvalid' });
  });
});
