import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace director. */
export namespace director {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a ListModelsRequest.
         * @deprecated Use director.v1.ListModelsRequest.$Properties instead.
         */
        interface IListModelsRequest extends director.v1.ListModelsRequest.$Properties {
        }

        /** Represents a ListModelsRequest. */
        class ListModelsRequest {

            /**
             * Constructs a new ListModelsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: director.v1.ListModelsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListModelsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListModelsRequest instance
             */
            static create(properties: director.v1.ListModelsRequest.$Shape): director.v1.ListModelsRequest & director.v1.ListModelsRequest.$Shape;
            static create(properties?: director.v1.ListModelsRequest.$Properties): director.v1.ListModelsRequest;

            /**
             * Encodes the specified ListModelsRequest message. Does not implicitly {@link director.v1.ListModelsRequest.verify|verify} messages.
             * @param message ListModelsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: director.v1.ListModelsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListModelsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {director.v1.ListModelsRequest & director.v1.ListModelsRequest.$Shape} ListModelsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): director.v1.ListModelsRequest & director.v1.ListModelsRequest.$Shape;

            /**
             * Verifies a ListModelsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListModelsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListModelsRequest
             */
            static fromObject(object: { [k: string]: any }): director.v1.ListModelsRequest;

            /**
             * Creates a plain object from a ListModelsRequest message. Also converts values to other types if specified.
             * @param message ListModelsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: director.v1.ListModelsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListModelsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListModelsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListModelsRequest {

            /** Properties of a ListModelsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListModelsRequest. */
            type $Shape = director.v1.ListModelsRequest.$Properties;
        }

        /**
         * Properties of a ModelInfo.
         * @deprecated Use director.v1.ModelInfo.$Properties instead.
         */
        interface IModelInfo extends director.v1.ModelInfo.$Properties {
        }

        /** Represents a ModelInfo. */
        class ModelInfo {

            /**
             * Constructs a new ModelInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: director.v1.ModelInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelInfo id. */
            id: string;

            /** ModelInfo workers. */
            workers: number;

            /**
             * Creates a new ModelInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelInfo instance
             */
            static create(properties: director.v1.ModelInfo.$Shape): director.v1.ModelInfo & director.v1.ModelInfo.$Shape;
            static create(properties?: director.v1.ModelInfo.$Properties): director.v1.ModelInfo;

            /**
             * Encodes the specified ModelInfo message. Does not implicitly {@link director.v1.ModelInfo.verify|verify} messages.
             * @param message ModelInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: director.v1.ModelInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {director.v1.ModelInfo & director.v1.ModelInfo.$Shape} ModelInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): director.v1.ModelInfo & director.v1.ModelInfo.$Shape;

            /**
             * Verifies a ModelInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ModelInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelInfo
             */
            static fromObject(object: { [k: string]: any }): director.v1.ModelInfo;

            /**
             * Creates a plain object from a ModelInfo message. Also converts values to other types if specified.
             * @param message ModelInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: director.v1.ModelInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ModelInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelInfo {

            /** Properties of a ModelInfo. */
            interface $Properties {

                /** ModelInfo id */
                id?: (string|null);

                /** ModelInfo workers */
                workers?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelInfo. */
            type $Shape = director.v1.ModelInfo.$Properties;
        }

        /**
         * Properties of a ListModelsResponse.
         * @deprecated Use director.v1.ListModelsResponse.$Properties instead.
         */
        interface IListModelsResponse extends director.v1.ListModelsResponse.$Properties {
        }

        /** Represents a ListModelsResponse. */
        class ListModelsResponse {

            /**
             * Constructs a new ListModelsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: director.v1.ListModelsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListModelsResponse models. */
            models: director.v1.ModelInfo.$Properties[];

            /**
             * Creates a new ListModelsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListModelsResponse instance
             */
            static create(properties: director.v1.ListModelsResponse.$Shape): director.v1.ListModelsResponse & director.v1.ListModelsResponse.$Shape;
            static create(properties?: director.v1.ListModelsResponse.$Properties): director.v1.ListModelsResponse;

            /**
             * Encodes the specified ListModelsResponse message. Does not implicitly {@link director.v1.ListModelsResponse.verify|verify} messages.
             * @param message ListModelsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: director.v1.ListModelsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListModelsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {director.v1.ListModelsResponse & director.v1.ListModelsResponse.$Shape} ListModelsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): director.v1.ListModelsResponse & director.v1.ListModelsResponse.$Shape;

            /**
             * Verifies a ListModelsResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListModelsResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListModelsResponse
             */
            static fromObject(object: { [k: string]: any }): director.v1.ListModelsResponse;

            /**
             * Creates a plain object from a ListModelsResponse message. Also converts values to other types if specified.
             * @param message ListModelsResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: director.v1.ListModelsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListModelsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListModelsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListModelsResponse {

            /** Properties of a ListModelsResponse. */
            interface $Properties {

                /** ListModelsResponse models */
                models?: (director.v1.ModelInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListModelsResponse. */
            type $Shape = director.v1.ListModelsResponse.$Properties;
        }

        /**
         * Properties of an AssignWorkerRequest.
         * @deprecated Use director.v1.AssignWorkerRequest.$Properties instead.
         */
        interface IAssignWorkerRequest extends director.v1.AssignWorkerRequest.$Properties {
        }

        /** Represents an AssignWorkerRequest. */
        class AssignWorkerRequest {

            /**
             * Constructs a new AssignWorkerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: director.v1.AssignWorkerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AssignWorkerRequest sessionId. */
            sessionId: string;

            /** AssignWorkerRequest excludedWorker. */
            excludedWorker: string;

            /**
             * Creates a new AssignWorkerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AssignWorkerRequest instance
             */
            static create(properties: director.v1.AssignWorkerRequest.$Shape): director.v1.AssignWorkerRequest & director.v1.AssignWorkerRequest.$Shape;
            static create(properties?: director.v1.AssignWorkerRequest.$Properties): director.v1.AssignWorkerRequest;

            /**
             * Encodes the specified AssignWorkerRequest message. Does not implicitly {@link director.v1.AssignWorkerRequest.verify|verify} messages.
             * @param message AssignWorkerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: director.v1.AssignWorkerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AssignWorkerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {director.v1.AssignWorkerRequest & director.v1.AssignWorkerRequest.$Shape} AssignWorkerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): director.v1.AssignWorkerRequest & director.v1.AssignWorkerRequest.$Shape;

            /**
             * Verifies an AssignWorkerRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AssignWorkerRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AssignWorkerRequest
             */
            static fromObject(object: { [k: string]: any }): director.v1.AssignWorkerRequest;

            /**
             * Creates a plain object from an AssignWorkerRequest message. Also converts values to other types if specified.
             * @param message AssignWorkerRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: director.v1.AssignWorkerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AssignWorkerRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AssignWorkerRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AssignWorkerRequest {

            /** Properties of an AssignWorkerRequest. */
            interface $Properties {

                /** AssignWorkerRequest sessionId */
                sessionId?: (string|null);

                /** AssignWorkerRequest excludedWorker */
                excludedWorker?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AssignWorkerRequest. */
            type $Shape = director.v1.AssignWorkerRequest.$Properties;
        }

        /**
         * Properties of an AssignWorkerResponse.
         * @deprecated Use director.v1.AssignWorkerResponse.$Properties instead.
         */
        interface IAssignWorkerResponse extends director.v1.AssignWorkerResponse.$Properties {
        }

        /** Represents an AssignWorkerResponse. */
        class AssignWorkerResponse {

            /**
             * Constructs a new AssignWorkerResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: director.v1.AssignWorkerResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AssignWorkerResponse sessionId. */
            sessionId: string;

            /** AssignWorkerResponse worker. */
            worker: string;

            /** AssignWorkerResponse endpoint. */
            endpoint?: (director.v1.Endpoint.$Properties|null);

