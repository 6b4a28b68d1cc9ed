/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const echo = $root.echo = (() => {

    /**
     * Namespace echo.
     * @exports echo
     * @namespace
     */
    const echo = {};

    echo.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof echo
         * @namespace
         */
        const v1 = {};

        v1.EchoRequest = (function() {

            /**
             * Properties of an EchoRequest.
             * @typedef {Object} echo.v1.EchoRequest.$Properties
             * @property {Uint8Array|null} [payload] EchoRequest payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EchoRequest.
             * @memberof echo.v1
             * @interface IEchoRequest
             * @augments echo.v1.EchoRequest.$Properties
             * @deprecated Use echo.v1.EchoRequest.$Properties instead.
             */

            /**
             * Shape of an EchoRequest.
             * @typedef {echo.v1.EchoRequest.$Properties} echo.v1.EchoRequest.$Shape
             */

            /**
             * Constructs a new EchoRequest.
             * @memberof echo.v1
             * @classdesc Represents an EchoRequest.
             * @constructor
             * @param {echo.v1.EchoRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EchoRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EchoRequest payload.
             * @member {Uint8Array} payload
             * @memberof echo.v1.EchoRequest
             * @instance
             */
            EchoRequest.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new EchoRequest instance using the specified properties.
             * @function create
             * @memberof echo.v1.EchoRequest
             * @static
             * @param {echo.v1.EchoRequest.$Properties=} [properties] Properties to set
             * @returns {echo.v1.EchoRequest} EchoRequest instance
             * @type {{
             *   (properties: echo.v1.EchoRequest.$Shape): echo.v1.EchoRequest & echo.v1.EchoRequest.$Shape;
             *   (properties?: echo.v1.EchoRequest.$Properties): echo.v1.EchoRequest;
             * }}
             */
            EchoRequest.create = function(properties) {
                return new EchoRequest(properties);
            };

            /**
             * Encodes the specified EchoRequest message. Does not implicitly {@link echo.v1.EchoRequest.verify|verify} messages.
             * @function encode
             * @memberof echo.v1.EchoRequest
             * @static
             * @param {echo.v1.EchoRequest.$Properties} message EchoRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EchoRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EchoRequest message from the specified reader or buffer.
             * @function decode
             * @memberof echo.v1.EchoRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {echo.v1.EchoRequest & echo.v1.EchoRequest.$Shape} EchoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EchoRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.echo.v1.EchoRequest();
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
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
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
             * Verifies an EchoRequest message.
             * @function verify
             * @memberof echo.v1.EchoRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EchoRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates an EchoRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof echo.v1.EchoRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {echo.v1.EchoRequest} EchoRequest
             */
            EchoRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.echo.v1.EchoRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".echo.v1.EchoRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.echo.v1.EchoRequest();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from an EchoRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof echo.v1.EchoRequest
             * @static
             * @param {echo.v1.EchoRequest} message EchoRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EchoRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this EchoRequest to JSON.
             * @function toJSON
             * @memberof echo.v1.EchoRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EchoRequest.prototype.toJSON = function() {
                return EchoRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EchoRequest
             * @function getTypeUrl
             * @memberof echo.v1.EchoRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EchoRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/echo.v1.EchoRequest";
            };

            return EchoRequest;
        })();

        v1.EchoResponse = (function() {

            /**
             * Properties of an EchoResponse.
             * @typedef {Object} echo.v1.EchoResponse.$Properties
             * @property {Uint8Array|null} [payload] EchoResponse payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EchoResponse.
             * @memberof echo.v1
             * @interface IEchoResponse
             * @augments echo.v1.EchoResponse.$Properties
             * @deprecated Use echo.v1.EchoResponse.$Properties instead.
             */

            /**
             * Shape of an EchoResponse.
             * @typedef {echo.v1.EchoResponse.$Properties} echo.v1.EchoResponse.$Shape
             */

            /**
             * Constructs a new EchoResponse.
             * @memberof echo.v1
             * @classdesc Represents an EchoResponse.
             * @constructor
             * @param {echo.v1.EchoResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EchoResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EchoResponse payload.
             * @member {Uint8Array} payload
             * @memberof echo.v1.EchoResponse
             * @instance
             */
            EchoResponse.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new EchoResponse instance using the specified properties.
             * @function create
             * @memberof echo.v1.EchoResponse
             * @static
             * @param {echo.v1.EchoResponse.$Properties=} [properties] Properties to set
             * @returns {echo.v1.EchoResponse} EchoResponse instance
             * @type {{
             *   (properties: echo.v1.EchoResponse.$Shape): echo.v1.EchoResponse & echo.v1.EchoResponse.$Shape;
             *   (properties?: echo.v1.EchoResponse.$Properties): echo.v1.EchoResponse;
             * }}
             */
            EchoResponse.create = function(properties) {
                return new EchoResponse(properties);
            };

            /**
             * Encodes the specified EchoResponse message. Does not implicitly {@link echo.v1.EchoResponse.verify|verify} messages.
             * @function encode
             * @memberof echo.v1.EchoResponse
             * @static
             * @param {echo.v1.EchoResponse.$Properties} message EchoResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EchoResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EchoResponse message from the specified reader or buffer.
             * @function decode
             * @memberof echo.v1.EchoResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {echo.v1.EchoResponse & echo.v1.EchoResponse.$Shape} EchoResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EchoResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.echo.v1.EchoResponse();
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
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
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
             * Verifies an EchoResponse message.
             * @function verify
             * @memberof echo.v1.EchoResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EchoResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates an EchoResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof echo.v1.EchoResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {echo.v1.EchoResponse} EchoResponse
             */
            EchoResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.echo.v1.EchoResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".echo.v1.EchoResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.echo.v1.EchoResponse();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from an EchoResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof echo.v1.EchoResponse
             * @static
             * @param {echo.v1.EchoResponse} message EchoResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EchoResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this EchoResponse to JSON.
             * @function toJSON
             * @memberof echo.v1.EchoResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EchoResponse.prototype.toJSON = function() {
                return EchoResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EchoResponse
             * @function getTypeUrl
             * @memberof echo.v1.EchoResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EchoResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/echo.v1.EchoResponse";
            };

            return EchoResponse;
        })();

        v1.StreamRequest = (function() {

            /**
             * Properties of a StreamRequest.
             * @typedef {Object} echo.v1.StreamRequest.$Properties
             * @property {number|null} [count] StreamRequest count
             * @property {number|null} [size] StreamRequest size
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamRequest.
             * @memberof echo.v1
             * @interface IStreamRequest
             * @augments echo.v1.StreamRequest.$Properties
             * @deprecated Use echo.v1.StreamRequest.$Properties instead.
             */

            /**
             * Shape of a StreamRequest.
             * @typedef {echo.v1.StreamRequest.$Properties} echo.v1.StreamRequest.$Shape
             */

            /**
             * Constructs a new StreamRequest.
             * @memberof echo.v1
             * @classdesc Represents a StreamRequest.
             * @constructor
             * @param {echo.v1.StreamRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StreamRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamRequest count.
             * @member {number} count
             * @memberof echo.v1.StreamRequest
             * @instance
             */
            StreamRequest.prototype.count = 0;

            /**
             * StreamRequest size.
             * @member {number} size
             * @memberof echo.v1.StreamRequest
             * @instance
             */
            StreamRequest.prototype.size = 0;

            /**
             * Creates a new StreamRequest instance using the specified properties.
             * @function create
             * @memberof echo.v1.StreamRequest
             * @static
             * @param {echo.v1.StreamRequest.$Properties=} [properties] Properties to set
             * @returns {echo.v1.StreamRequest} StreamRequest instance
             * @type {{
             *   (properties: echo.v1.StreamRequest.$Shape): echo.v1.StreamRequest & echo.v1.StreamRequest.$Shape;
             *   (properties?: echo.v1.StreamRequest.$Properties): echo.v1.StreamRequest;
             * }}
             */
            StreamRequest.create = function(properties) {
                return new StreamRequest(properties);
            };

            /**
             * Encodes the specified StreamRequest message. Does not implicitly {@link echo.v1.StreamRequest.verify|verify} messages.
             * @function encode
             * @memberof echo.v1.StreamRequest
             * @static
             * @param {echo.v1.StreamRequest.$Properties} message StreamRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.count);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && message.size !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.size);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StreamRequest message from the specified reader or buffer.
             * @function decode
             * @memberof echo.v1.StreamRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {echo.v1.StreamRequest & echo.v1.StreamRequest.$Shape} StreamRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.echo.v1.StreamRequest();
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
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.size = value;
                            else
                                delete message.size;
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
             * Verifies a StreamRequest message.
             * @function verify
             * @memberof echo.v1.StreamRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StreamRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count))
                        return "count: integer expected";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size))
                        return "size: integer expected";
                return null;
            };

            /**
             * Creates a StreamRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof echo.v1.StreamRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {echo.v1.StreamRequest} StreamRequest
             */
            StreamRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.echo.v1.StreamRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".echo.v1.StreamRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.echo.v1.StreamRequest();
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.size != null)
                    if ($Number(object.size) !== 0)
                        message.size = object.size >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a StreamRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof echo.v1.StreamRequest
             * @static
             * @param {echo.v1.StreamRequest} message StreamRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StreamRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.count = 0;
                    object.size = 0;
                }
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    object.size = message.size;
                return object;
            };

            /**
             * Converts this StreamRequest to JSON.
             * @function toJSON
             * @memberof echo.v1.StreamRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StreamRequest.prototype.toJSON = function() {
                return StreamRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StreamRequest
             * @function getTypeUrl
             * @memberof echo.v1.StreamRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StreamRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/echo.v1.StreamRequest";
            };

            return StreamRequest;
        })();

        v1.Summary = (function() {

            /**
             * Properties of a Summary.
             * @typedef {Object} echo.v1.Summary.$Properties
             * @property {number|null} [bytes] Summary bytes
             * @property {number|null} [messages] Summary messages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Summary.
             * @memberof echo.v1
             * @interface ISummary
             * @augments echo.v1.Summary.$Properties
             * @deprecated Use echo.v1.Summary.$Properties instead.
             */

            /**
             * Shape of a Summary.
             * @typedef {echo.v1.Summary.$Properties} echo.v1.Summary.$Shape
             */

            /**
             * Constructs a new Summary.
             * @memberof echo.v1
             * @classdesc Represents a Summary.
             * @constructor
             * @param {echo.v1.Summary.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Summary = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Summary bytes.
             * @member {number} bytes
             * @memberof echo.v1.Summary
             * @instance
             */
            Summary.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Summary messages.
             * @member {number} messages
             * @memberof echo.v1.Summary
             * @instance
             */
            Summary.prototype.messages = 0;

            /**
             * Creates a new Summary instance using the specified properties.
             * @function create
             * @memberof echo.v1.Summary
             * @static
             * @param {echo.v1.Summary.$Properties=} [properties] Properties to set
             * @returns {echo.v1.Summary} Summary instance
             * @type {{
             *   (properties: echo.v1.Summary.$Shape): echo.v1.Summary & echo.v1.Summary.$Shape;
             *   (properties?: echo.v1.Summary.$Properties): echo.v1.Summary;
             * }}
             */
            Summary.create = function(properties) {
                return new Summary(properties);
            };

            /**
             * Encodes the specified Summary message. Does not implicitly {@link echo.v1.Summary.verify|verify} messages.
             * @function encode
             * @memberof echo.v1.Summary
             * @static
             * @param {echo.v1.Summary.$Properties} message Summary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Summary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.bytes);
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages") && message.messages !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.messages);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Summary message from the specified reader or buffer.
             * @function decode
             * @memberof echo.v1.Summary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {echo.v1.Summary & echo.v1.Summary.$Shape} Summary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Summary.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.echo.v1.Summary();
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
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.messages = value;
                            else
                                delete message.messages;
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
             * Verifies a Summary message.
             * @function verify
             * @memberof echo.v1.Summary
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Summary.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages"))
                    if (!$util.isInteger(message.messages))
                        return "messages: integer expected";
                return null;
            };

            /**
             * Creates a Summary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof echo.v1.Summary
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {echo.v1.Summary} Summary
             */
            Summary.fromObject = function (object, _depth) {
                if (object instanceof $root.echo.v1.Summary)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".echo.v1.Summary: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.echo.v1.Summary();
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.messages != null)
                    if ($Number(object.messages) !== 0)
                        message.messages = object.messages >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Summary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof echo.v1.Summary
             * @static
             * @param {echo.v1.Summary} message Summary
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Summary.toObject = function (message, options, _depth) {
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
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.messages = 0;
                }
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages"))
                    object.messages = message.messages;
                return object;
            };

            /**
             * Converts this Summary to JSON.
             * @function toJSON
             * @memberof echo.v1.Summary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Summary.prototype.toJSON = function() {
                return Summary.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Summary
             * @function getTypeUrl
             * @memberof echo.v1.Summary
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Summary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/echo.v1.Summary";
            };

            return Summary;
        })();

        return v1;
    })();

    return echo;
})();

export {
  $root as default
};
