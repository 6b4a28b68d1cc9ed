import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace echo. */
export namespace echo {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an EchoRequest.
         * @deprecated Use echo.v1.EchoRequest.$Properties instead.
         */
        interface IEchoRequest extends echo.v1.EchoRequest.$Properties {
        }

        /** Represents an EchoRequest. */
        class EchoRequest {

            /**
             * Constructs a new EchoRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: echo.v1.EchoRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EchoRequest payload. */
            payload: Uint8Array;

            /**
             * Creates a new EchoRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EchoRequest instance
             */
            static create(properties: echo.v1.EchoRequest.$Shape): echo.v1.EchoRequest & echo.v1.EchoRequest.$Shape;
            static create(properties?: echo.v1.EchoRequest.$Properties): echo.v1.EchoRequest;

            /**
             * Encodes the specified EchoRequest message. Does not implicitly {@link echo.v1.EchoRequest.verify|verify} messages.
             * @param message EchoRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: echo.v1.EchoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EchoRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {echo.v1.EchoRequest & echo.v1.EchoRequest.$Shape} EchoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): echo.v1.EchoRequest & echo.v1.EchoRequest.$Shape;

            /**
             * Verifies an EchoRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EchoRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EchoRequest
             */
            static fromObject(object: { [k: string]: any }): echo.v1.EchoRequest;

            /**
             * Creates a plain object from an EchoRequest message. Also converts values to other types if specified.
             * @param message EchoRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: echo.v1.EchoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EchoRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EchoRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EchoRequest {

            /** Properties of an EchoRequest. */
            interface $Properties {

                /** EchoRequest payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EchoRequest. */
            type $Shape = echo.v1.EchoRequest.$Properties;
        }

        /**
         * Properties of an EchoResponse.
         * @deprecated Use echo.v1.EchoResponse.$Properties instead.
         */
        interface IEchoResponse extends echo.v1.EchoResponse.$Properties {
        }

        /** Represents an EchoResponse. */
        class EchoResponse {

            /**
             * Constructs a new EchoResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: echo.v1.EchoResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EchoResponse payload. */
            payload: Uint8Array;

            /**
             * Creates a new EchoResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EchoResponse instance
             */
            static create(properties: echo.v1.EchoResponse.$Shape): echo.v1.EchoResponse & echo.v1.EchoResponse.$Shape;
            static create(properties?: echo.v1.EchoResponse.$Properties): echo.v1.EchoResponse;

            /**
             * Encodes the specified EchoResponse message. Does not implicitly {@link echo.v1.EchoResponse.verify|verify} messages.
             * @param message EchoResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: echo.v1.EchoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EchoResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {echo.v1.EchoResponse & echo.v1.EchoResponse.$Shape} EchoResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): echo.v1.EchoResponse & echo.v1.EchoResponse.$Shape;

            /**
             * Verifies an EchoResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EchoResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EchoResponse
             */
            static fromObject(object: { [k: string]: any }): echo.v1.EchoResponse;

            /**
             * Creates a plain object from an EchoResponse message. Also converts values to other types if specified.
             * @param message EchoResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: echo.v1.EchoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EchoResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EchoResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EchoResponse {

            /** Properties of an EchoResponse. */
            interface $Properties {

                /** EchoResponse payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EchoResponse. */
            type $Shape = echo.v1.EchoResponse.$Properties;
        }

        /**
         * Properties of a StreamRequest.
         * @deprecated Use echo.v1.StreamRequest.$Properties instead.
         */
        interface IStreamRequest extends echo.v1.StreamRequest.$Properties {
        }

        /** Represents a StreamRequest. */
        class StreamRequest {

            /**
             * Constructs a new StreamRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: echo.v1.StreamRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StreamRequest count. */
            count: number;

            /** StreamRequest size. */
            size: number;

            /**
             * Creates a new StreamRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StreamRequest instance
             */
            static create(properties: echo.v1.StreamRequest.$Shape): echo.v1.StreamRequest & echo.v1.StreamRequest.$Shape;
            static create(properties?: echo.v1.StreamRequest.$Properties): echo.v1.StreamRequest;

            /**
             * Encodes the specified StreamRequest message. Does not implicitly {@link echo.v1.StreamRequest.verify|verify} messages.
             * @param message StreamRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: echo.v1.StreamRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StreamRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {echo.v1.StreamRequest & echo.v1.StreamRequest.$Shape} StreamRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): echo.v1.StreamRequest & echo.v1.StreamRequest.$Shape;

            /**
             * Verifies a StreamRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StreamRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StreamRequest
             */
            static fromObject(object: { [k: string]: any }): echo.v1.StreamRequest;

            /**
             * Creates a plain object from a StreamRequest message. Also converts values to other types if specified.
             * @param message StreamRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: echo.v1.StreamRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StreamRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StreamRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamRequest {

            /** Properties of a StreamRequest. */
            interface $Properties {

                /** StreamRequest count */
                count?: (number|null);

                /** StreamRequest size */
                size?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StreamRequest. */
            type $Shape = echo.v1.StreamRequest.$Properties;
        }

        /**
         * Properties of a Summary.
         * @deprecated Use echo.v1.Summary.$Properties instead.
         */
        interface ISummary extends echo.v1.Summary.$Properties {
        }

        /** Represents a Summary. */
        class Summary {

            /**
             * Constructs a new Summary.
             * @param [properties] Properties to set
             */
            constructor(properties?: echo.v1.Summary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Summary bytes. */
            bytes: number;

            /** Summary messages. */
            messages: number;

            /**
             * Creates a new Summary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Summary instance
             */
            static create(properties: echo.v1.Summary.$Shape): echo.v1.Summary & echo.v1.Summary.$Shape;
            static create(properties?: echo.v1.Summary.$Properties): echo.v1.Summary;

            /**
             * Encodes the specified Summary message. Does not implicitly {@link echo.v1.Summary.verify|verify} messages.
             * @param message Summary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: echo.v1.Summary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Summary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {echo.v1.Summary & echo.v1.Summary.$Shape} Summary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): echo.v1.Summary & echo.v1.Summary.$Shape;

            /**
             * Verifies a Summary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Summary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Summary
             */
            static fromObject(object: { [k: string]: any }): echo.v1.Summary;

            /**
             * Creates a plain object from a Summary message. Also converts values to other types if specified.
             * @param message Summary
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: echo.v1.Summary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Summary to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Summary
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Summary {

            /** Properties of a Summary. */
            interface $Properties {

                /** Summary bytes */
                bytes?: (number|null);

                /** Summary messages */
                messages?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Summary. */
            type $Shape = echo.v1.Summary.$Properties;
        }
    }
}