            /** AssignWorkerResponse admission. */
            admission: Uint8Array;

            /**
             * Creates a new AssignWorkerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AssignWorkerResponse instance
             */
            static create(properties: director.v1.AssignWorkerResponse.$Shape): director.v1.AssignWorkerResponse & director.v1.AssignWorkerResponse.$Shape;
            static create(properties?: director.v1.AssignWorkerResponse.$Properties): director.v1.AssignWorkerResponse;

            /**
             * Encodes the specified AssignWorkerResponse message. Does not implicitly {@link director.v1.AssignWorkerResponse.verify|verify} messages.
             * @param message AssignWorkerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: director.v1.AssignWorkerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AssignWorkerResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {director.v1.AssignWorkerResponse & director.v1.AssignWorkerResponse.$Shape} AssignWorkerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): director.v1.AssignWorkerResponse & director.v1.AssignWorkerResponse.$Shape;

            /**
             * Verifies an AssignWorkerResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AssignWorkerResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AssignWorkerResponse
             */
            static fromObject(object: { [k: string]: any }): director.v1.AssignWorkerResponse;

            /**
             * Creates a plain object from an AssignWorkerResponse message. Also converts values to other types if specified.
             * @param message AssignWorkerResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: director.v1.AssignWorkerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AssignWorkerResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AssignWorkerResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AssignWorkerResponse {

            /** Properties of an AssignWorkerResponse. */
            interface $Properties {

                /** AssignWorkerResponse sessionId */
                sessionId?: (string|null);

                /** AssignWorkerResponse worker */
                worker?: (string|null);

                /** AssignWorkerResponse endpoint */
                endpoint?: (director.v1.Endpoint.$Properties|null);

                /** AssignWorkerResponse admission */
                admission?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AssignWorkerResponse. */
            type $Shape = director.v1.AssignWorkerResponse.$Properties;
        }

        /**
         * Properties of an Endpoint.
         * @deprecated Use director.v1.Endpoint.$Properties instead.
         */
        interface IEndpoint extends director.v1.Endpoint.$Properties {
        }

        /** Represents an Endpoint. */
        class Endpoint {

            /**
             * Constructs a new Endpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: director.v1.Endpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Endpoint host. */
            host: string;

            /** Endpoint port. */
            port: number;

            /**
             * Creates a new Endpoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Endpoint instance
             */
            static create(properties: director.v1.Endpoint.$Shape): director.v1.Endpoint & director.v1.Endpoint.$Shape;
            static create(properties?: director.v1.Endpoint.$Properties): director.v1.Endpoint;

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link director.v1.Endpoint.verify|verify} messages.
             * @param message Endpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: director.v1.Endpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {director.v1.Endpoint & director.v1.Endpoint.$Shape} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): director.v1.Endpoint & director.v1.Endpoint.$Shape;

            /**
             * Verifies an Endpoint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Endpoint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Endpoint
             */
            static fromObject(object: { [k: string]: any }): director.v1.Endpoint;

            /**
             * Creates a plain object from an Endpoint message. Also converts values to other types if specified.
             * @param message Endpoint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: director.v1.Endpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Endpoint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Endpoint
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Endpoint {

            /** Properties of an Endpoint. */
            interface $Properties {

                /** Endpoint host */
                host?: (string|null);

                /** Endpoint port */
                port?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Endpoint. */
            type $Shape = director.v1.Endpoint.$Properties;
        }

        /**
         * Properties of a ListWorkersRequest.
         * @deprecated Use director.v1.ListWorkersRequest.$Properties instead.
         */
        interface IListWorkersRequest extends director.v1.ListWorkersRequest.$Properties {
        }

        /** Represents a ListWorkersRequest. */
        class ListWorkersRequest {

            /**
             * Constructs a new ListWorkersRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: director.v1.ListWorkersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListWorkersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListWorkersRequest instance
             */
            static create(properties: director.v1.ListWorkersRequest.$Shape): director.v1.ListWorkersRequest & director.v1.ListWorkersRequest.$Shape;
            static create(properties?: director.v1.ListWorkersRequest.$Properties): director.v1.ListWorkersRequest;

            /**
             * Encodes the specified ListWorkersRequest message. Does not implicitly {@link director.v1.ListWorkersRequest.verify|verify} messages.
             * @param message ListWorkersRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: director.v1.ListWorkersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListWorkersRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {director.v1.ListWorkersRequest & director.v1.ListWorkersRequest.$Shape} ListWorkersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): director.v1.ListWorkersRequest & director.v1.ListWorkersRequest.$Shape;

            /**
             * Verifies a ListWorkersRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListWorkersRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListWorkersRequest
             */
            static fromObject(object: { [k: string]: any }): director.v1.ListWorkersRequest;

            /**
             * Creates a plain object from a ListWorkersRequest message. Also converts values to other types if specified.
             * @param message ListWorkersRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: director.v1.ListWorkersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListWorkersRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListWorkersRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListWorkersRequest {

            /** Properties of a ListWorkersRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListWorkersRequest. */
            type $Shape = director.v1.ListWorkersRequest.$Properties;
        }

        /**
         * Properties of a WorkerStatus.
         * @deprecated Use director.v1.WorkerStatus.$Properties instead.
         */
        interface IWorkerStatus extends director.v1.WorkerStatus.$Properties {
        }

        /** Represents a WorkerStatus. */
        class WorkerStatus {

            /**
             * Constructs a new WorkerStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: director.v1.WorkerStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerStatus label. */
            label: string;

            /** WorkerStatus endpoint. */
            endpoint?: (director.v1.Endpoint.$Properties|null);

            /** WorkerStatus available. */
            available: boolean;

            /** WorkerStatus load. */
            load: number;

            /** WorkerStatus status. */
            status: string;

            /** WorkerStatus incarnation. */
            incarnation: number;

            /** WorkerStatus model. */
            model: string;

            /**
             * Creates a new WorkerStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerStatus instance
             */
            static create(properties: director.v1.WorkerStatus.$Shape): director.v1.WorkerStatus & director.v1.WorkerStatus.$Shape;
            static create(properties?: director.v1.WorkerStatus.$Properties): director.v1.WorkerStatus;

            /**
             * Encodes the specified WorkerStatus message. Does not implicitly {@link director.v1.WorkerStatus.verify|verify} messages.
             * @param message WorkerStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: director.v1.WorkerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {director.v1.WorkerStatus & director.v1.WorkerStatus.$Shape} WorkerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): director.v1.WorkerStatus & director.v1.WorkerStatus.$Shape;

            /**
             * Verifies a WorkerStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerStatus
             */
            static fromObject(object: { [k: string]: any }): director.v1.WorkerStatus;

            /**
             * Creates a plain object from a WorkerStatus message. Also converts values to other types if specified.
             * @param message WorkerStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: director.v1.WorkerStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerStatus {

            /** Properties of a WorkerStatus. */
            interface $Properties {

                /** WorkerStatus label */
                label?: (string|null);

                /** WorkerStatus endpoint */
                endpoint?: (director.v1.Endpoint.$Properties|null);

                /** WorkerStatus available */
                available?: (boolean|null);

                /** WorkerStatus load */
                load?: (number|null);

                /** WorkerStatus status */
                status?: (string|null);

                /** WorkerStatus incarnation */
                incarnation?: (number|null);

                /** WorkerStatus model */
                model?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerStatus. */
            type $Shape = director.v1.WorkerStatus.$Properties;
        }

        /**
         * Properties of a ListWorkersResponse.
         * @deprecated Use director.v1.ListWorkersResponse.$Properties instead.
         */
        interface IListWorkersResponse extends director.v1.ListWorkersResponse.$Properties {
        }

        /** Represents a ListWorkersResponse. */
        class ListWorkersResponse {

