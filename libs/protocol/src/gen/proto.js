/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const director = $root.director = (() => {

    /**
     * Namespace director.
     * @exports director
     * @namespace
     */
    const director = {};

    director.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof director
         * @namespace
         */
        const v1 = {};

        v1.AssignWorkerRequest = (function() {

            /**
             * Properties of an AssignWorkerRequest.
             * @typedef {Object} director.v1.AssignWorkerRequest.$Properties
             * @property {string|null} [sessionId] AssignWorkerRequest sessionId
             * @property {string|null} [excludedWorker] AssignWorkerRequest excludedWorker
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AssignWorkerRequest.
             * @memberof director.v1
             * @interface IAssignWorkerRequest
             * @augments director.v1.AssignWorkerRequest.$Properties
             * @deprecated Use director.v1.AssignWorkerRequest.$Properties instead.
             */

            /**
             * Shape of an AssignWorkerRequest.
             * @typedef {director.v1.AssignWorkerRequest.$Properties} director.v1.AssignWorkerRequest.$Shape
             */

            /**
             * Constructs a new AssignWorkerRequest.
             * @memberof director.v1
             * @classdesc Represents an AssignWorkerRequest.
             * @constructor
             * @param {director.v1.AssignWorkerRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AssignWorkerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AssignWorkerRequest sessionId.
             * @member {string} sessionId
             * @memberof director.v1.AssignWorkerRequest
             * @instance
             */
            AssignWorkerRequest.prototype.sessionId = "";

            /**
             * AssignWorkerRequest excludedWorker.
             * @member {string} excludedWorker
             * @memberof director.v1.AssignWorkerRequest
             * @instance
             */
            AssignWorkerRequest.prototype.excludedWorker = "";

            /**
             * Creates a new AssignWorkerRequest instance using the specified properties.
             * @function create
             * @memberof director.v1.AssignWorkerRequest
             * @static
             * @param {director.v1.AssignWorkerRequest.$Properties=} [properties] Properties to set
             * @returns {director.v1.AssignWorkerRequest} AssignWorkerRequest instance
             * @type {{
             *   (properties: director.v1.AssignWorkerRequest.$Shape): director.v1.AssignWorkerRequest & director.v1.AssignWorkerRequest.$Shape;
             *   (properties?: director.v1.AssignWorkerRequest.$Properties): director.v1.AssignWorkerRequest;
             * }}
             */
            AssignWorkerRequest.create = function(properties) {
                return new AssignWorkerRequest(properties);
            };

            /**
             * Encodes the specified AssignWorkerRequest message. Does not implicitly {@link director.v1.AssignWorkerRequest.verify|verify} messages.
             * @function encode
             * @memberof director.v1.AssignWorkerRequest
             * @static
             * @param {director.v1.AssignWorkerRequest.$Properties} message AssignWorkerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AssignWorkerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.excludedWorker != null && $Object.hasOwnProperty.call(message, "excludedWorker") && message.excludedWorker !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.excludedWorker);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AssignWorkerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.AssignWorkerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.AssignWorkerRequest & director.v1.AssignWorkerRequest.$Shape} AssignWorkerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AssignWorkerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.director.v1.AssignWorkerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.excludedWorker = value;
                            else
                                delete message.excludedWorker;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AssignWorkerRequest message.
             * @function verify
             * @memberof director.v1.AssignWorkerRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AssignWorkerRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.excludedWorker != null && $Object.hasOwnProperty.call(message, "excludedWorker"))
                    if (!$util.isString(message.excludedWorker))
                        return "excludedWorker: string expected";
                return null;
            };

            /**
             * Creates an AssignWorkerRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.AssignWorkerRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.AssignWorkerRequest} AssignWorkerRequest
             */
            AssignWorkerRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.AssignWorkerRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.AssignWorkerRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.director.v1.AssignWorkerRequest();
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.excludedWorker != null)
                    if (typeof object.excludedWorker !== "string" || object.excludedWorker.length)
                        message.excludedWorker = $String(object.excludedWorker);
                return message;
            };

            /**
             * Creates a plain object from an AssignWorkerRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.AssignWorkerRequest
             * @static
             * @param {director.v1.AssignWorkerRequest} message AssignWorkerRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AssignWorkerRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sessionId = "";
                    object.excludedWorker = "";
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.excludedWorker != null && $Object.hasOwnProperty.call(message, "excludedWorker"))
                    object.excludedWorker = message.excludedWorker;
                return object;
            };

            /**
             * Converts this AssignWorkerRequest to JSON.
             * @function toJSON
             * @memberof director.v1.AssignWorkerRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AssignWorkerRequest.prototype.toJSON = function() {
                return AssignWorkerRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AssignWorkerRequest
             * @function getTypeUrl
             * @memberof director.v1.AssignWorkerRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AssignWorkerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.AssignWorkerRequest";
            };

            return AssignWorkerRequest;
        })();

        v1.AssignWorkerResponse = (function() {

            /**
             * Properties of an AssignWorkerResponse.
             * @typedef {Object} director.v1.AssignWorkerResponse.$Properties
             * @property {string|null} [sessionId] AssignWorkerResponse sessionId
             * @property {string|null} [worker] AssignWorkerResponse worker
             * @property {director.v1.Endpoint.$Properties|null} [endpoint] AssignWorkerResponse endpoint
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AssignWorkerResponse.
             * @memberof director.v1
             * @interface IAssignWorkerResponse
             * @augments director.v1.AssignWorkerResponse.$Properties
             * @deprecated Use director.v1.AssignWorkerResponse.$Properties instead.
             */

            /**
             * Shape of an AssignWorkerResponse.
             * @typedef {director.v1.AssignWorkerResponse.$Properties} director.v1.AssignWorkerResponse.$Shape
             */

            /**
             * Constructs a new AssignWorkerResponse.
             * @memberof director.v1
             * @classdesc Represents an AssignWorkerResponse.
             * @constructor
             * @param {director.v1.AssignWorkerResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AssignWorkerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AssignWorkerResponse sessionId.
             * @member {string} sessionId
             * @memberof director.v1.AssignWorkerResponse
             * @instance
             */
            AssignWorkerResponse.prototype.sessionId = "";

            /**
             * AssignWorkerResponse worker.
             * @member {string} worker
             * @memberof director.v1.AssignWorkerResponse
             * @instance
             */
            AssignWorkerResponse.prototype.worker = "";

            /**
             * AssignWorkerResponse endpoint.
             * @member {director.v1.Endpoint.$Properties|null|undefined} endpoint
             * @memberof director.v1.AssignWorkerResponse
             * @instance
             */
            AssignWorkerResponse.prototype.endpoint = null;

            /**
             * Creates a new AssignWorkerResponse instance using the specified properties.
             * @function create
             * @memberof director.v1.AssignWorkerResponse
             * @static
             * @param {director.v1.AssignWorkerResponse.$Properties=} [properties] Properties to set
             * @returns {director.v1.AssignWorkerResponse} AssignWorkerResponse instance
             * @type {{
             *   (properties: director.v1.AssignWorkerResponse.$Shape): director.v1.AssignWorkerResponse & director.v1.AssignWorkerResponse.$Shape;
             *   (properties?: director.v1.AssignWorkerResponse.$Properties): director.v1.AssignWorkerResponse;
             * }}
             */
            AssignWorkerResponse.create = function(properties) {
                return new AssignWorkerResponse(properties);
            };

            /**
             * Encodes the specified AssignWorkerResponse message. Does not implicitly {@link director.v1.AssignWorkerResponse.verify|verify} messages.
             * @function encode
             * @memberof director.v1.AssignWorkerResponse
             * @static
             * @param {director.v1.AssignWorkerResponse.$Properties} message AssignWorkerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AssignWorkerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.worker);
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    $root.director.v1.Endpoint.encode(message.endpoint, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AssignWorkerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.AssignWorkerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.AssignWorkerResponse & director.v1.AssignWorkerResponse.$Shape} AssignWorkerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AssignWorkerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.director.v1.AssignWorkerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.endpoint = $root.director.v1.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.endpoint);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AssignWorkerResponse message.
             * @function verify
             * @memberof director.v1.AssignWorkerResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AssignWorkerResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    if (!$util.isString(message.worker))
                        return "worker: string expected";
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint")) {
                    let error = $root.director.v1.Endpoint.verify(message.endpoint, _depth + 1);
                    if (error)
                        return "endpoint." + error;
                }
                return null;
            };

            /**
             * Creates an AssignWorkerResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.AssignWorkerResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.AssignWorkerResponse} AssignWorkerResponse
             */
            AssignWorkerResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.AssignWorkerResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.AssignWorkerResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.director.v1.AssignWorkerResponse();
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                if (object.endpoint != null) {
                    if (!$util.isObject(object.endpoint))
                        throw $TypeError(".director.v1.AssignWorkerResponse.endpoint: object expected");
                    message.endpoint = $root.director.v1.Endpoint.fromObject(object.endpoint, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AssignWorkerResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.AssignWorkerResponse
             * @static
             * @param {director.v1.AssignWorkerResponse} message AssignWorkerResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AssignWorkerResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sessionId = "";
                    object.worker = "";
                    object.endpoint = null;
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    object.endpoint = $root.director.v1.Endpoint.toObject(message.endpoint, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AssignWorkerResponse to JSON.
             * @function toJSON
             * @memberof director.v1.AssignWorkerResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AssignWorkerResponse.prototype.toJSON = function() {
                return AssignWorkerResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AssignWorkerResponse
             * @function getTypeUrl
             * @memberof director.v1.AssignWorkerResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AssignWorkerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.AssignWorkerResponse";
            };

            return AssignWorkerResponse;
        })();

        v1.Endpoint = (function() {

            /**
             * Properties of an Endpoint.
             * @typedef {Object} director.v1.Endpoint.$Properties
             * @property {string|null} [host] Endpoint host
             * @property {number|null} [port] Endpoint port
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Endpoint.
             * @memberof director.v1
             * @interface IEndpoint
             * @augments director.v1.Endpoint.$Properties
             * @deprecated Use director.v1.Endpoint.$Properties instead.
             */

            /**
             * Shape of an Endpoint.
             * @typedef {director.v1.Endpoint.$Properties} director.v1.Endpoint.$Shape
             */

            /**
             * Constructs a new Endpoint.
             * @memberof director.v1
             * @classdesc Represents an Endpoint.
             * @constructor
             * @param {director.v1.Endpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Endpoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Endpoint host.
             * @member {string} host
             * @memberof director.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.host = "";

            /**
             * Endpoint port.
             * @member {number} port
             * @memberof director.v1.Endpoint
             * @instance
             */
            Endpoint.prototype.port = 0;

            /**
             * Creates a new Endpoint instance using the specified properties.
             * @function create
             * @memberof director.v1.Endpoint
             * @static
             * @param {director.v1.Endpoint.$Properties=} [properties] Properties to set
             * @returns {director.v1.Endpoint} Endpoint instance
             * @type {{
             *   (properties: director.v1.Endpoint.$Shape): director.v1.Endpoint & director.v1.Endpoint.$Shape;
             *   (properties?: director.v1.Endpoint.$Properties): director.v1.Endpoint;
             * }}
             */
            Endpoint.create = function(properties) {
                return new Endpoint(properties);
            };

            /**
             * Encodes the specified Endpoint message. Does not implicitly {@link director.v1.Endpoint.verify|verify} messages.
             * @function encode
             * @memberof director.v1.Endpoint
             * @static
             * @param {director.v1.Endpoint.$Properties} message Endpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Endpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.host);
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Endpoint message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.Endpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.Endpoint & director.v1.Endpoint.$Shape} Endpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Endpoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.director.v1.Endpoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Endpoint message.
             * @function verify
             * @memberof director.v1.Endpoint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Endpoint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    if (!$util.isString(message.host))
                        return "host: string expected";
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    if (!$util.isInteger(message.port))
                        return "port: integer expected";
                return null;
            };

            /**
             * Creates an Endpoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.Endpoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.Endpoint} Endpoint
             */
            Endpoint.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.Endpoint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.Endpoint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.director.v1.Endpoint();
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Endpoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.Endpoint
             * @static
             * @param {director.v1.Endpoint} message Endpoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Endpoint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.host = "";
                    object.port = 0;
                }
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                return object;
            };

            /**
             * Converts this Endpoint to JSON.
             * @function toJSON
             * @memberof director.v1.Endpoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Endpoint.prototype.toJSON = function() {
                return Endpoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Endpoint
             * @function getTypeUrl
             * @memberof director.v1.Endpoint
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Endpoint.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.Endpoint";
            };

            return Endpoint;
        })();

        v1.ListWorkersRequest = (function() {

            /**
             * Properties of a ListWorkersRequest.
             * @typedef {Object} director.v1.ListWorkersRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListWorkersRequest.
             * @memberof director.v1
             * @interface IListWorkersRequest
             * @augments director.v1.ListWorkersRequest.$Properties
             * @deprecated Use director.v1.ListWorkersRequest.$Properties instead.
             */

            /**
             * Shape of a ListWorkersRequest.
             * @typedef {director.v1.ListWorkersRequest.$Properties} director.v1.ListWorkersRequest.$Shape
             */

            /**
             * Constructs a new ListWorkersRequest.
             * @memberof director.v1
             * @classdesc Represents a ListWorkersRequest.
             * @constructor
             * @param {director.v1.ListWorkersRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListWorkersRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListWorkersRequest instance using the specified properties.
             * @function create
             * @memberof director.v1.ListWorkersRequest
             * @static
             * @param {director.v1.ListWorkersRequest.$Properties=} [properties] Properties to set
             * @returns {director.v1.ListWorkersRequest} ListWorkersRequest instance
             * @type {{
             *   (properties: director.v1.ListWorkersRequest.$Shape): director.v1.ListWorkersRequest & director.v1.ListWorkersRequest.$Shape;
             *   (properties?: director.v1.ListWorkersRequest.$Properties): director.v1.ListWorkersRequest;
             * }}
             */
            ListWorkersRequest.create = function(properties) {
                return new ListWorkersRequest(properties);
            };

            /**
             * Encodes the specified ListWorkersRequest message. Does not implicitly {@link director.v1.ListWorkersRequest.verify|verify} messages.
             * @function encode
             * @memberof director.v1.ListWorkersRequest
             * @static
             * @param {director.v1.ListWorkersRequest.$Properties} message ListWorkersRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListWorkersRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListWorkersRequest message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.ListWorkersRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.ListWorkersRequest & director.v1.ListWorkersRequest.$Shape} ListWorkersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListWorkersRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.director.v1.ListWorkersRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ListWorkersRequest message.
             * @function verify
             * @memberof director.v1.ListWorkersRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListWorkersRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ListWorkersRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.ListWorkersRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.ListWorkersRequest} ListWorkersRequest
             */
            ListWorkersRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.ListWorkersRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.ListWorkersRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.director.v1.ListWorkersRequest();
            };

            /**
             * Creates a plain object from a ListWorkersRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.ListWorkersRequest
             * @static
             * @param {director.v1.ListWorkersRequest} message ListWorkersRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListWorkersRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ListWorkersRequest to JSON.
             * @function toJSON
             * @memberof director.v1.ListWorkersRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListWorkersRequest.prototype.toJSON = function() {
                return ListWorkersRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListWorkersRequest
             * @function getTypeUrl
             * @memberof director.v1.ListWorkersRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListWorkersRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.ListWorkersRequest";
            };

            return ListWorkersRequest;
        })();

        v1.WorkerStatus = (function() {

            /**
             * Properties of a WorkerStatus.
             * @typedef {Object} director.v1.WorkerStatus.$Properties
             * @property {string|null} [label] WorkerStatus label
             * @property {director.v1.Endpoint.$Properties|null} [endpoint] WorkerStatus endpoint
             * @property {boolean|null} [available] WorkerStatus available
             * @property {number|null} [load] WorkerStatus load
             * @property {number|null} [lastSeenMsAgo] WorkerStatus lastSeenMsAgo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerStatus.
             * @memberof director.v1
             * @interface IWorkerStatus
             * @augments director.v1.WorkerStatus.$Properties
             * @deprecated Use director.v1.WorkerStatus.$Properties instead.
             */

            /**
             * Shape of a WorkerStatus.
             * @typedef {director.v1.WorkerStatus.$Properties} director.v1.WorkerStatus.$Shape
             */

            /**
             * Constructs a new WorkerStatus.
             * @memberof director.v1
             * @classdesc Represents a WorkerStatus.
             * @constructor
             * @param {director.v1.WorkerStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerStatus label.
             * @member {string} label
             * @memberof director.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.label = "";

            /**
             * WorkerStatus endpoint.
             * @member {director.v1.Endpoint.$Properties|null|undefined} endpoint
             * @memberof director.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.endpoint = null;

            /**
             * WorkerStatus available.
             * @member {boolean} available
             * @memberof director.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.available = false;

            /**
             * WorkerStatus load.
             * @member {number} load
             * @memberof director.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.load = 0;

            /**
             * WorkerStatus lastSeenMsAgo.
             * @member {number} lastSeenMsAgo
             * @memberof director.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.lastSeenMsAgo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new WorkerStatus instance using the specified properties.
             * @function create
             * @memberof director.v1.WorkerStatus
             * @static
             * @param {director.v1.WorkerStatus.$Properties=} [properties] Properties to set
             * @returns {director.v1.WorkerStatus} WorkerStatus instance
             * @type {{
             *   (properties: director.v1.WorkerStatus.$Shape): director.v1.WorkerStatus & director.v1.WorkerStatus.$Shape;
             *   (properties?: director.v1.WorkerStatus.$Properties): director.v1.WorkerStatus;
             * }}
             */
            WorkerStatus.create = function(properties) {
                return new WorkerStatus(properties);
            };

            /**
             * Encodes the specified WorkerStatus message. Does not implicitly {@link director.v1.WorkerStatus.verify|verify} messages.
             * @function encode
             * @memberof director.v1.WorkerStatus
             * @static
             * @param {director.v1.WorkerStatus.$Properties} message WorkerStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.label);
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    $root.director.v1.Endpoint.encode(message.endpoint, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.available);
                if (message.load != null && $Object.hasOwnProperty.call(message, "load") && message.load !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.load);
                if (message.lastSeenMsAgo != null && $Object.hasOwnProperty.call(message, "lastSeenMsAgo") && (typeof message.lastSeenMsAgo === "object" ? message.lastSeenMsAgo.low || message.lastSeenMsAgo.high : message.lastSeenMsAgo !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.lastSeenMsAgo);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkerStatus message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.WorkerStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.WorkerStatus & director.v1.WorkerStatus.$Shape} WorkerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.director.v1.WorkerStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.endpoint = $root.director.v1.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.endpoint);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.available = value;
                            else
                                delete message.available;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.load = value;
                            else
                                delete message.load;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeenMsAgo = value;
                            else
                                delete message.lastSeenMsAgo;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a WorkerStatus message.
             * @function verify
             * @memberof director.v1.WorkerStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    if (!$util.isString(message.label))
                        return "label: string expected";
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint")) {
                    let error = $root.director.v1.Endpoint.verify(message.endpoint, _depth + 1);
                    if (error)
                        return "endpoint." + error;
                }
                if (message.available != null && $Object.hasOwnProperty.call(message, "available"))
                    if (typeof message.available !== "boolean")
                        return "available: boolean expected";
                if (message.load != null && $Object.hasOwnProperty.call(message, "load"))
                    if (!$util.isInteger(message.load))
                        return "load: integer expected";
                if (message.lastSeenMsAgo != null && $Object.hasOwnProperty.call(message, "lastSeenMsAgo"))
                    if (!$util.isInteger(message.lastSeenMsAgo) && !(message.lastSeenMsAgo && $util.isInteger(message.lastSeenMsAgo.low) && $util.isInteger(message.lastSeenMsAgo.high)))
                        return "lastSeenMsAgo: integer|Long expected";
                return null;
            };

            /**
             * Creates a WorkerStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.WorkerStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.WorkerStatus} WorkerStatus
             */
            WorkerStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.WorkerStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.WorkerStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.director.v1.WorkerStatus();
                if (object.label != null)
                    if (typeof object.label !== "string" || object.label.length)
                        message.label = $String(object.label);
                if (object.endpoint != null) {
                    if (!$util.isObject(object.endpoint))
                        throw $TypeError(".director.v1.WorkerStatus.endpoint: object expected");
                    message.endpoint = $root.director.v1.Endpoint.fromObject(object.endpoint, _depth + 1);
                }
                if (object.available != null)
                    if (object.available)
                        message.available = $Boolean(object.available);
                if (object.load != null)
                    if ($Number(object.load) !== 0)
                        message.load = object.load >>> 0;
                if (object.lastSeenMsAgo != null)
                    if (typeof object.lastSeenMsAgo === "object" ? object.lastSeenMsAgo.low || object.lastSeenMsAgo.high : $Number(object.lastSeenMsAgo) !== 0)
                        if ($util.Long)
                            message.lastSeenMsAgo = $util.Long.fromValue(object.lastSeenMsAgo, true);
                        else if (typeof object.lastSeenMsAgo === "string")
                            message.lastSeenMsAgo = $parseInt(object.lastSeenMsAgo, 10);
                        else if (typeof object.lastSeenMsAgo === "number")
                            message.lastSeenMsAgo = object.lastSeenMsAgo;
                        else if (typeof object.lastSeenMsAgo === "object")
                            message.lastSeenMsAgo = new $util.LongBits(object.lastSeenMsAgo.low >>> 0, object.lastSeenMsAgo.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a WorkerStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.WorkerStatus
             * @static
             * @param {director.v1.WorkerStatus} message WorkerStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.label = "";
                    object.endpoint = null;
                    object.available = false;
                    object.load = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeenMsAgo = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeenMsAgo = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    object.label = message.label;
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    object.endpoint = $root.director.v1.Endpoint.toObject(message.endpoint, options, _depth + 1);
                if (message.available != null && $Object.hasOwnProperty.call(message, "available"))
                    object.available = message.available;
                if (message.load != null && $Object.hasOwnProperty.call(message, "load"))
                    object.load = message.load;
                if (message.lastSeenMsAgo != null && $Object.hasOwnProperty.call(message, "lastSeenMsAgo"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeenMsAgo = typeof message.lastSeenMsAgo === "number" ? $BigInt(message.lastSeenMsAgo) : $util.Long.fromBits(message.lastSeenMsAgo.low >>> 0, message.lastSeenMsAgo.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeenMsAgo === "number")
                        object.lastSeenMsAgo = options.longs === $String ? $String(message.lastSeenMsAgo) : message.lastSeenMsAgo;
                    else
                        object.lastSeenMsAgo = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeenMsAgo) : options.longs === $Number ? new $util.LongBits(message.lastSeenMsAgo.low >>> 0, message.lastSeenMsAgo.high >>> 0).toNumber(true) : message.lastSeenMsAgo;
                return object;
            };

            /**
             * Converts this WorkerStatus to JSON.
             * @function toJSON
             * @memberof director.v1.WorkerStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerStatus.prototype.toJSON = function() {
                return WorkerStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerStatus
             * @function getTypeUrl
             * @memberof director.v1.WorkerStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.WorkerStatus";
            };

            return WorkerStatus;
        })();

        v1.ListWorkersResponse = (function() {

            /**
             * Properties of a ListWorkersResponse.
             * @typedef {Object} director.v1.ListWorkersResponse.$Properties
             * @property {Array.<director.v1.WorkerStatus.$Properties>|null} [workers] ListWorkersResponse workers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListWorkersResponse.
             * @memberof director.v1
             * @interface IListWorkersResponse
             * @augments director.v1.ListWorkersResponse.$Properties
             * @deprecated Use director.v1.ListWorkersResponse.$Properties instead.
             */

            /**
             * Shape of a ListWorkersResponse.
             * @typedef {director.v1.ListWorkersResponse.$Properties} director.v1.ListWorkersResponse.$Shape
             */

            /**
             * Constructs a new ListWorkersResponse.
             * @memberof director.v1
             * @classdesc Represents a ListWorkersResponse.
             * @constructor
             * @param {director.v1.ListWorkersResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListWorkersResponse = function (properties) {
                this.workers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListWorkersResponse workers.
             * @member {Array.<director.v1.WorkerStatus.$Properties>} workers
             * @memberof director.v1.ListWorkersResponse
             * @instance
             */
            ListWorkersResponse.prototype.workers = $util.emptyArray;

            /**
             * Creates a new ListWorkersResponse instance using the specified properties.
             * @function create
             * @memberof director.v1.ListWorkersResponse
             * @static
             * @param {director.v1.ListWorkersResponse.$Properties=} [properties] Properties to set
             * @returns {director.v1.ListWorkersResponse} ListWorkersResponse instance
             * @type {{
             *   (properties: director.v1.ListWorkersResponse.$Shape): director.v1.ListWorkersResponse & director.v1.ListWorkersResponse.$Shape;
             *   (properties?: director.v1.ListWorkersResponse.$Properties): director.v1.ListWorkersResponse;
             * }}
             */
            ListWorkersResponse.create = function(properties) {
                return new ListWorkersResponse(properties);
            };

            /**
             * Encodes the specified ListWorkersResponse message. Does not implicitly {@link director.v1.ListWorkersResponse.verify|verify} messages.
             * @function encode
             * @memberof director.v1.ListWorkersResponse
             * @static
             * @param {director.v1.ListWorkersResponse.$Properties} message ListWorkersResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListWorkersResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workers != null && message.workers.length)
                    for (let i = 0; i < message.workers.length; ++i)
                        $root.director.v1.WorkerStatus.encode(message.workers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListWorkersResponse message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.ListWorkersResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.ListWorkersResponse & director.v1.ListWorkersResponse.$Shape} ListWorkersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListWorkersResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.director.v1.ListWorkersResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.workers && message.workers.length))
                                message.workers = [];
                            message.workers.push($root.director.v1.WorkerStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ListWorkersResponse message.
             * @function verify
             * @memberof director.v1.ListWorkersResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListWorkersResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workers != null && $Object.hasOwnProperty.call(message, "workers")) {
                    if (!$Array.isArray(message.workers))
                        return "workers: array expected";
                    for (let i = 0; i < message.workers.length; ++i) {
                        let error = $root.director.v1.WorkerStatus.verify(message.workers[i], _depth + 1);
                        if (error)
                            return "workers." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListWorkersResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.ListWorkersResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.ListWorkersResponse} ListWorkersResponse
             */
            ListWorkersResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.ListWorkersResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.ListWorkersResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.director.v1.ListWorkersResponse();
                if (object.workers) {
                    if (!$Array.isArray(object.workers))
                        throw $TypeError(".director.v1.ListWorkersResponse.workers: array expected");
                    message.workers = $Array(object.workers.length);
                    for (let i = 0; i < object.workers.length; ++i) {
                        if (!$util.isObject(object.workers[i]))
                            throw $TypeError(".director.v1.ListWorkersResponse.workers: object expected");
                        message.workers[i] = $root.director.v1.WorkerStatus.fromObject(object.workers[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListWorkersResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.ListWorkersResponse
             * @static
             * @param {director.v1.ListWorkersResponse} message ListWorkersResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListWorkersResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.workers = [];
                if (message.workers && message.workers.length) {
                    object.workers = $Array(message.workers.length);
                    for (let j = 0; j < message.workers.length; ++j)
                        object.workers[j] = $root.director.v1.WorkerStatus.toObject(message.workers[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListWorkersResponse to JSON.
             * @function toJSON
             * @memberof director.v1.ListWorkersResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListWorkersResponse.prototype.toJSON = function() {
                return ListWorkersResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListWorkersResponse
             * @function getTypeUrl
             * @memberof director.v1.ListWorkersResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListWorkersResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.ListWorkersResponse";
            };

            return ListWorkersResponse;
        })();

        v1.WorkerState = (function() {

            /**
             * Properties of a WorkerState.
             * @typedef {Object} director.v1.WorkerState.$Properties
             * @property {string|null} [label] WorkerState label
             * @property {director.v1.Endpoint.$Properties|null} [endpoint] WorkerState endpoint
             * @property {boolean|null} [available] WorkerState available
             * @property {number|null} [load] WorkerState load
             * @property {string|null} [instanceId] WorkerState instanceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerState.
             * @memberof director.v1
             * @interface IWorkerState
             * @augments director.v1.WorkerState.$Properties
             * @deprecated Use director.v1.WorkerState.$Properties instead.
             */

            /**
             * Shape of a WorkerState.
             * @typedef {director.v1.WorkerState.$Properties} director.v1.WorkerState.$Shape
             */

            /**
             * Constructs a new WorkerState.
             * @memberof director.v1
             * @classdesc Represents a WorkerState.
             * @constructor
             * @param {director.v1.WorkerState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerState label.
             * @member {string} label
             * @memberof director.v1.WorkerState
             * @instance
             */
            WorkerState.prototype.label = "";

            /**
             * WorkerState endpoint.
             * @member {director.v1.Endpoint.$Properties|null|undefined} endpoint
             * @memberof director.v1.WorkerState
             * @instance
             */
            WorkerState.prototype.endpoint = null;

            /**
             * WorkerState available.
             * @member {boolean} available
             * @memberof director.v1.WorkerState
             * @instance
             */
            WorkerState.prototype.available = false;

            /**
             * WorkerState load.
             * @member {number} load
             * @memberof director.v1.WorkerState
             * @instance
             */
            WorkerState.prototype.load = 0;

            /**
             * WorkerState instanceId.
             * @member {string} instanceId
             * @memberof director.v1.WorkerState
             * @instance
             */
            WorkerState.prototype.instanceId = "";

            /**
             * Creates a new WorkerState instance using the specified properties.
             * @function create
             * @memberof director.v1.WorkerState
             * @static
             * @param {director.v1.WorkerState.$Properties=} [properties] Properties to set
             * @returns {director.v1.WorkerState} WorkerState instance
             * @type {{
             *   (properties: director.v1.WorkerState.$Shape): director.v1.WorkerState & director.v1.WorkerState.$Shape;
             *   (properties?: director.v1.WorkerState.$Properties): director.v1.WorkerState;
             * }}
             */
            WorkerState.create = function(properties) {
                return new WorkerState(properties);
            };

            /**
             * Encodes the specified WorkerState message. Does not implicitly {@link director.v1.WorkerState.verify|verify} messages.
             * @function encode
             * @memberof director.v1.WorkerState
             * @static
             * @param {director.v1.WorkerState.$Properties} message WorkerState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.label);
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    $root.director.v1.Endpoint.encode(message.endpoint, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.available);
                if (message.load != null && $Object.hasOwnProperty.call(message, "load") && message.load !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.load);
                if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId") && message.instanceId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.instanceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkerState message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.WorkerState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.WorkerState & director.v1.WorkerState.$Shape} WorkerState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.director.v1.WorkerState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.endpoint = $root.director.v1.Endpoint.decode(reader, reader.size(), $undefined, _depth + 1, message.endpoint);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.available = value;
                            else
                                delete message.available;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.load = value;
                            else
                                delete message.load;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.instanceId = value;
                            else
                                delete message.instanceId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a WorkerState message.
             * @function verify
             * @memberof director.v1.WorkerState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    if (!$util.isString(message.label))
                        return "label: string expected";
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint")) {
                    let error = $root.director.v1.Endpoint.verify(message.endpoint, _depth + 1);
                    if (error)
                        return "endpoint." + error;
                }
                if (message.available != null && $Object.hasOwnProperty.call(message, "available"))
                    if (typeof message.available !== "boolean")
                        return "available: boolean expected";
                if (message.load != null && $Object.hasOwnProperty.call(message, "load"))
                    if (!$util.isInteger(message.load))
                        return "load: integer expected";
                if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                    if (!$util.isString(message.instanceId))
                        return "instanceId: string expected";
                return null;
            };

            /**
             * Creates a WorkerState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.WorkerState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.WorkerState} WorkerState
             */
            WorkerState.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.WorkerState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.WorkerState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.director.v1.WorkerState();
                if (object.label != null)
                    if (typeof object.label !== "string" || object.label.length)
                        message.label = $String(object.label);
                if (object.endpoint != null) {
                    if (!$util.isObject(object.endpoint))
                        throw $TypeError(".director.v1.WorkerState.endpoint: object expected");
                    message.endpoint = $root.director.v1.Endpoint.fromObject(object.endpoint, _depth + 1);
                }
                if (object.available != null)
                    if (object.available)
                        message.available = $Boolean(object.available);
                if (object.load != null)
                    if ($Number(object.load) !== 0)
                        message.load = object.load >>> 0;
                if (object.instanceId != null)
                    if (typeof object.instanceId !== "string" || object.instanceId.length)
                        message.instanceId = $String(object.instanceId);
                return message;
            };

            /**
             * Creates a plain object from a WorkerState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.WorkerState
             * @static
             * @param {director.v1.WorkerState} message WorkerState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.label = "";
                    object.endpoint = null;
                    object.available = false;
                    object.load = 0;
                    object.instanceId = "";
                }
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    object.label = message.label;
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    object.endpoint = $root.director.v1.Endpoint.toObject(message.endpoint, options, _depth + 1);
                if (message.available != null && $Object.hasOwnProperty.call(message, "available"))
                    object.available = message.available;
                if (message.load != null && $Object.hasOwnProperty.call(message, "load"))
                    object.load = message.load;
                if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                    object.instanceId = message.instanceId;
                return object;
            };

            /**
             * Converts this WorkerState to JSON.
             * @function toJSON
             * @memberof director.v1.WorkerState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerState.prototype.toJSON = function() {
                return WorkerState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerState
             * @function getTypeUrl
             * @memberof director.v1.WorkerState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.WorkerState";
            };

            return WorkerState;
        })();

        v1.RegisterResponse = (function() {

            /**
             * Properties of a RegisterResponse.
             * @typedef {Object} director.v1.RegisterResponse.$Properties
             * @property {number|null} [ttlMs] RegisterResponse ttlMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegisterResponse.
             * @memberof director.v1
             * @interface IRegisterResponse
             * @augments director.v1.RegisterResponse.$Properties
             * @deprecated Use director.v1.RegisterResponse.$Properties instead.
             */

            /**
             * Shape of a RegisterResponse.
             * @typedef {director.v1.RegisterResponse.$Properties} director.v1.RegisterResponse.$Shape
             */

            /**
             * Constructs a new RegisterResponse.
             * @memberof director.v1
             * @classdesc Represents a RegisterResponse.
             * @constructor
             * @param {director.v1.RegisterResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegisterResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegisterResponse ttlMs.
             * @member {number} ttlMs
             * @memberof director.v1.RegisterResponse
             * @instance
             */
            RegisterResponse.prototype.ttlMs = 0;

            /**
             * Creates a new RegisterResponse instance using the specified properties.
             * @function create
             * @memberof director.v1.RegisterResponse
             * @static
             * @param {director.v1.RegisterResponse.$Properties=} [properties] Properties to set
             * @returns {director.v1.RegisterResponse} RegisterResponse instance
             * @type {{
             *   (properties: director.v1.RegisterResponse.$Shape): director.v1.RegisterResponse & director.v1.RegisterResponse.$Shape;
             *   (properties?: director.v1.RegisterResponse.$Properties): director.v1.RegisterResponse;
             * }}
             */
            RegisterResponse.create = function(properties) {
                return new RegisterResponse(properties);
            };

            /**
             * Encodes the specified RegisterResponse message. Does not implicitly {@link director.v1.RegisterResponse.verify|verify} messages.
             * @function encode
             * @memberof director.v1.RegisterResponse
             * @static
             * @param {director.v1.RegisterResponse.$Properties} message RegisterResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && message.ttlMs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ttlMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegisterResponse message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.RegisterResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.RegisterResponse & director.v1.RegisterResponse.$Shape} RegisterResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.director.v1.RegisterResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlMs = value;
                            else
                                delete message.ttlMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RegisterResponse message.
             * @function verify
             * @memberof director.v1.RegisterResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegisterResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    if (!$util.isInteger(message.ttlMs))
                        return "ttlMs: integer expected";
                return null;
            };

            /**
             * Creates a RegisterResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.RegisterResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.RegisterResponse} RegisterResponse
             */
            RegisterResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.RegisterResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.RegisterResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.director.v1.RegisterResponse();
                if (object.ttlMs != null)
                    if ($Number(object.ttlMs) !== 0)
                        message.ttlMs = object.ttlMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a RegisterResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.RegisterResponse
             * @static
             * @param {director.v1.RegisterResponse} message RegisterResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegisterResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.ttlMs = 0;
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    object.ttlMs = message.ttlMs;
                return object;
            };

            /**
             * Converts this RegisterResponse to JSON.
             * @function toJSON
             * @memberof director.v1.RegisterResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegisterResponse.prototype.toJSON = function() {
                return RegisterResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegisterResponse
             * @function getTypeUrl
             * @memberof director.v1.RegisterResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegisterResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.RegisterResponse";
            };

            return RegisterResponse;
        })();

        v1.HeartbeatResponse = (function() {

            /**
             * Properties of a HeartbeatResponse.
             * @typedef {Object} director.v1.HeartbeatResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeartbeatResponse.
             * @memberof director.v1
             * @interface IHeartbeatResponse
             * @augments director.v1.HeartbeatResponse.$Properties
             * @deprecated Use director.v1.HeartbeatResponse.$Properties instead.
             */

            /**
             * Shape of a HeartbeatResponse.
             * @typedef {director.v1.HeartbeatResponse.$Properties} director.v1.HeartbeatResponse.$Shape
             */

            /**
             * Constructs a new HeartbeatResponse.
             * @memberof director.v1
             * @classdesc Represents a HeartbeatResponse.
             * @constructor
             * @param {director.v1.HeartbeatResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HeartbeatResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new HeartbeatResponse instance using the specified properties.
             * @function create
             * @memberof director.v1.HeartbeatResponse
             * @static
             * @param {director.v1.HeartbeatResponse.$Properties=} [properties] Properties to set
             * @returns {director.v1.HeartbeatResponse} HeartbeatResponse instance
             * @type {{
             *   (properties: director.v1.HeartbeatResponse.$Shape): director.v1.HeartbeatResponse & director.v1.HeartbeatResponse.$Shape;
             *   (properties?: director.v1.HeartbeatResponse.$Properties): director.v1.HeartbeatResponse;
             * }}
             */
            HeartbeatResponse.create = function(properties) {
                return new HeartbeatResponse(properties);
            };

            /**
             * Encodes the specified HeartbeatResponse message. Does not implicitly {@link director.v1.HeartbeatResponse.verify|verify} messages.
             * @function encode
             * @memberof director.v1.HeartbeatResponse
             * @static
             * @param {director.v1.HeartbeatResponse.$Properties} message HeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.HeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.HeartbeatResponse & director.v1.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.director.v1.HeartbeatResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a HeartbeatResponse message.
             * @function verify
             * @memberof director.v1.HeartbeatResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HeartbeatResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a HeartbeatResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.HeartbeatResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.HeartbeatResponse} HeartbeatResponse
             */
            HeartbeatResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.HeartbeatResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.HeartbeatResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.director.v1.HeartbeatResponse();
            };

            /**
             * Creates a plain object from a HeartbeatResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.HeartbeatResponse
             * @static
             * @param {director.v1.HeartbeatResponse} message HeartbeatResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HeartbeatResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this HeartbeatResponse to JSON.
             * @function toJSON
             * @memberof director.v1.HeartbeatResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HeartbeatResponse.prototype.toJSON = function() {
                return HeartbeatResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HeartbeatResponse
             * @function getTypeUrl
             * @memberof director.v1.HeartbeatResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HeartbeatResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.HeartbeatResponse";
            };

            return HeartbeatResponse;
        })();

        return v1;
    })();

    return director;
})();

export const rpc = $root.rpc = (() => {

    /**
     * Namespace rpc.
     * @exports rpc
     * @namespace
     */
    const rpc = {};

    rpc.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof rpc
         * @namespace
         */
        const v1 = {};

        v1.RequestHeader = (function() {

            /**
             * Properties of a RequestHeader.
             * @typedef {Object} rpc.v1.RequestHeader.$Properties
             * @property {string|null} [method] RequestHeader method
             * @property {number|null} [timeoutMs] RequestHeader timeoutMs
             * @property {Object.<string,string>|null} [metadata] RequestHeader metadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestHeader.
             * @memberof rpc.v1
             * @interface IRequestHeader
             * @augments rpc.v1.RequestHeader.$Properties
             * @deprecated Use rpc.v1.RequestHeader.$Properties instead.
             */

            /**
             * Shape of a RequestHeader.
             * @typedef {rpc.v1.RequestHeader.$Properties} rpc.v1.RequestHeader.$Shape
             */

            /**
             * Constructs a new RequestHeader.
             * @memberof rpc.v1
             * @classdesc Represents a RequestHeader.
             * @constructor
             * @param {rpc.v1.RequestHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestHeader = function (properties) {
                this.metadata = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestHeader method.
             * @member {string} method
             * @memberof rpc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.method = "";

            /**
             * RequestHeader timeoutMs.
             * @member {number} timeoutMs
             * @memberof rpc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.timeoutMs = 0;

            /**
             * RequestHeader metadata.
             * @member {Object.<string,string>} metadata
             * @memberof rpc.v1.RequestHeader
             * @instance
             */
            RequestHeader.prototype.metadata = $util.emptyObject;

            /**
             * Creates a new RequestHeader instance using the specified properties.
             * @function create
             * @memberof rpc.v1.RequestHeader
             * @static
             * @param {rpc.v1.RequestHeader.$Properties=} [properties] Properties to set
             * @returns {rpc.v1.RequestHeader} RequestHeader instance
             * @type {{
             *   (properties: rpc.v1.RequestHeader.$Shape): rpc.v1.RequestHeader & rpc.v1.RequestHeader.$Shape;
             *   (properties?: rpc.v1.RequestHeader.$Properties): rpc.v1.RequestHeader;
             * }}
             */
            RequestHeader.create = function(properties) {
                return new RequestHeader(properties);
            };

            /**
             * Encodes the specified RequestHeader message. Does not implicitly {@link rpc.v1.RequestHeader.verify|verify} messages.
             * @function encode
             * @memberof rpc.v1.RequestHeader
             * @static
             * @param {rpc.v1.RequestHeader.$Properties} message RequestHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.method);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.timeoutMs);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestHeader message from the specified reader or buffer.
             * @function decode
             * @memberof rpc.v1.RequestHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {rpc.v1.RequestHeader & rpc.v1.RequestHeader.$Shape} RequestHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.rpc.v1.RequestHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.method = value;
                            else
                                delete message.method;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.metadata === $util.emptyObject)
                                message.metadata = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metadata, key);
                            message.metadata[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RequestHeader message.
             * @function verify
             * @memberof rpc.v1.RequestHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RequestHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                    if (!$util.isString(message.method))
                        return "method: string expected";
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs"))
                    if (!$util.isInteger(message.timeoutMs))
                        return "timeoutMs: integer expected";
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                    if (!$util.isObject(message.metadata))
                        return "metadata: object expected";
                    let key = $Object.keys(message.metadata);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.metadata[key[i]]))
                            return "metadata: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a RequestHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof rpc.v1.RequestHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {rpc.v1.RequestHeader} RequestHeader
             */
            RequestHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.rpc.v1.RequestHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".rpc.v1.RequestHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.rpc.v1.RequestHeader();
                if (object.method != null)
                    if (typeof object.method !== "string" || object.method.length)
                        message.method = $String(object.method);
                if (object.timeoutMs != null)
                    if ($Number(object.timeoutMs) !== 0)
                        message.timeoutMs = object.timeoutMs >>> 0;
                if (object.metadata) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".rpc.v1.RequestHeader.metadata: object expected");
                    message.metadata = {};
                    for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metadata, keys[i]);
                        message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a RequestHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof rpc.v1.RequestHeader
             * @static
             * @param {rpc.v1.RequestHeader} message RequestHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.metadata = {};
                if (options.defaults) {
                    object.method = "";
                    object.timeoutMs = 0;
                }
                if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                    object.method = message.method;
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs"))
                    object.timeoutMs = message.timeoutMs;
                let keys2;
                if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                    object.metadata = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metadata, keys2[j]);
                        object.metadata[keys2[j]] = message.metadata[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this RequestHeader to JSON.
             * @function toJSON
             * @memberof rpc.v1.RequestHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestHeader.prototype.toJSON = function() {
                return RequestHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestHeader
             * @function getTypeUrl
             * @memberof rpc.v1.RequestHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/rpc.v1.RequestHeader";
            };

            return RequestHeader;
        })();

        v1.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} rpc.v1.Status.$Properties
             * @property {number|null} [code] Status code
             * @property {string|null} [message] Status message
             * @property {Object.<string,string>|null} [trailers] Status trailers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof rpc.v1
             * @interface IStatus
             * @augments rpc.v1.Status.$Properties
             * @deprecated Use rpc.v1.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {rpc.v1.Status.$Properties} rpc.v1.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof rpc.v1
             * @classdesc Represents a Status.
             * @constructor
             * @param {rpc.v1.Status.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Status = function (properties) {
                this.trailers = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Status code.
             * @member {number} code
             * @memberof rpc.v1.Status
             * @instance
             */
            Status.prototype.code = 0;

            /**
             * Status message.
             * @member {string} message
             * @memberof rpc.v1.Status
             * @instance
             */
            Status.prototype.message = "";

            /**
             * Status trailers.
             * @member {Object.<string,string>} trailers
             * @memberof rpc.v1.Status
             * @instance
             */
            Status.prototype.trailers = $util.emptyObject;

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof rpc.v1.Status
             * @static
             * @param {rpc.v1.Status.$Properties=} [properties] Properties to set
             * @returns {rpc.v1.Status} Status instance
             * @type {{
             *   (properties: rpc.v1.Status.$Shape): rpc.v1.Status & rpc.v1.Status.$Shape;
             *   (properties?: rpc.v1.Status.$Properties): rpc.v1.Status;
             * }}
             */
            Status.create = function(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link rpc.v1.Status.verify|verify} messages.
             * @function encode
             * @memberof rpc.v1.Status
             * @static
             * @param {rpc.v1.Status.$Properties} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.trailers != null && $Object.hasOwnProperty.call(message, "trailers"))
                    for (let keys = $Object.keys(message.trailers), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.trailers[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof rpc.v1.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {rpc.v1.Status & rpc.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.rpc.v1.Status();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.trailers === $util.emptyObject)
                                message.trailers = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.trailers, key);
                            message.trailers[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Status message.
             * @function verify
             * @memberof rpc.v1.Status
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Status.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isInteger(message.code))
                        return "code: integer expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.trailers != null && $Object.hasOwnProperty.call(message, "trailers")) {
                    if (!$util.isObject(message.trailers))
                        return "trailers: object expected";
                    let key = $Object.keys(message.trailers);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.trailers[key[i]]))
                            return "trailers: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof rpc.v1.Status
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {rpc.v1.Status} Status
             */
            Status.fromObject = function (object, _depth) {
                if (object instanceof $root.rpc.v1.Status)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".rpc.v1.Status: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.rpc.v1.Status();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code >>> 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.trailers) {
                    if (!$util.isObject(object.trailers))
                        throw $TypeError(".rpc.v1.Status.trailers: object expected");
                    message.trailers = {};
                    for (let keys = $Object.keys(object.trailers), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.trailers, keys[i]);
                        message.trailers[keys[i]] = $String(object.trailers[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @function toObject
             * @memberof rpc.v1.Status
             * @static
             * @param {rpc.v1.Status} message Status
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Status.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.trailers = {};
                if (options.defaults) {
                    object.code = 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                let keys2;
                if (message.trailers && (keys2 = $Object.keys(message.trailers)).length) {
                    object.trailers = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.trailers, keys2[j]);
                        object.trailers[keys2[j]] = message.trailers[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Status to JSON.
             * @function toJSON
             * @memberof rpc.v1.Status
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Status.prototype.toJSON = function() {
                return Status.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Status
             * @function getTypeUrl
             * @memberof rpc.v1.Status
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Status.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/rpc.v1.Status";
            };

            return Status;
        })();

        return v1;
    })();

    return rpc;
})();

export const worker = $root.worker = (() => {

    /**
     * Namespace worker.
     * @exports worker
     * @namespace
     */
    const worker = {};

    worker.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof worker
         * @namespace
         */
        const v1 = {};

        v1.GenerateRequest = (function() {

            /**
             * Properties of a GenerateRequest.
             * @typedef {Object} worker.v1.GenerateRequest.$Properties
             * @property {string|null} [sessionId] GenerateRequest sessionId
             * @property {string|null} [prompt] GenerateRequest prompt
             * @property {number|null} [resumeAfter] GenerateRequest resumeAfter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GenerateRequest.
             * @memberof worker.v1
             * @interface IGenerateRequest
             * @augments worker.v1.GenerateRequest.$Properties
             * @deprecated Use worker.v1.GenerateRequest.$Properties instead.
             */

            /**
             * Shape of a GenerateRequest.
             * @typedef {worker.v1.GenerateRequest.$Properties} worker.v1.GenerateRequest.$Shape
             */

            /**
             * Constructs a new GenerateRequest.
             * @memberof worker.v1
             * @classdesc Represents a GenerateRequest.
             * @constructor
             * @param {worker.v1.GenerateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GenerateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GenerateRequest sessionId.
             * @member {string} sessionId
             * @memberof worker.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.sessionId = "";

            /**
             * GenerateRequest prompt.
             * @member {string} prompt
             * @memberof worker.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.prompt = "";

            /**
             * GenerateRequest resumeAfter.
             * @member {number} resumeAfter
             * @memberof worker.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.resumeAfter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new GenerateRequest instance using the specified properties.
             * @function create
             * @memberof worker.v1.GenerateRequest
             * @static
             * @param {worker.v1.GenerateRequest.$Properties=} [properties] Properties to set
             * @returns {worker.v1.GenerateRequest} GenerateRequest instance
             * @type {{
             *   (properties: worker.v1.GenerateRequest.$Shape): worker.v1.GenerateRequest & worker.v1.GenerateRequest.$Shape;
             *   (properties?: worker.v1.GenerateRequest.$Properties): worker.v1.GenerateRequest;
             * }}
             */
            GenerateRequest.create = function(properties) {
                return new GenerateRequest(properties);
            };

            /**
             * Encodes the specified GenerateRequest message. Does not implicitly {@link worker.v1.GenerateRequest.verify|verify} messages.
             * @function encode
             * @memberof worker.v1.GenerateRequest
             * @static
             * @param {worker.v1.GenerateRequest.$Properties} message GenerateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GenerateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt") && message.prompt !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.prompt);
                if (message.resumeAfter != null && $Object.hasOwnProperty.call(message, "resumeAfter") && (typeof message.resumeAfter === "object" ? message.resumeAfter.low || message.resumeAfter.high : message.resumeAfter !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.resumeAfter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GenerateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof worker.v1.GenerateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {worker.v1.GenerateRequest & worker.v1.GenerateRequest.$Shape} GenerateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GenerateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.worker.v1.GenerateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.prompt = value;
                            else
                                delete message.prompt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.resumeAfter = value;
                            else
                                delete message.resumeAfter;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GenerateRequest message.
             * @function verify
             * @memberof worker.v1.GenerateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GenerateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    if (!$util.isString(message.prompt))
                        return "prompt: string expected";
                if (message.resumeAfter != null && $Object.hasOwnProperty.call(message, "resumeAfter"))
                    if (!$util.isInteger(message.resumeAfter) && !(message.resumeAfter && $util.isInteger(message.resumeAfter.low) && $util.isInteger(message.resumeAfter.high)))
                        return "resumeAfter: integer|Long expected";
                return null;
            };

            /**
             * Creates a GenerateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof worker.v1.GenerateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {worker.v1.GenerateRequest} GenerateRequest
             */
            GenerateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.worker.v1.GenerateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".worker.v1.GenerateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.worker.v1.GenerateRequest();
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.prompt != null)
                    if (typeof object.prompt !== "string" || object.prompt.length)
                        message.prompt = $String(object.prompt);
                if (object.resumeAfter != null)
                    if (typeof object.resumeAfter === "object" ? object.resumeAfter.low || object.resumeAfter.high : $Number(object.resumeAfter) !== 0)
                        if ($util.Long)
                            message.resumeAfter = $util.Long.fromValue(object.resumeAfter, true);
                        else if (typeof object.resumeAfter === "string")
                            message.resumeAfter = $parseInt(object.resumeAfter, 10);
                        else if (typeof object.resumeAfter === "number")
                            message.resumeAfter = object.resumeAfter;
                        else if (typeof object.resumeAfter === "object")
                            message.resumeAfter = new $util.LongBits(object.resumeAfter.low >>> 0, object.resumeAfter.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a GenerateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof worker.v1.GenerateRequest
             * @static
             * @param {worker.v1.GenerateRequest} message GenerateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GenerateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sessionId = "";
                    object.prompt = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.resumeAfter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.resumeAfter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    object.prompt = message.prompt;
                if (message.resumeAfter != null && $Object.hasOwnProperty.call(message, "resumeAfter"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.resumeAfter = typeof message.resumeAfter === "number" ? $BigInt(message.resumeAfter) : $util.Long.fromBits(message.resumeAfter.low >>> 0, message.resumeAfter.high >>> 0, true).toBigInt();
                    else if (typeof message.resumeAfter === "number")
                        object.resumeAfter = options.longs === $String ? $String(message.resumeAfter) : message.resumeAfter;
                    else
                        object.resumeAfter = options.longs === $String ? $util.Long.prototype.toString.call(message.resumeAfter) : options.longs === $Number ? new $util.LongBits(message.resumeAfter.low >>> 0, message.resumeAfter.high >>> 0).toNumber(true) : message.resumeAfter;
                return object;
            };

            /**
             * Converts this GenerateRequest to JSON.
             * @function toJSON
             * @memberof worker.v1.GenerateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GenerateRequest.prototype.toJSON = function() {
                return GenerateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GenerateRequest
             * @function getTypeUrl
             * @memberof worker.v1.GenerateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GenerateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/worker.v1.GenerateRequest";
            };

            return GenerateRequest;
        })();

        v1.GenerateEvent = (function() {

            /**
             * Properties of a GenerateEvent.
             * @typedef {Object} worker.v1.GenerateEvent.$Properties
             * @property {worker.v1.Connected.$Properties|null} [connected] GenerateEvent connected
             * @property {worker.v1.Token.$Properties|null} [token] GenerateEvent token
             * @property {worker.v1.GoAway.$Properties|null} [goAway] GenerateEvent goAway
             * @property {"connected"|"token"|"goAway"} [event] GenerateEvent event
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GenerateEvent.
             * @memberof worker.v1
             * @interface IGenerateEvent
             * @augments worker.v1.GenerateEvent.$Properties
             * @deprecated Use worker.v1.GenerateEvent.$Properties instead.
             */

            /**
             * Narrowed shape of a GenerateEvent.
             * @typedef {{
             *   connected?: worker.v1.Connected.$Shape|null;
             *   token?: worker.v1.Token.$Shape|null;
             *   goAway?: worker.v1.GoAway.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ event?: undefined; connected?: null; token?: null; goAway?: null }|{ event?: "connected"; connected: worker.v1.Connected.$Shape; token?: null; goAway?: null }|{ event?: "token"; connected?: null; token: worker.v1.Token.$Shape; goAway?: null }|{ event?: "goAway"; connected?: null; token?: null; goAway: worker.v1.GoAway.$Shape })
             * )} worker.v1.GenerateEvent.$Shape
             */

            /**
             * Constructs a new GenerateEvent.
             * @memberof worker.v1
             * @classdesc Represents a GenerateEvent.
             * @constructor
             * @param {worker.v1.GenerateEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GenerateEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GenerateEvent connected.
             * @member {worker.v1.Connected.$Properties|null|undefined} connected
             * @memberof worker.v1.GenerateEvent
             * @instance
             */
            GenerateEvent.prototype.connected = null;

            /**
             * GenerateEvent token.
             * @member {worker.v1.Token.$Properties|null|undefined} token
             * @memberof worker.v1.GenerateEvent
             * @instance
             */
            GenerateEvent.prototype.token = null;

            /**
             * GenerateEvent goAway.
             * @member {worker.v1.GoAway.$Properties|null|undefined} goAway
             * @memberof worker.v1.GenerateEvent
             * @instance
             */
            GenerateEvent.prototype.goAway = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * GenerateEvent event.
             * @member {"connected"|"token"|"goAway"|undefined} event
             * @memberof worker.v1.GenerateEvent
             * @instance
             */
            $Object.defineProperty(GenerateEvent.prototype, "event", {
                get: $util.oneOfGetter($oneOfFields = ["connected", "token", "goAway"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new GenerateEvent instance using the specified properties.
             * @function create
             * @memberof worker.v1.GenerateEvent
             * @static
             * @param {worker.v1.GenerateEvent.$Properties=} [properties] Properties to set
             * @returns {worker.v1.GenerateEvent} GenerateEvent instance
             * @type {{
             *   (properties: worker.v1.GenerateEvent.$Shape): worker.v1.GenerateEvent & worker.v1.GenerateEvent.$Shape;
             *   (properties?: worker.v1.GenerateEvent.$Properties): worker.v1.GenerateEvent;
             * }}
             */
            GenerateEvent.create = function(properties) {
                return new GenerateEvent(properties);
            };

            /**
             * Encodes the specified GenerateEvent message. Does not implicitly {@link worker.v1.GenerateEvent.verify|verify} messages.
             * @function encode
             * @memberof worker.v1.GenerateEvent
             * @static
             * @param {worker.v1.GenerateEvent.$Properties} message GenerateEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GenerateEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected"))
                    $root.worker.v1.Connected.encode(message.connected, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    $root.worker.v1.Token.encode(message.token, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.goAway != null && $Object.hasOwnProperty.call(message, "goAway"))
                    $root.worker.v1.GoAway.encode(message.goAway, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GenerateEvent message from the specified reader or buffer.
             * @function decode
             * @memberof worker.v1.GenerateEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {worker.v1.GenerateEvent & worker.v1.GenerateEvent.$Shape} GenerateEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GenerateEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.worker.v1.GenerateEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.connected = $root.worker.v1.Connected.decode(reader, reader.size(), $undefined, _depth + 1, message.connected);
                            message.event = "connected";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.token = $root.worker.v1.Token.decode(reader, reader.size(), $undefined, _depth + 1, message.token);
                            message.event = "token";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.goAway = $root.worker.v1.GoAway.decode(reader, reader.size(), $undefined, _depth + 1, message.goAway);
                            message.event = "goAway";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GenerateEvent message.
             * @function verify
             * @memberof worker.v1.GenerateEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GenerateEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected")) {
                    properties.event = 1;
                    {
                        let error = $root.worker.v1.Connected.verify(message.connected, _depth + 1);
                        if (error)
                            return "connected." + error;
                    }
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token")) {
                    if (properties.event === 1)
                        return "event: multiple values";
                    properties.event = 1;
                    {
                        let error = $root.worker.v1.Token.verify(message.token, _depth + 1);
                        if (error)
                            return "token." + error;
                    }
                }
                if (message.goAway != null && $Object.hasOwnProperty.call(message, "goAway")) {
                    if (properties.event === 1)
                        return "event: multiple values";
                    properties.event = 1;
                    {
                        let error = $root.worker.v1.GoAway.verify(message.goAway, _depth + 1);
                        if (error)
                            return "goAway." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a GenerateEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof worker.v1.GenerateEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {worker.v1.GenerateEvent} GenerateEvent
             */
            GenerateEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.worker.v1.GenerateEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".worker.v1.GenerateEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.worker.v1.GenerateEvent();
                if (object.connected != null) {
                    if (!$util.isObject(object.connected))
                        throw $TypeError(".worker.v1.GenerateEvent.connected: object expected");
                    message.connected = $root.worker.v1.Connected.fromObject(object.connected, _depth + 1);
                }
                if (object.token != null) {
                    if (!$util.isObject(object.token))
                        throw $TypeError(".worker.v1.GenerateEvent.token: object expected");
                    message.token = $root.worker.v1.Token.fromObject(object.token, _depth + 1);
                }
                if (object.goAway != null) {
                    if (!$util.isObject(object.goAway))
                        throw $TypeError(".worker.v1.GenerateEvent.goAway: object expected");
                    message.goAway = $root.worker.v1.GoAway.fromObject(object.goAway, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a GenerateEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof worker.v1.GenerateEvent
             * @static
             * @param {worker.v1.GenerateEvent} message GenerateEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GenerateEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected")) {
                    object.connected = $root.worker.v1.Connected.toObject(message.connected, options, _depth + 1);
                    if (options.oneofs)
                        object.event = "connected";
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token")) {
                    object.token = $root.worker.v1.Token.toObject(message.token, options, _depth + 1);
                    if (options.oneofs)
                        object.event = "token";
                }
                if (message.goAway != null && $Object.hasOwnProperty.call(message, "goAway")) {
                    object.goAway = $root.worker.v1.GoAway.toObject(message.goAway, options, _depth + 1);
                    if (options.oneofs)
                        object.event = "goAway";
                }
                return object;
            };

            /**
             * Converts this GenerateEvent to JSON.
             * @function toJSON
             * @memberof worker.v1.GenerateEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GenerateEvent.prototype.toJSON = function() {
                return GenerateEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GenerateEvent
             * @function getTypeUrl
             * @memberof worker.v1.GenerateEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GenerateEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/worker.v1.GenerateEvent";
            };

            return GenerateEvent;
        })();

        v1.Connected = (function() {

            /**
             * Properties of a Connected.
             * @typedef {Object} worker.v1.Connected.$Properties
             * @property {string|null} [worker] Connected worker
             * @property {number|null} [resumeAfter] Connected resumeAfter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Connected.
             * @memberof worker.v1
             * @interface IConnected
             * @augments worker.v1.Connected.$Properties
             * @deprecated Use worker.v1.Connected.$Properties instead.
             */

            /**
             * Shape of a Connected.
             * @typedef {worker.v1.Connected.$Properties} worker.v1.Connected.$Shape
             */

            /**
             * Constructs a new Connected.
             * @memberof worker.v1
             * @classdesc Represents a Connected.
             * @constructor
             * @param {worker.v1.Connected.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Connected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Connected worker.
             * @member {string} worker
             * @memberof worker.v1.Connected
             * @instance
             */
            Connected.prototype.worker = "";

            /**
             * Connected resumeAfter.
             * @member {number} resumeAfter
             * @memberof worker.v1.Connected
             * @instance
             */
            Connected.prototype.resumeAfter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Connected instance using the specified properties.
             * @function create
             * @memberof worker.v1.Connected
             * @static
             * @param {worker.v1.Connected.$Properties=} [properties] Properties to set
             * @returns {worker.v1.Connected} Connected instance
             * @type {{
             *   (properties: worker.v1.Connected.$Shape): worker.v1.Connected & worker.v1.Connected.$Shape;
             *   (properties?: worker.v1.Connected.$Properties): worker.v1.Connected;
             * }}
             */
            Connected.create = function(properties) {
                return new Connected(properties);
            };

            /**
             * Encodes the specified Connected message. Does not implicitly {@link worker.v1.Connected.verify|verify} messages.
             * @function encode
             * @memberof worker.v1.Connected
             * @static
             * @param {worker.v1.Connected.$Properties} message Connected message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Connected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.worker);
                if (message.resumeAfter != null && $Object.hasOwnProperty.call(message, "resumeAfter") && (typeof message.resumeAfter === "object" ? message.resumeAfter.low || message.resumeAfter.high : message.resumeAfter !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.resumeAfter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Connected message from the specified reader or buffer.
             * @function decode
             * @memberof worker.v1.Connected
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {worker.v1.Connected & worker.v1.Connected.$Shape} Connected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Connected.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.worker.v1.Connected();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.resumeAfter = value;
                            else
                                delete message.resumeAfter;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Connected message.
             * @function verify
             * @memberof worker.v1.Connected
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Connected.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    if (!$util.isString(message.worker))
                        return "worker: string expected";
                if (message.resumeAfter != null && $Object.hasOwnProperty.call(message, "resumeAfter"))
                    if (!$util.isInteger(message.resumeAfter) && !(message.resumeAfter && $util.isInteger(message.resumeAfter.low) && $util.isInteger(message.resumeAfter.high)))
                        return "resumeAfter: integer|Long expected";
                return null;
            };

            /**
             * Creates a Connected message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof worker.v1.Connected
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {worker.v1.Connected} Connected
             */
            Connected.fromObject = function (object, _depth) {
                if (object instanceof $root.worker.v1.Connected)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".worker.v1.Connected: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.worker.v1.Connected();
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                if (object.resumeAfter != null)
                    if (typeof object.resumeAfter === "object" ? object.resumeAfter.low || object.resumeAfter.high : $Number(object.resumeAfter) !== 0)
                        if ($util.Long)
                            message.resumeAfter = $util.Long.fromValue(object.resumeAfter, true);
                        else if (typeof object.resumeAfter === "string")
                            message.resumeAfter = $parseInt(object.resumeAfter, 10);
                        else if (typeof object.resumeAfter === "number")
                            message.resumeAfter = object.resumeAfter;
                        else if (typeof object.resumeAfter === "object")
                            message.resumeAfter = new $util.LongBits(object.resumeAfter.low >>> 0, object.resumeAfter.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Connected message. Also converts values to other types if specified.
             * @function toObject
             * @memberof worker.v1.Connected
             * @static
             * @param {worker.v1.Connected} message Connected
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Connected.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.worker = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.resumeAfter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.resumeAfter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                if (message.resumeAfter != null && $Object.hasOwnProperty.call(message, "resumeAfter"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.resumeAfter = typeof message.resumeAfter === "number" ? $BigInt(message.resumeAfter) : $util.Long.fromBits(message.resumeAfter.low >>> 0, message.resumeAfter.high >>> 0, true).toBigInt();
                    else if (typeof message.resumeAfter === "number")
                        object.resumeAfter = options.longs === $String ? $String(message.resumeAfter) : message.resumeAfter;
                    else
                        object.resumeAfter = options.longs === $String ? $util.Long.prototype.toString.call(message.resumeAfter) : options.longs === $Number ? new $util.LongBits(message.resumeAfter.low >>> 0, message.resumeAfter.high >>> 0).toNumber(true) : message.resumeAfter;
                return object;
            };

            /**
             * Converts this Connected to JSON.
             * @function toJSON
             * @memberof worker.v1.Connected
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Connected.prototype.toJSON = function() {
                return Connected.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Connected
             * @function getTypeUrl
             * @memberof worker.v1.Connected
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Connected.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/worker.v1.Connected";
            };

            return Connected;
        })();

        v1.Token = (function() {

            /**
             * Properties of a Token.
             * @typedef {Object} worker.v1.Token.$Properties
             * @property {number|null} [sequence] Token sequence
             * @property {string|null} [text] Token text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Token.
             * @memberof worker.v1
             * @interface IToken
             * @augments worker.v1.Token.$Properties
             * @deprecated Use worker.v1.Token.$Properties instead.
             */

            /**
             * Shape of a Token.
             * @typedef {worker.v1.Token.$Properties} worker.v1.Token.$Shape
             */

            /**
             * Constructs a new Token.
             * @memberof worker.v1
             * @classdesc Represents a Token.
             * @constructor
             * @param {worker.v1.Token.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Token = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Token sequence.
             * @member {number} sequence
             * @memberof worker.v1.Token
             * @instance
             */
            Token.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Token text.
             * @member {string} text
             * @memberof worker.v1.Token
             * @instance
             */
            Token.prototype.text = "";

            /**
             * Creates a new Token instance using the specified properties.
             * @function create
             * @memberof worker.v1.Token
             * @static
             * @param {worker.v1.Token.$Properties=} [properties] Properties to set
             * @returns {worker.v1.Token} Token instance
             * @type {{
             *   (properties: worker.v1.Token.$Shape): worker.v1.Token & worker.v1.Token.$Shape;
             *   (properties?: worker.v1.Token.$Properties): worker.v1.Token;
             * }}
             */
            Token.create = function(properties) {
                return new Token(properties);
            };

            /**
             * Encodes the specified Token message. Does not implicitly {@link worker.v1.Token.verify|verify} messages.
             * @function encode
             * @memberof worker.v1.Token
             * @static
             * @param {worker.v1.Token.$Properties} message Token message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Token.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sequence);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Token message from the specified reader or buffer.
             * @function decode
             * @memberof worker.v1.Token
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {worker.v1.Token & worker.v1.Token.$Shape} Token
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Token.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.worker.v1.Token();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Token message.
             * @function verify
             * @memberof worker.v1.Token
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Token.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                return null;
            };

            /**
             * Creates a Token message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof worker.v1.Token
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {worker.v1.Token} Token
             */
            Token.fromObject = function (object, _depth) {
                if (object instanceof $root.worker.v1.Token)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".worker.v1.Token: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.worker.v1.Token();
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                return message;
            };

            /**
             * Creates a plain object from a Token message. Also converts values to other types if specified.
             * @function toObject
             * @memberof worker.v1.Token
             * @static
             * @param {worker.v1.Token} message Token
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Token.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.text = "";
                }
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            /**
             * Converts this Token to JSON.
             * @function toJSON
             * @memberof worker.v1.Token
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Token.prototype.toJSON = function() {
                return Token.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Token
             * @function getTypeUrl
             * @memberof worker.v1.Token
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Token.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/worker.v1.Token";
            };

            return Token;
        })();

        v1.GoAway = (function() {

            /**
             * Properties of a GoAway.
             * @typedef {Object} worker.v1.GoAway.$Properties
             * @property {string|null} [reason] GoAway reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GoAway.
             * @memberof worker.v1
             * @interface IGoAway
             * @augments worker.v1.GoAway.$Properties
             * @deprecated Use worker.v1.GoAway.$Properties instead.
             */

            /**
             * Shape of a GoAway.
             * @typedef {worker.v1.GoAway.$Properties} worker.v1.GoAway.$Shape
             */

            /**
             * Constructs a new GoAway.
             * @memberof worker.v1
             * @classdesc Represents a GoAway.
             * @constructor
             * @param {worker.v1.GoAway.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GoAway = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GoAway reason.
             * @member {string} reason
             * @memberof worker.v1.GoAway
             * @instance
             */
            GoAway.prototype.reason = "";

            /**
             * Creates a new GoAway instance using the specified properties.
             * @function create
             * @memberof worker.v1.GoAway
             * @static
             * @param {worker.v1.GoAway.$Properties=} [properties] Properties to set
             * @returns {worker.v1.GoAway} GoAway instance
             * @type {{
             *   (properties: worker.v1.GoAway.$Shape): worker.v1.GoAway & worker.v1.GoAway.$Shape;
             *   (properties?: worker.v1.GoAway.$Properties): worker.v1.GoAway;
             * }}
             */
            GoAway.create = function(properties) {
                return new GoAway(properties);
            };

            /**
             * Encodes the specified GoAway message. Does not implicitly {@link worker.v1.GoAway.verify|verify} messages.
             * @function encode
             * @memberof worker.v1.GoAway
             * @static
             * @param {worker.v1.GoAway.$Properties} message GoAway message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GoAway.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GoAway message from the specified reader or buffer.
             * @function decode
             * @memberof worker.v1.GoAway
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {worker.v1.GoAway & worker.v1.GoAway.$Shape} GoAway
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GoAway.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.worker.v1.GoAway();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GoAway message.
             * @function verify
             * @memberof worker.v1.GoAway
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GoAway.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a GoAway message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof worker.v1.GoAway
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {worker.v1.GoAway} GoAway
             */
            GoAway.fromObject = function (object, _depth) {
                if (object instanceof $root.worker.v1.GoAway)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".worker.v1.GoAway: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.worker.v1.GoAway();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a GoAway message. Also converts values to other types if specified.
             * @function toObject
             * @memberof worker.v1.GoAway
             * @static
             * @param {worker.v1.GoAway} message GoAway
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GoAway.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this GoAway to JSON.
             * @function toJSON
             * @memberof worker.v1.GoAway
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GoAway.prototype.toJSON = function() {
                return GoAway.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GoAway
             * @function getTypeUrl
             * @memberof worker.v1.GoAway
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GoAway.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/worker.v1.GoAway";
            };

            return GoAway;
        })();

        v1.PingRequest = (function() {

            /**
             * Properties of a PingRequest.
             * @typedef {Object} worker.v1.PingRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingRequest.
             * @memberof worker.v1
             * @interface IPingRequest
             * @augments worker.v1.PingRequest.$Properties
             * @deprecated Use worker.v1.PingRequest.$Properties instead.
             */

            /**
             * Shape of a PingRequest.
             * @typedef {worker.v1.PingRequest.$Properties} worker.v1.PingRequest.$Shape
             */

            /**
             * Constructs a new PingRequest.
             * @memberof worker.v1
             * @classdesc Represents a PingRequest.
             * @constructor
             * @param {worker.v1.PingRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PingRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @function create
             * @memberof worker.v1.PingRequest
             * @static
             * @param {worker.v1.PingRequest.$Properties=} [properties] Properties to set
             * @returns {worker.v1.PingRequest} PingRequest instance
             * @type {{
             *   (properties: worker.v1.PingRequest.$Shape): worker.v1.PingRequest & worker.v1.PingRequest.$Shape;
             *   (properties?: worker.v1.PingRequest.$Properties): worker.v1.PingRequest;
             * }}
             */
            PingRequest.create = function(properties) {
                return new PingRequest(properties);
            };

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link worker.v1.PingRequest.verify|verify} messages.
             * @function encode
             * @memberof worker.v1.PingRequest
             * @static
             * @param {worker.v1.PingRequest.$Properties} message PingRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @function decode
             * @memberof worker.v1.PingRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {worker.v1.PingRequest & worker.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.worker.v1.PingRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PingRequest message.
             * @function verify
             * @memberof worker.v1.PingRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PingRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof worker.v1.PingRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {worker.v1.PingRequest} PingRequest
             */
            PingRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.worker.v1.PingRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".worker.v1.PingRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.worker.v1.PingRequest();
            };

            /**
             * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof worker.v1.PingRequest
             * @static
             * @param {worker.v1.PingRequest} message PingRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this PingRequest to JSON.
             * @function toJSON
             * @memberof worker.v1.PingRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingRequest.prototype.toJSON = function() {
                return PingRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingRequest
             * @function getTypeUrl
             * @memberof worker.v1.PingRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/worker.v1.PingRequest";
            };

            return PingRequest;
        })();

        v1.PingResponse = (function() {

            /**
             * Properties of a PingResponse.
             * @typedef {Object} worker.v1.PingResponse.$Properties
             * @property {string|null} [worker] PingResponse worker
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingResponse.
             * @memberof worker.v1
             * @interface IPingResponse
             * @augments worker.v1.PingResponse.$Properties
             * @deprecated Use worker.v1.PingResponse.$Properties instead.
             */

            /**
             * Shape of a PingResponse.
             * @typedef {worker.v1.PingResponse.$Properties} worker.v1.PingResponse.$Shape
             */

            /**
             * Constructs a new PingResponse.
             * @memberof worker.v1
             * @classdesc Represents a PingResponse.
             * @constructor
             * @param {worker.v1.PingResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PingResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PingResponse worker.
             * @member {string} worker
             * @memberof worker.v1.PingResponse
             * @instance
             */
            PingResponse.prototype.worker = "";

            /**
             * Creates a new PingResponse instance using the specified properties.
             * @function create
             * @memberof worker.v1.PingResponse
             * @static
             * @param {worker.v1.PingResponse.$Properties=} [properties] Properties to set
             * @returns {worker.v1.PingResponse} PingResponse instance
             * @type {{
             *   (properties: worker.v1.PingResponse.$Shape): worker.v1.PingResponse & worker.v1.PingResponse.$Shape;
             *   (properties?: worker.v1.PingResponse.$Properties): worker.v1.PingResponse;
             * }}
             */
            PingResponse.create = function(properties) {
                return new PingResponse(properties);
            };

            /**
             * Encodes the specified PingResponse message. Does not implicitly {@link worker.v1.PingResponse.verify|verify} messages.
             * @function encode
             * @memberof worker.v1.PingResponse
             * @static
             * @param {worker.v1.PingResponse.$Properties} message PingResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.worker);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PingResponse message from the specified reader or buffer.
             * @function decode
             * @memberof worker.v1.PingResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {worker.v1.PingResponse & worker.v1.PingResponse.$Shape} PingResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.worker.v1.PingResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PingResponse message.
             * @function verify
             * @memberof worker.v1.PingResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PingResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    if (!$util.isString(message.worker))
                        return "worker: string expected";
                return null;
            };

            /**
             * Creates a PingResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof worker.v1.PingResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {worker.v1.PingResponse} PingResponse
             */
            PingResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.worker.v1.PingResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".worker.v1.PingResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.worker.v1.PingResponse();
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                return message;
            };

            /**
             * Creates a plain object from a PingResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof worker.v1.PingResponse
             * @static
             * @param {worker.v1.PingResponse} message PingResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.worker = "";
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                return object;
            };

            /**
             * Converts this PingResponse to JSON.
             * @function toJSON
             * @memberof worker.v1.PingResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingResponse.prototype.toJSON = function() {
                return PingResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingResponse
             * @function getTypeUrl
             * @memberof worker.v1.PingResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/worker.v1.PingResponse";
            };

            return PingResponse;
        })();

        return v1;
    })();

    return worker;
})();

export {
  $root as default
};
