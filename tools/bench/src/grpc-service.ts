import * as grpc from '@grpc/grpc-js';
import { type MethodDescriptor } from '@switchyard/protocol';
import { EchoService } from '@switchyard/protocol/testing';

/**
 * The echo service as a grpc-js service definition, serialised with the same protobufjs classes as
 * our RPC, so the baseline differs only in transport and framework.
 */
function methodDefinition(method: MethodDescriptor) {
  const codec = (type: MethodDescriptor['requestType']) => ({
    serialize: (value: unknown) => Buffer.from(type.encode(value as never).finish()),
    deserialize: (bytes: Buffer) => type.decode(bytes),
  });
  const request = codec(method.requestType);
  const response = codec(method.responseType);
  return {
    path: method.path,
    requestStream: method.requestStream,
    responseStream: method.responseStream,
    requestSerialize: request.serialize,
    requestDeserialize: request.deserialize,
    responseSerialize: response.serialize,
    responseDeserialize: response.deserialize,
  };
}

export const grpcEchoService = Object.fromEntries(
  Object.entries(EchoService.methods).map(([key, method]) => [key, methodDefinition(method)]),
) as unknown as grpc.ServiceDefinition;

export const GrpcEchoClient = grpc.makeGenericClientConstructor(grpcEchoService, 'EchoService');