            /**
             * Constructs a new ListWorkersResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: director.v1.ListWorkersResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListWorkersResponse workers. */
            workers: director.v1.WorkerStatus.$Properties[];

            /**
             * Creates a new ListWorkersResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListWorkersResponse instance
             */
            static create(properties: director.v1.ListWorkersResponse.$Shape): director.v1.ListWorkersResponse & director.v1.ListWorkersResponse.$Shape;
            static create(properties?: director.v1.ListWorkersResponse.$Properties): director.v1.ListWorkersResponse;

            /**
             * Encodes the specified ListWorkersResponse message. Does not implicitly {@link director.v1.ListWorkersResponse.verify|verify} messages.
             * @param message ListWorkersResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: director.v1.ListWorkersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListWorkersResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {director.v1.ListWorkersResponse & director.v1.ListWorkersResponse.$Shape} ListWorkersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): director.v1.ListWorkersResponse & director.v1.ListWorkersResponse.$Shape;

            /**
             * Verifies a ListWorkersResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListWorkersResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListWorkersResponse
             */
            static fromObject(object: { [k: string]: any }): director.v1.ListWorkersResponse;

            /**
             * Creates a plain object from a ListWorkersResponse message. Also converts values to other types if specified.
             * @param message ListWorkersResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: director.v1.ListWorkersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListWorkersResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListWorkersResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListWorkersResponse {

            /** Properties of a ListWorkersResponse. */
            interface $Properties {

                /** ListWorkersResponse workers */
                workers?: (director.v1.WorkerStatus.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListWorkersResponse. */
            type $Shape = director.v1.ListWorkersResponse.$Properties;
        }
    }
}

/** Namespace membership. */
export namespace membership {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Address.
         * @deprecated Use membership.v1.Address.$Properties instead.
         */
        interface IAddress extends membership.v1.Address.$Properties {
        }

        /** Represents an Address. */
        class Address {

            /**
             * Constructs a new Address.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Address.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Address host. */
            host: string;

            /** Address port. */
            port: number;

            /**
             * Creates a new Address instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Address instance
             */
            static create(properties: membership.v1.Address.$Shape): membership.v1.Address & membership.v1.Address.$Shape;
            static create(properties?: membership.v1.Address.$Properties): membership.v1.Address;

            /**
             * Encodes the specified Address message. Does not implicitly {@link membership.v1.Address.verify|verify} messages.
             * @param message Address message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Address message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Address & membership.v1.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Address & membership.v1.Address.$Shape;

            /**
             * Verifies an Address message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Address
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Address;

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @param message Address
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Address, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Address to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Address
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Address {

            /** Properties of an Address. */
            interface $Properties {

                /** Address host */
                host?: (string|null);

                /** Address port */
                port?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Address. */
            type $Shape = membership.v1.Address.$Properties;
        }

        /**
         * Properties of a Meta.
         * @deprecated Use membership.v1.Meta.$Properties instead.
         */
        interface IMeta extends membership.v1.Meta.$Properties {
        }

        /** Represents a Meta. */
        class Meta {

            /**
             * Constructs a new Meta.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Meta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Meta role. */
            role: string;

            /** Meta tags. */
            tags: { [k: string]: string };

            /**
             * Creates a new Meta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Meta instance
             */
            static create(properties: membership.v1.Meta.$Shape): membership.v1.Meta & membership.v1.Meta.$Shape;
            static create(properties?: membership.v1.Meta.$Properties): membership.v1.Meta;

            /**
             * Encodes the specified Meta message. Does not implicitly {@link membership.v1.Meta.verify|verify} messages.
             * @param message Meta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Meta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Meta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Meta & membership.v1.Meta.$Shape} Meta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Meta & membership.v1.Meta.$Shape;

            /**
             * Verifies a Meta message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Meta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Meta
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Meta;

            /**
             * Creates a plain object from a Meta message. Also converts values to other types if specified.
             * @param message Meta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Meta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Meta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Meta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Meta {

            /** Properties of a Meta. */
            interface $Properties {

                /** Meta role */
                role?: (string|null);

                /** Meta tags */
                tags?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Meta. */
            type $Shape = membership.v1.Meta.$Properties;
        }

        /**
         * Properties of an Alive.
         * @deprecated Use membership.v1.Alive.$Properties instead.
         */
        interface IAlive extends membership.v1.Alive.$Properties {
        }

        /** Represents an Alive. */
        class Alive {

            /**
             * Constructs a new Alive.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Alive.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Alive id. */
            id: string;

            /** Alive incarnation. */
            incarnation: number;

            /** Alive address. */
            address?: (membership.v1.Address.$Properties|null);

            /** Alive meta. */
            meta?: (membership.v1.Meta.$Properties|null);

            /** Alive proof. */
            proof: Uint8Array;

            /**
             * Creates a new Alive instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Alive instance
             */
            static create(properties: membership.v1.Alive.$Shape): membership.v1.Alive & membership.v1.Alive.$Shape;
            static create(properties?: membership.v1.Alive.$Properties): membership.v1.Alive;

            /**
             * Encodes the specified Alive message. Does not implicitly {@link membership.v1.Alive.verify|verify} messages.
             * @param message Alive message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Alive.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Alive message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Alive & membership.v1.Alive.$Shape} Alive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Alive & membership.v1.Alive.$Shape;

            /**
             * Verifies an Alive message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Alive message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Alive
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Alive;

            /**
             * Creates a plain object from an Alive message. Also converts values to other types if specified.
             * @param message Alive
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Alive, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Alive to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Alive
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Alive {

            /** Properties of an Alive. */
            interface $Properties {

                /** Alive id */
                id?: (string|null);

                /** Alive incarnation */
                incarnation?: (number|null);

                /** Alive address */
                address?: (membership.v1.Address.$Properties|null);

                /** Alive meta */
                meta?: (membership.v1.Meta.$Properties|null);

                /** Alive proof */
                proof?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Alive. */
            type $Shape = membership.v1.Alive.$Properties;
        }

        /**
         * Properties of a Suspect.
         * @deprecated Use membership.v1.Suspect.$Properties instead.
         */
        interface ISuspect extends membership.v1.Suspect.$Properties {
        }

        /** Represents a Suspect. */
        class Suspect {

            /**
             * Constructs a new Suspect.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Suspect.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Suspect id. */
            id: string;

            /** Suspect incarnation. */
            incarnation: number;

            /** Suspect from. */
            from: string;

            /**
             * Creates a new Suspect instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Suspect instance
             */
            static create(properties: membership.v1.Suspect.$Shape): membership.v1.Suspect & membership.v1.Suspect.$Shape;
            static create(properties?: membership.v1.Suspect.$Properties): membership.v1.Suspect;

            /**
             * Encodes the specified Suspect message. Does not implicitly {@link membership.v1.Suspect.verify|verify} messages.
             * @param message Suspect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Suspect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Suspect message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Suspect & membership.v1.Suspect.$Shape} Suspect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Suspect & membership.v1.Suspect.$Shape;

            /**
             * Verifies a Suspect message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Suspect message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Suspect
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Suspect;

            /**
             * Creates a plain object from a Suspect message. Also converts values to other types if specified.
             * @param message Suspect
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Suspect, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Suspect to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Suspect
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Suspect {

            /** Properties of a Suspect. */
            interface $Properties {

                /** Suspect id */
                id?: (string|null);

                /** Suspect incarnation */
                incarnation?: (number|null);

                /** Suspect from */
                from?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Suspect. */
            type $Shape = membership.v1.Suspect.$Properties;
        }

        /**
         * Properties of a Dead.
         * @deprecated Use membership.v1.Dead.$Properties instead.
         */
        interface IDead extends membership.v1.Dead.$Properties {
        }

        /** Represents a Dead. */
        class Dead {

            /**
             * Constructs a new Dead.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Dead.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Dead id. */
            id: string;

