/**
 * Shapes of the service descriptors generated into `gen/services.ts` from the `.proto` service
 * definitions. The RPC layer derives typed clients and handler tables from them.
 */

/** A protobufjs static message class: encodes its input shape, decodes to its output shape. */
export interface MessageType {
  encode(message: never): { finish(): Uint8Array };
  decode(bytes: Uint8Array): unknown;
}

/** The plain-object shape a message type accepts for encoding. */
export type MessageInput<T extends MessageType> = T extends { encode(message: infer I, ...rest: never[]): unknown }
  ? I
  : never;

/** The shape a message type decodes to. */
export type MessageOutput<T extends MessageType> = ReturnType<T['decode']>;

/** One method of a service: its wire path, call shape and message types. */
export interface MethodDescriptor<Req extends MessageType = MessageType, Res extends MessageType = MessageType> {
  readonly name: string;
  /** `/<package>.<Service>/<Method>`, the name sent in the request header. */
  readonly path: string;
  readonly requestStream: boolean;
  readonly responseStream: boolean;
  readonly requestType: Req;
  readonly responseType: Res;
}

/** A service: its fully qualified name and its methods keyed by lower-camel-case method name. */
export interface ServiceDefinition {
  readonly typeName: string;
  readonly methods: { readonly [key: string]: MethodDescriptor };
}