            /** Dead incarnation. */
            incarnation: number;

            /** Dead from. */
            from: string;

            /** Dead left. */
            left: boolean;

            /**
             * Creates a new Dead instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Dead instance
             */
            static create(properties: membership.v1.Dead.$Shape): membership.v1.Dead & membership.v1.Dead.$Shape;
            static create(properties?: membership.v1.Dead.$Properties): membership.v1.Dead;

            /**
             * Encodes the specified Dead message. Does not implicitly {@link membership.v1.Dead.verify|verify} messages.
             * @param message Dead message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Dead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Dead message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Dead & membership.v1.Dead.$Shape} Dead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Dead & membership.v1.Dead.$Shape;

            /**
             * Verifies a Dead message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Dead message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Dead
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Dead;

            /**
             * Creates a plain object from a Dead message. Also converts values to other types if specified.
             * @param message Dead
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Dead, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Dead to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Dead
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Dead {

            /** Properties of a Dead. */
            interface $Properties {

                /** Dead id */
                id?: (string|null);

                /** Dead incarnation */
                incarnation?: (number|null);

                /** Dead from */
                from?: (string|null);

                /** Dead left */
                left?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Dead. */
            type $Shape = membership.v1.Dead.$Properties;
        }

        /**
         * Properties of a Gossip.
         * @deprecated Use membership.v1.Gossip.$Properties instead.
         */
        interface IGossip extends membership.v1.Gossip.$Properties {
        }

        /** Represents a Gossip. */
        class Gossip {

            /**
             * Constructs a new Gossip.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Gossip.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Gossip alive. */
            alive?: (membership.v1.Alive.$Properties|null);

            /** Gossip suspect. */
            suspect?: (membership.v1.Suspect.$Properties|null);

            /** Gossip dead. */
            dead?: (membership.v1.Dead.$Properties|null);

            /** Gossip kind. */
            kind?: ("alive"|"suspect"|"dead");

            /**
             * Creates a new Gossip instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Gossip instance
             */
            static create(properties: membership.v1.Gossip.$Shape): membership.v1.Gossip & membership.v1.Gossip.$Shape;
            static create(properties?: membership.v1.Gossip.$Properties): membership.v1.Gossip;

            /**
             * Encodes the specified Gossip message. Does not implicitly {@link membership.v1.Gossip.verify|verify} messages.
             * @param message Gossip message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Gossip.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Gossip message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Gossip & membership.v1.Gossip.$Shape} Gossip
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Gossip & membership.v1.Gossip.$Shape;

            /**
             * Verifies a Gossip message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Gossip message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Gossip
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Gossip;

            /**
             * Creates a plain object from a Gossip message. Also converts values to other types if specified.
             * @param message Gossip
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Gossip, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Gossip to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Gossip
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Gossip {

            /** Properties of a Gossip. */
            interface $Properties {

                /** Gossip alive */
                alive?: (membership.v1.Alive.$Properties|null);

                /** Gossip suspect */
                suspect?: (membership.v1.Suspect.$Properties|null);

                /** Gossip dead */
                dead?: (membership.v1.Dead.$Properties|null);

                /** Gossip kind */
                kind?: ("alive"|"suspect"|"dead");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Gossip. */
            type $Shape = {
              alive?: membership.v1.Alive.$Shape|null;
              suspect?: membership.v1.Suspect.$Shape|null;
              dead?: membership.v1.Dead.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; alive?: null; suspect?: null; dead?: null }|{ kind?: "alive"; alive: membership.v1.Alive.$Shape; suspect?: null; dead?: null }|{ kind?: "suspect"; alive?: null; suspect: membership.v1.Suspect.$Shape; dead?: null }|{ kind?: "dead"; alive?: null; suspect?: null; dead: membership.v1.Dead.$Shape })
            );
        }

        /**
         * Properties of a Ping.
         * @deprecated Use membership.v1.Ping.$Properties instead.
         */
        interface IPing extends membership.v1.Ping.$Properties {
        }

        /** Represents a Ping. */
        class Ping {

            /**
             * Constructs a new Ping.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Ping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ping seq. */
            seq: number;

            /** Ping target. */
            target: string;

            /**
             * Creates a new Ping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ping instance
             */
            static create(properties: membership.v1.Ping.$Shape): membership.v1.Ping & membership.v1.Ping.$Shape;
            static create(properties?: membership.v1.Ping.$Properties): membership.v1.Ping;

            /**
             * Encodes the specified Ping message. Does not implicitly {@link membership.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Ping & membership.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Ping & membership.v1.Ping.$Shape;

            /**
             * Verifies a Ping message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ping
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Ping;

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @param message Ping
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ping
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {

            /** Properties of a Ping. */
            interface $Properties {

                /** Ping seq */
                seq?: (number|null);

                /** Ping target */
                target?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ping. */
            type $Shape = membership.v1.Ping.$Properties;
        }

        /**
         * Properties of a PingReq.
         * @deprecated Use membership.v1.PingReq.$Properties instead.
         */
        interface IPingReq extends membership.v1.PingReq.$Properties {
        }

        /** Represents a PingReq. */
        class PingReq {

            /**
             * Constructs a new PingReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.PingReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PingReq seq. */
            seq: number;

            /** PingReq target. */
            target: string;

            /** PingReq targetAddress. */
            targetAddress?: (membership.v1.Address.$Properties|null);

            /**
             * Creates a new PingReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingReq instance
             */
            static create(properties: membership.v1.PingReq.$Shape): membership.v1.PingReq & membership.v1.PingReq.$Shape;
            static create(properties?: membership.v1.PingReq.$Properties): membership.v1.PingReq;

            /**
             * Encodes the specified PingReq message. Does not implicitly {@link membership.v1.PingReq.verify|verify} messages.
             * @param message PingReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.PingReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.PingReq & membership.v1.PingReq.$Shape} PingReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.PingReq & membership.v1.PingReq.$Shape;

            /**
             * Verifies a PingReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PingReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PingReq
             */
            static fromObject(object: { [k: string]: any }): membership.v1.PingReq;

            /**
             * Creates a plain object from a PingReq message. Also converts values to other types if specified.
             * @param message PingReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.PingReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PingReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PingReq
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingReq {

            /** Properties of a PingReq. */
            interface $Properties {

                /** PingReq seq */
                seq?: (number|null);

                /** PingReq target */
                target?: (string|null);

                /** PingReq targetAddress */
                targetAddress?: (membership.v1.Address.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PingReq. */
            type $Shape = membership.v1.PingReq.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use membership.v1.Ack.$Properties instead.
         */
        interface IAck extends membership.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack seq. */
            seq: number;

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: membership.v1.Ack.$Shape): membership.v1.Ack & membership.v1.Ack.$Shape;
            static create(properties?: membership.v1.Ack.$Properties): membership.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link membership.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Ack & membership.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Ack & membership.v1.Ack.$Shape;

            /**
             * Verifies an Ack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = membership.v1.Ack.$Properties;
        }

        /**
         * Properties of a Nack.
         * @deprecated Use membership.v1.Nack.$Properties instead.
         */
        interface INack extends membership.v1.Nack.$Properties {
        }

        /** Represents a Nack. */
        class Nack {

            /**
             * Constructs a new Nack.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Nack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Nack seq. */
            seq: number;

            /**
             * Creates a new Nack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Nack instance
             */
            static create(properties: membership.v1.Nack.$Shape): membership.v1.Nack & membership.v1.Nack.$Shape;
            static create(properties?: membership.v1.Nack.$Properties): membership.v1.Nack;

            /**
             * Encodes the specified Nack message. Does not implicitly {@link membership.v1.Nack.verify|verify} messages.
             * @param message Nack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Nack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Nack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Nack & membership.v1.Nack.$Shape} Nack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Nack & membership.v1.Nack.$Shape;

            /**
             * Verifies a Nack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Nack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Nack
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Nack;

            /**
             * Creates a plain object from a Nack message. Also converts values to other types if specified.
             * @param message Nack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Nack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Nack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Nack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Nack {

            /** Properties of a Nack. */
            interface $Properties {

                /** Nack seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Nack. */
            type $Shape = membership.v1.Nack.$Properties;
        }

        /**
         * Properties of a PushPull.
         * @deprecated Use membership.v1.PushPull.$Properties instead.
         */
        interface IPushPull extends membership.v1.PushPull.$Properties {
        }

        /** Represents a PushPull. */
        class PushPull {

            /**
             * Constructs a new PushPull.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.PushPull.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PushPull states. */
            states: membership.v1.Alive.$Properties[];

            /** PushPull failures. */
            failures: membership.v1.Gossip.$Properties[];

            /** PushPull reply. */
            reply: boolean;

            /**
             * Creates a new PushPull instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushPull instance
             */
            static create(properties: membership.v1.PushPull.$Shape): membership.v1.PushPull & membership.v1.PushPull.$Shape;
            static create(properties?: membership.v1.PushPull.$Properties): membership.v1.PushPull;

            /**
             * Encodes the specified PushPull message. Does not implicitly {@link membership.v1.PushPull.verify|verify} messages.
             * @param message PushPull message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.PushPull.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushPull message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.PushPull & membership.v1.PushPull.$Shape} PushPull
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.PushPull & membership.v1.PushPull.$Shape;

            /**
             * Verifies a PushPull message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PushPull message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PushPull
             */
            static fromObject(object: { [k: string]: any }): membership.v1.PushPull;

            /**
             * Creates a plain object from a PushPull message. Also converts values to other types if specified.
             * @param message PushPull
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.PushPull, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushPull to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PushPull
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PushPull {

            /** Properties of a PushPull. */
            interface $Properties {

                /** PushPull states */
                states?: (membership.v1.Alive.$Properties[]|null);

                /** PushPull failures */
                failures?: (membership.v1.Gossip.$Properties[]|null);

                /** PushPull reply */
                reply?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushPull. */
            type $Shape = {
              states?: membership.v1.Alive.$Shape[]|null;
              failures?: membership.v1.Gossip.$Shape[]|null;
              reply?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Packet.
         * @deprecated Use membership.v1.Packet.$Properties instead.
         */
        interface IPacket extends membership.v1.Packet.$Properties {
        }

        /** Represents a Packet. */
        class Packet {

            /**
             * Constructs a new Packet.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Packet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Packet from. */
            from: string;

            /** Packet ping. */
            ping?: (membership.v1.Ping.$Properties|null);

            /** Packet pingReq. */
            pingReq?: (membership.v1.PingReq.$Properties|null);

            /** Packet ack. */
            ack?: (membership.v1.Ack.$Properties|null);

            /** Packet nack. */
            nack?: (membership.v1.Nack.$Properties|null);

            /** Packet pushPull. */
            pushPull?: (membership.v1.PushPull.$Properties|null);

            /** Packet gossip. */
            gossip: membership.v1.Gossip.$Properties[];

            /** Packet request. */
            request?: ("ping"|"pingReq"|"ack"|"nack"|"pushPull");

            /**
             * Creates a new Packet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Packet instance
             */
            static create(properties: membership.v1.Packet.$Shape): membership.v1.Packet & membership.v1.Packet.$Shape;
            static create(properties?: membership.v1.Packet.$Properties): membership.v1.Packet;

            /**
             * Encodes the specified Packet message. Does not implicitly {@link membership.v1.Packet.verify|verify} messages.
             * @param message Packet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Packet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Packet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Packet & membership.v1.Packet.$Shape} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Packet & membership.v1.Packet.$Shape;

            /**
             * Verifies a Packet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Packet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Packet
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Packet;

            /**
             * Creates a plain object from a Packet message. Also converts values to other types if specified.
             * @param message Packet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Packet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Packet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Packet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Packet {

            /** Properties of a Packet. */
            interface $Properties {

                /** Packet from */
                from?: (string|null);

                /** Packet ping */
                ping?: (membership.v1.Ping.$Properties|null);

                /** Packet pingReq */
                pingReq?: (membership.v1.PingReq.$Properties|null);

                /** Packet ack */
                ack?: (membership.v1.Ack.$Properties|null);

                /** Packet nack */
                nack?: (membership.v1.Nack.$Properties|null);

                /** Packet pushPull */
                pushPull?: (membership.v1.PushPull.$Properties|null);

                /** Packet gossip */
                gossip?: (membership.v1.Gossip.$Properties[]|null);

                /** Packet request */
                request?: ("ping"|"pingReq"|"ack"|"nack"|"pushPull");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Packet. */
            type $Shape = {
              from?: string|null;
              ping?: membership.v1.Ping.$Shape|null;
              pingReq?: membership.v1.PingReq.$Shape|null;
              ack?: membership.v1.Ack.$Shape|null;
              nack?: membership.v1.Nack.$Shape|null;
              pushPull?: membership.v1.PushPull.$Shape|null;
              gossip?: membership.v1.Gossip.$Shape[]|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ request?: undefined; ping?: null; pingReq?: null; ack?: null; nack?: null; pushPull?: null }|{ request?: "ping"; ping: membership.v1.Ping.$Shape; pingReq?: null; ack?: null; nack?: null; pushPull?: null }|{ request?: "pingReq"; ping?: null; pingReq: membership.v1.PingReq.$Shape; ack?: null; nack?: null; pushPull?: null }|{ request?: "ack"; ping?: null; pingReq?: null; ack: membership.v1.Ack.$Shape; nack?: null; pushPull?: null }|{ request?: "nack"; ping?: null; pingReq?: null; ack?: null; nack: membership.v1.Nack.$Shape; pushPull?: null }|{ request?: "pushPull"; ping?: null; pingReq?: null; ack?: null; nack?: null; pushPull: membership.v1.PushPull.$Shape })
            );
        }

        /**
         * Properties of a Certificates.
         * @deprecated Use membership.v1.Certificates.$Properties instead.
         */
        interface ICertificates extends membership.v1.Certificates.$Properties {
        }

        /** Represents a Certificates. */
        class Certificates {

            /**
             * Constructs a new Certificates.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Certificates.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Certificates certificates. */
            certificates: Uint8Array[];

            /**
             * Creates a new Certificates instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Certificates instance
             */
            static create(properties: membership.v1.Certificates.$Shape): membership.v1.Certificates & membership.v1.Certificates.$Shape;
            static create(properties?: membership.v1.Certificates.$Properties): membership.v1.Certificates;

            /**
             * Encodes the specified Certificates message. Does not implicitly {@link membership.v1.Certificates.verify|verify} messages.
             * @param message Certificates message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Certificates.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Certificates message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Certificates & membership.v1.Certificates.$Shape} Certificates
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Certificates & membership.v1.Certificates.$Shape;

            /**
             * Verifies a Certificates message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Certificates message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Certificates
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Certificates;

            /**
             * Creates a plain object from a Certificates message. Also converts values to other types if specified.
             * @param message Certificates
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Certificates, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Certificates to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Certificates
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Certificates {

            /** Properties of a Certificates. */
            interface $Properties {

                /** Certificates certificates */
                certificates?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Certificates. */
            type $Shape = membership.v1.Certificates.$Properties;
        }

        /**
         * Properties of a CertificateRequest.
         * @deprecated Use membership.v1.CertificateRequest.$Properties instead.
         */
        interface ICertificateRequest extends membership.v1.CertificateRequest.$Properties {
        }

        /** Represents a CertificateRequest. */
        class CertificateRequest {

            /**
             * Constructs a new CertificateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.CertificateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CertificateRequest fingerprints. */
            fingerprints: Uint8Array[];

            /**
             * Creates a new CertificateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CertificateRequest instance
             */
            static create(properties: membership.v1.CertificateRequest.$Shape): membership.v1.CertificateRequest & membership.v1.CertificateRequest.$Shape;
            static create(properties?: membership.v1.CertificateRequest.$Properties): membership.v1.CertificateRequest;

            /**
             * Encodes the specified CertificateRequest message. Does not implicitly {@link membership.v1.CertificateRequest.verify|verify} messages.
             * @param message CertificateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.CertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CertificateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.CertificateRequest & membership.v1.CertificateRequest.$Shape} CertificateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.CertificateRequest & membership.v1.CertificateRequest.$Shape;

            /**
             * Verifies a CertificateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CertificateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CertificateRequest
             */
            static fromObject(object: { [k: string]: any }): membership.v1.CertificateRequest;

            /**
             * Creates a plain object from a CertificateRequest message. Also converts values to other types if specified.
             * @param message CertificateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.CertificateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CertificateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CertificateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CertificateRequest {

            /** Properties of a CertificateRequest. */
            interface $Properties {

                /** CertificateRequest fingerprints */
                fingerprints?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CertificateRequest. */
            type $Shape = membership.v1.CertificateRequest.$Properties;
        }

        /**
         * Properties of a Datagram.
         * @deprecated Use membership.v1.Datagram.$Properties instead.
         */
        interface IDatagram extends membership.v1.Datagram.$Properties {
        }

        /** Represents a Datagram. */
        class Datagram {

            /**
             * Constructs a new Datagram.
             * @param [properties] Properties to set
             */
            constructor(properties?: membership.v1.Datagram.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Datagram packet. */
            packet?: (membership.v1.Packet.$Properties|null);

            /** Datagram certificateRequest. */
            certificateRequest?: (membership.v1.CertificateRequest.$Properties|null);

            /** Datagram certificates. */
            certificates?: (membership.v1.Certificates.$Properties|null);

            /** Datagram body. */
            body?: ("packet"|"certificateRequest"|"certificates");

            /**
             * Creates a new Datagram instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Datagram instance
             */
            static create(properties: membership.v1.Datagram.$Shape): membership.v1.Datagram & membership.v1.Datagram.$Shape;
            static create(properties?: membership.v1.Datagram.$Properties): membership.v1.Datagram;

            /**
             * Encodes the specified Datagram message. Does not implicitly {@link membership.v1.Datagram.verify|verify} messages.
             * @param message Datagram message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: membership.v1.Datagram.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Datagram message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {membership.v1.Datagram & membership.v1.Datagram.$Shape} Datagram
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.v1.Datagram & membership.v1.Datagram.$Shape;

            /**
             * Verifies a Datagram message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Datagram message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Datagram
             */
            static fromObject(object: { [k: string]: any }): membership.v1.Datagram;

            /**
             * Creates a plain object from a Datagram message. Also converts values to other types if specified.
             * @param message Datagram
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: membership.v1.Datagram, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Datagram to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Datagram
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Datagram {

            /** Properties of a Datagram. */
            interface $Properties {

                /** Datagram packet */
                packet?: (membership.v1.Packet.$Properties|null);

                /** Datagram certificateRequest */
                certificateRequest?: (membership.v1.CertificateRequest.$Properties|null);

                /** Datagram certificates */
                certificates?: (membership.v1.Certificates.$Properties|null);

                /** Datagram body */
                body?: ("packet"|"certificateRequest"|"certificates");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Datagram. */
            type $Shape = {
              packet?: membership.v1.Packet.$Shape|null;
              certificateRequest?: membership.v1.CertificateRequest.$Shape|null;
              certificates?: membership.v1.Certificates.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; packet?: null; certificateRequest?: null; certificates?: null }|{ body?: "packet"; packet: membership.v1.Packet.$Shape; certificateRequest?: null; certificates?: null }|{ body?: "certificateRequest"; packet?: null; certificateRequest: membership.v1.CertificateRequest.$Shape; certificates?: null }|{ body?: "certificates"; packet?: null; certificateRequest?: null; certificates: membership.v1.Certificates.$Shape })
            );
        }
    }
}

/** Namespace rpc. */
export namespace rpc {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a RequestHeader.
         * @deprecated Use rpc.v1.RequestHeader.$Properties instead.
         */
        interface IRequestHeader extends rpc.v1.RequestHeader.$Properties {
        }

        /** Represents a RequestHeader. */
        class RequestHeader {

            /**
             * Constructs a new RequestHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: rpc.v1.RequestHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequestHeader method. */
            method: string;

            /** RequestHeader timeoutMs. */
            timeoutMs: number;

            /** RequestHeader metadata. */
            metadata: { [k: string]: string };

            /**
             * Creates a new RequestHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestHeader instance
             */
            static create(properties: rpc.v1.RequestHeader.$Shape): rpc.v1.RequestHeader & rpc.v1.RequestHeader.$Shape;
            static create(properties?: rpc.v1.RequestHeader.$Properties): rpc.v1.RequestHeader;

            /**
             * Encodes the specified RequestHeader message. Does not implicitly {@link rpc.v1.RequestHeader.verify|verify} messages.
             * @param message RequestHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: rpc.v1.RequestHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {rpc.v1.RequestHeader & rpc.v1.RequestHeader.$Shape} RequestHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): rpc.v1.RequestHeader & rpc.v1.RequestHeader.$Shape;

            /**
             * Verifies a RequestHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RequestHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequestHeader
             */
            static fromObject(object: { [k: string]: any }): rpc.v1.RequestHeader;

            /**
             * Creates a plain object from a RequestHeader message. Also converts values to other types if specified.
             * @param message RequestHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: rpc.v1.RequestHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequestHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestHeader {

            /** Properties of a RequestHeader. */
            interface $Properties {

                /** RequestHeader method */
                method?: (string|null);

                /** RequestHeader timeoutMs */
                timeoutMs?: (number|null);

                /** RequestHeader metadata */
                metadata?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestHeader. */
            type $Shape = rpc.v1.RequestHeader.$Properties;
        }

        /**
         * Properties of a Status.
         * @deprecated Use rpc.v1.Status.$Properties instead.
         */
        interface IStatus extends rpc.v1.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: rpc.v1.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status code. */
            code: number;

            /** Status message. */
            message: string;

            /** Status trailers. */
            trailers: { [k: string]: string };

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: rpc.v1.Status.$Shape): rpc.v1.Status & rpc.v1.Status.$Shape;
            static create(properties?: rpc.v1.Status.$Properties): rpc.v1.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link rpc.v1.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: rpc.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {rpc.v1.Status & rpc.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): rpc.v1.Status & rpc.v1.Status.$Shape;

            /**
             * Verifies a Status message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Status
             */
            static fromObject(object: { [k: string]: any }): rpc.v1.Status;

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @param message Status
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: rpc.v1.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Status to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Status
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Status code */
                code?: (number|null);

                /** Status message */
                message?: (string|null);

                /** Status trailers */
                trailers?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = rpc.v1.Status.$Properties;
        }
    }
}

/** Namespace worker. */
export namespace worker {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a GenerateRequest.
         * @deprecated Use worker.v1.GenerateRequest.$Properties instead.
         */
        interface IGenerateRequest extends worker.v1.GenerateRequest.$Properties {
        }

        /** Represents a GenerateRequest. */
        class GenerateRequest {

            /**
             * Constructs a new GenerateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: worker.v1.GenerateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GenerateRequest sessionId. */
            sessionId: string;

            /** GenerateRequest prompt. */
            prompt: string;

            /** GenerateRequest resumeAfter. */
            resumeAfter: number;

            /** GenerateRequest admission. */
            admission: Uint8Array;

            /** GenerateRequest model. */
            model: string;

            /** GenerateRequest sampling. */
            sampling?: (worker.v1.Sampling.$Properties|null);

            /** GenerateRequest promptTokenIds. */
            promptTokenIds: number[];

            /** GenerateRequest generatedTokenIds. */
            generatedTokenIds: number[];

            /** GenerateRequest allowInexact. */
            allowInexact: boolean;

            /** GenerateRequest generatedText. */
            generatedText: string;

            /**
             * Creates a new GenerateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GenerateRequest instance
             */
            static create(properties: worker.v1.GenerateRequest.$Shape): worker.v1.GenerateRequest & worker.v1.GenerateRequest.$Shape;
            static create(properties?: worker.v1.GenerateRequest.$Properties): worker.v1.GenerateRequest;

            /**
             * Encodes the specified GenerateRequest message. Does not implicitly {@link worker.v1.GenerateRequest.verify|verify} messages.
             * @param message GenerateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: worker.v1.GenerateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GenerateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {worker.v1.GenerateRequest & worker.v1.GenerateRequest.$Shape} GenerateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): worker.v1.GenerateRequest & worker.v1.GenerateRequest.$Shape;

            /**
             * Verifies a GenerateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GenerateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GenerateRequest
             */
            static fromObject(object: { [k: string]: any }): worker.v1.GenerateRequest;

            /**
             * Creates a plain object from a GenerateRequest message. Also converts values to other types if specified.
             * @param message GenerateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: worker.v1.GenerateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GenerateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GenerateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GenerateRequest {

            /** Properties of a GenerateRequest. */
            interface $Properties {

                /** GenerateRequest sessionId */
                sessionId?: (string|null);

                /** GenerateRequest prompt */
                prompt?: (string|null);

                /** GenerateRequest resumeAfter */
                resumeAfter?: (number|null);

                /** GenerateRequest admission */
                admission?: (Uint8Array|null);

                /** GenerateRequest model */
                model?: (string|null);

                /** GenerateRequest sampling */
                sampling?: (worker.v1.Sampling.$Properties|null);

                /** GenerateRequest promptTokenIds */
                promptTokenIds?: (number[]|null);

                /** GenerateRequest generatedTokenIds */
                generatedTokenIds?: (number[]|null);

                /** GenerateRequest allowInexact */
                allowInexact?: (boolean|null);

                /** GenerateRequest generatedText */
                generatedText?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GenerateRequest. */
            type $Shape = worker.v1.GenerateRequest.$Properties;
        }

        /**
         * Properties of a Sampling.
         * @deprecated Use worker.v1.Sampling.$Properties instead.
         */
        interface ISampling extends worker.v1.Sampling.$Properties {
        }

        /** Represents a Sampling. */
        class Sampling {

            /**
             * Constructs a new Sampling.
             * @param [properties] Properties to set
             */
            constructor(properties?: worker.v1.Sampling.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sampling temperature. */
            temperature?: (number|null);

            /** Sampling topP. */
            topP?: (number|null);

            /** Sampling seed. */
            seed?: (number|null);

            /** Sampling maxTokens. */
            maxTokens: number;

            /** Sampling stop. */
            stop: string[];

            /**
             * Creates a new Sampling instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Sampling instance
             */
            static create(properties: worker.v1.Sampling.$Shape): worker.v1.Sampling & worker.v1.Sampling.$Shape;
            static create(properties?: worker.v1.Sampling.$Properties): worker.v1.Sampling;

            /**
             * Encodes the specified Sampling message. Does not implicitly {@link worker.v1.Sampling.verify|verify} messages.
             * @param message Sampling message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: worker.v1.Sampling.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sampling message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {worker.v1.Sampling & worker.v1.Sampling.$Shape} Sampling
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): worker.v1.Sampling & worker.v1.Sampling.$Shape;

            /**
             * Verifies a Sampling message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Sampling message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Sampling
             */
            static fromObject(object: { [k: string]: any }): worker.v1.Sampling;

            /**
             * Creates a plain object from a Sampling message. Also converts values to other types if specified.
             * @param message Sampling
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: worker.v1.Sampling, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Sampling to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Sampling
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Sampling {

            /** Properties of a Sampling. */
            interface $Properties {

                /** Sampling temperature */
                temperature?: (number|null);

                /** Sampling topP */
                topP?: (number|null);

                /** Sampling seed */
                seed?: (number|null);

                /** Sampling maxTokens */
                maxTokens?: (number|null);

                /** Sampling stop */
                stop?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sampling. */
            type $Shape = worker.v1.Sampling.$Properties;
        }

        /**
         * Properties of a GenerateEvent.
         * @deprecated Use worker.v1.GenerateEvent.$Properties instead.
         */
        interface IGenerateEvent extends worker.v1.GenerateEvent.$Properties {
        }

        /** Represents a GenerateEvent. */
        class GenerateEvent {

            /**
             * Constructs a new GenerateEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: worker.v1.GenerateEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GenerateEvent connected. */
            connected?: (worker.v1.Connected.$Properties|null);

            /** GenerateEvent token. */
            token?: (worker.v1.Token.$Properties|null);

            /** GenerateEvent goAway. */
            goAway?: (worker.v1.GoAway.$Properties|null);

            /** GenerateEvent event. */
            event?: ("connected"|"token"|"goAway");

            /**
             * Creates a new GenerateEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GenerateEvent instance
             */
            static create(properties: worker.v1.GenerateEvent.$Shape): worker.v1.GenerateEvent & worker.v1.GenerateEvent.$Shape;
            static create(properties?: worker.v1.GenerateEvent.$Properties): worker.v1.GenerateEvent;

            /**
             * Encodes the specified GenerateEvent message. Does not implicitly {@link worker.v1.GenerateEvent.verify|verify} messages.
             * @param message GenerateEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: worker.v1.GenerateEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GenerateEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {worker.v1.GenerateEvent & worker.v1.GenerateEvent.$Shape} GenerateEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): worker.v1.GenerateEvent & worker.v1.GenerateEvent.$Shape;

            /**
             * Verifies a GenerateEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GenerateEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GenerateEvent
             */
            static fromObject(object: { [k: string]: any }): worker.v1.GenerateEvent;

            /**
             * Creates a plain object from a GenerateEvent message. Also converts values to other types if specified.
             * @param message GenerateEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: worker.v1.GenerateEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GenerateEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GenerateEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GenerateEvent {

            /** Properties of a GenerateEvent. */
            interface $Properties {

                /** GenerateEvent connected */
                connected?: (worker.v1.Connected.$Properties|null);

                /** GenerateEvent token */
                token?: (worker.v1.Token.$Properties|null);

                /** GenerateEvent goAway */
                goAway?: (worker.v1.GoAway.$Properties|null);

                /** GenerateEvent event */
                event?: ("connected"|"token"|"goAway");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a GenerateEvent. */
            type $Shape = {
              connected?: worker.v1.Connected.$Shape|null;
              token?: worker.v1.Token.$Shape|null;
              goAway?: worker.v1.GoAway.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ event?: undefined; connected?: null; token?: null; goAway?: null }|{ event?: "connected"; connected: worker.v1.Connected.$Shape; token?: null; goAway?: null }|{ event?: "token"; connected?: null; token: worker.v1.Token.$Shape; goAway?: null }|{ event?: "goAway"; connected?: null; token?: null; goAway: worker.v1.GoAway.$Shape })
            );
        }

        /**
         * Properties of a Connected.
         * @deprecated Use worker.v1.Connected.$Properties instead.
         */
        interface IConnected extends worker.v1.Connected.$Properties {
        }

        /** Represents a Connected. */
        class Connected {

            /**
             * Constructs a new Connected.
             * @param [properties] Properties to set
             */
            constructor(properties?: worker.v1.Connected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Connected worker. */
            worker: string;

            /** Connected resumeAfter. */
            resumeAfter: number;

            /** Connected promptTokenIds. */
            promptTokenIds: number[];

            /** Connected model. */
            model: string;

            /** Connected inexact. */
            inexact: boolean;

            /**
             * Creates a new Connected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Connected instance
             */
            static create(properties: worker.v1.Connected.$Shape): worker.v1.Connected & worker.v1.Connected.$Shape;
            static create(properties?: worker.v1.Connected.$Properties): worker.v1.Connected;

            /**
             * Encodes the specified Connected message. Does not implicitly {@link worker.v1.Connected.verify|verify} messages.
             * @param message Connected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: worker.v1.Connected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Connected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {worker.v1.Connected & worker.v1.Connected.$Shape} Connected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): worker.v1.Connected & worker.v1.Connected.$Shape;

            /**
             * Verifies a Connected message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Connected message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Connected
             */
            static fromObject(object: { [k: string]: any }): worker.v1.Connected;

            /**
             * Creates a plain object from a Connected message. Also converts values to other types if specified.
             * @param message Connected
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: worker.v1.Connected, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Connected to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Connected
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Connected {

            /** Properties of a Connected. */
            interface $Properties {

                /** Connected worker */
                worker?: (string|null);

                /** Connected resumeAfter */
                resumeAfter?: (number|null);

                /** Connected promptTokenIds */
                promptTokenIds?: (number[]|null);

                /** Connected model */
                model?: (string|null);

                /** Connected inexact */
                inexact?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Connected. */
            type $Shape = worker.v1.Connected.$Properties;
        }

        /**
         * Properties of a Token.
         * @deprecated Use worker.v1.Token.$Properties instead.
         */
        interface IToken extends worker.v1.Token.$Properties {
        }

        /** Represents a Token. */
        class Token {

            /**
             * Constructs a new Token.
             * @param [properties] Properties to set
             */
            constructor(properties?: worker.v1.Token.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Token sequence. */
            sequence: number;

            /** Token text. */
            text: string;

            /** Token tokenIds. */
            tokenIds: number[];

            /** Token finishReason. */
            finishReason: worker.v1.FinishReason;

            /**
             * Creates a new Token instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Token instance
             */
            static create(properties: worker.v1.Token.$Shape): worker.v1.Token & worker.v1.Token.$Shape;
            static create(properties?: worker.v1.Token.$Properties): worker.v1.Token;

            /**
             * Encodes the specified Token message. Does not implicitly {@link worker.v1.Token.verify|verify} messages.
             * @param message Token message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: worker.v1.Token.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Token message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {worker.v1.Token & worker.v1.Token.$Shape} Token
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): worker.v1.Token & worker.v1.Token.$Shape;

            /**
             * Verifies a Token message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Token message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Token
             */
            static fromObject(object: { [k: string]: any }): worker.v1.Token;

            /**
             * Creates a plain object from a Token message. Also converts values to other types if specified.
             * @param message Token
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: worker.v1.Token, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Token to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Token
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Token {

            /** Properties of a Token. */
            interface $Properties {

                /** Token sequence */
                sequence?: (number|null);

                /** Token text */
                text?: (string|null);

                /** Token tokenIds */
                tokenIds?: (number[]|null);

                /** Token finishReason */
                finishReason?: (worker.v1.FinishReason|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Token. */
            type $Shape = worker.v1.Token.$Properties;
        }

        /** FinishReason enum. */
        enum FinishReason {

            /** FINISH_REASON_UNSPECIFIED value */
            FINISH_REASON_UNSPECIFIED = 0,

            /** FINISH_REASON_STOP value */
            FINISH_REASON_STOP = 1,

            /** FINISH_REASON_LENGTH value */
            FINISH_REASON_LENGTH = 2
        }

        /**
         * Properties of a GoAway.
         * @deprecated Use worker.v1.GoAway.$Properties instead.
         */
        interface IGoAway extends worker.v1.GoAway.$Properties {
        }

        /** Represents a GoAway. */
        class GoAway {

            /**
             * Constructs a new GoAway.
             * @param [properties] Properties to set
             */
            constructor(properties?: worker.v1.GoAway.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GoAway reason. */
            reason: string;

            /**
             * Creates a new GoAway instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GoAway instance
             */
            static create(properties: worker.v1.GoAway.$Shape): worker.v1.GoAway & worker.v1.GoAway.$Shape;
            static create(properties?: worker.v1.GoAway.$Properties): worker.v1.GoAway;

            /**
             * Encodes the specified GoAway message. Does not implicitly {@link worker.v1.GoAway.verify|verify} messages.
             * @param message GoAway message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: worker.v1.GoAway.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GoAway message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {worker.v1.GoAway & worker.v1.GoAway.$Shape} GoAway
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): worker.v1.GoAway & worker.v1.GoAway.$Shape;

            /**
             * Verifies a GoAway message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GoAway message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GoAway
             */
            static fromObject(object: { [k: string]: any }): worker.v1.GoAway;

            /**
             * Creates a plain object from a GoAway message. Also converts values to other types if specified.
             * @param message GoAway
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: worker.v1.GoAway, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GoAway to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GoAway
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GoAway {

            /** Properties of a GoAway. */
            interface $Properties {

                /** GoAway reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GoAway. */
            type $Shape = worker.v1.GoAway.$Properties;
        }

        /**
         * Properties of a PingRequest.
         * @deprecated Use worker.v1.PingRequest.$Properties instead.
         */
        interface IPingRequest extends worker.v1.PingRequest.$Properties {
        }

        /** Represents a PingRequest. */
        class PingRequest {

            /**
             * Constructs a new PingRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: worker.v1.PingRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingRequest instance
             */
            static create(properties: worker.v1.PingRequest.$Shape): worker.v1.PingRequest & worker.v1.PingRequest.$Shape;
            static create(properties?: worker.v1.PingRequest.$Properties): worker.v1.PingRequest;

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link worker.v1.PingRequest.verify|verify} messages.
             * @param message PingRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: worker.v1.PingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {worker.v1.PingRequest & worker.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): worker.v1.PingRequest & worker.v1.PingRequest.$Shape;

            /**
             * Verifies a PingRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PingRequest
             */
            static fromObject(object: { [k: string]: any }): worker.v1.PingRequest;

            /**
             * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
             * @param message PingRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: worker.v1.PingRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PingRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PingRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingRequest {

            /** Properties of a PingRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PingRequest. */
            type $Shape = worker.v1.PingRequest.$Properties;
        }

        /**
         * Properties of a PingResponse.
         * @deprecated Use worker.v1.PingResponse.$Properties instead.
         */
        interface IPingResponse extends worker.v1.PingResponse.$Properties {
        }

        /** Represents a PingResponse. */
        class PingResponse {

            /**
             * Constructs a new PingResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: worker.v1.PingResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PingResponse worker. */
            worker: string;

            /**
             * Creates a new PingResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingResponse instance
             */
            static create(properties: worker.v1.PingResponse.$Shape): worker.v1.PingResponse & worker.v1.PingResponse.$Shape;
            static create(properties?: worker.v1.PingResponse.$Properties): worker.v1.PingResponse;

            /**
             * Encodes the specified PingResponse message. Does not implicitly {@link worker.v1.PingResponse.verify|verify} messages.
             * @param message PingResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: worker.v1.PingResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {worker.v1.PingResponse & worker.v1.PingResponse.$Shape} PingResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): worker.v1.PingResponse & worker.v1.PingResponse.$Shape;

            /**
             * Verifies a PingResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PingResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PingResponse
             */
            static fromObject(object: { [k: string]: any }): worker.v1.PingResponse;

            /**
             * Creates a plain object from a PingResponse message. Also converts values to other types if specified.
             * @param message PingResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: worker.v1.PingResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PingResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PingResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingResponse {

            /** Properties of a PingResponse. */
            interface $Properties {

                /** PingResponse worker */
                worker?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PingResponse. */
            type $Shape = worker.v1.PingResponse.$Properties;
        }
    }
}
