/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

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

        v1.ListModelsRequest = (function() {

            /**
             * Properties of a ListModelsRequest.
             * @typedef {Object} director.v1.ListModelsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListModelsRequest.
             * @memberof director.v1
             * @interface IListModelsRequest
             * @augments director.v1.ListModelsRequest.$Properties
             * @deprecated Use director.v1.ListModelsRequest.$Properties instead.
             */

            /**
             * Shape of a ListModelsRequest.
             * @typedef {director.v1.ListModelsRequest.$Properties} director.v1.ListModelsRequest.$Shape
             */

            /**
             * Constructs a new ListModelsRequest.
             * @memberof director.v1
             * @classdesc Represents a ListModelsRequest.
             * @constructor
             * @param {director.v1.ListModelsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListModelsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListModelsRequest instance using the specified properties.
             * @function create
             * @memberof director.v1.ListModelsRequest
             * @static
             * @param {director.v1.ListModelsRequest.$Properties=} [properties] Properties to set
             * @returns {director.v1.ListModelsRequest} ListModelsRequest instance
             * @type {{
             *   (properties: director.v1.ListModelsRequest.$Shape): director.v1.ListModelsRequest & director.v1.ListModelsRequest.$Shape;
             *   (properties?: director.v1.ListModelsRequest.$Properties): director.v1.ListModelsRequest;
             * }}
             */
            ListModelsRequest.create = function(properties) {
                return new ListModelsRequest(properties);
            };

            /**
             * Encodes the specified ListModelsRequest message. Does not implicitly {@link director.v1.ListModelsRequest.verify|verify} messages.
             * @function encode
             * @memberof director.v1.ListModelsRequest
             * @static
             * @param {director.v1.ListModelsRequest.$Properties} message ListModelsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListModelsRequest.encode = function (message, writer, _depth) {
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
             * Decodes a ListModelsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.ListModelsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.ListModelsRequest & director.v1.ListModelsRequest.$Shape} ListModelsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListModelsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.director.v1.ListModelsRequest();
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
             * Verifies a ListModelsRequest message.
             * @function verify
             * @memberof director.v1.ListModelsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListModelsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ListModelsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.ListModelsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.ListModelsRequest} ListModelsRequest
             */
            ListModelsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.ListModelsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.ListModelsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.director.v1.ListModelsRequest();
            };

            /**
             * Creates a plain object from a ListModelsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.ListModelsRequest
             * @static
             * @param {director.v1.ListModelsRequest} message ListModelsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListModelsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ListModelsRequest to JSON.
             * @function toJSON
             * @memberof director.v1.ListModelsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListModelsRequest.prototype.toJSON = function() {
                return ListModelsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListModelsRequest
             * @function getTypeUrl
             * @memberof director.v1.ListModelsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListModelsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.ListModelsRequest";
            };

            return ListModelsRequest;
        })();

        v1.ModelInfo = (function() {

            /**
             * Properties of a ModelInfo.
             * @typedef {Object} director.v1.ModelInfo.$Properties
             * @property {string|null} [id] ModelInfo id
             * @property {number|null} [workers] ModelInfo workers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelInfo.
             * @memberof director.v1
             * @interface IModelInfo
             * @augments director.v1.ModelInfo.$Properties
             * @deprecated Use director.v1.ModelInfo.$Properties instead.
             */

            /**
             * Shape of a ModelInfo.
             * @typedef {director.v1.ModelInfo.$Properties} director.v1.ModelInfo.$Shape
             */

            /**
             * Constructs a new ModelInfo.
             * @memberof director.v1
             * @classdesc Represents a ModelInfo.
             * @constructor
             * @param {director.v1.ModelInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ModelInfo id.
             * @member {string} id
             * @memberof director.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.id = "";

            /**
             * ModelInfo workers.
             * @member {number} workers
             * @memberof director.v1.ModelInfo
             * @instance
             */
            ModelInfo.prototype.workers = 0;

            /**
             * Creates a new ModelInfo instance using the specified properties.
             * @function create
             * @memberof director.v1.ModelInfo
             * @static
             * @param {director.v1.ModelInfo.$Properties=} [properties] Properties to set
             * @returns {director.v1.ModelInfo} ModelInfo instance
             * @type {{
             *   (properties: director.v1.ModelInfo.$Shape): director.v1.ModelInfo & director.v1.ModelInfo.$Shape;
             *   (properties?: director.v1.ModelInfo.$Properties): director.v1.ModelInfo;
             * }}
             */
            ModelInfo.create = function(properties) {
                return new ModelInfo(properties);
            };

            /**
             * Encodes the specified ModelInfo message. Does not implicitly {@link director.v1.ModelInfo.verify|verify} messages.
             * @function encode
             * @memberof director.v1.ModelInfo
             * @static
             * @param {director.v1.ModelInfo.$Properties} message ModelInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.workers != null && $Object.hasOwnProperty.call(message, "workers") && message.workers !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.workers);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ModelInfo message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.ModelInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.ModelInfo & director.v1.ModelInfo.$Shape} ModelInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.director.v1.ModelInfo();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.workers = value;
                            else
                                delete message.workers;
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
             * Verifies a ModelInfo message.
             * @function verify
             * @memberof director.v1.ModelInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.workers != null && $Object.hasOwnProperty.call(message, "workers"))
                    if (!$util.isInteger(message.workers))
                        return "workers: integer expected";
                return null;
            };

            /**
             * Creates a ModelInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.ModelInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.ModelInfo} ModelInfo
             */
            ModelInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.ModelInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.ModelInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.director.v1.ModelInfo();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.workers != null)
                    if ($Number(object.workers) !== 0)
                        message.workers = object.workers >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ModelInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.ModelInfo
             * @static
             * @param {director.v1.ModelInfo} message ModelInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.workers = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.workers != null && $Object.hasOwnProperty.call(message, "workers"))
                    object.workers = message.workers;
                return object;
            };

            /**
             * Converts this ModelInfo to JSON.
             * @function toJSON
             * @memberof director.v1.ModelInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelInfo.prototype.toJSON = function() {
                return ModelInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModelInfo
             * @function getTypeUrl
             * @memberof director.v1.ModelInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.ModelInfo";
            };

            return ModelInfo;
        })();

        v1.ListModelsResponse = (function() {

            /**
             * Properties of a ListModelsResponse.
             * @typedef {Object} director.v1.ListModelsResponse.$Properties
             * @property {Array.<director.v1.ModelInfo.$Properties>|null} [models] ListModelsResponse models
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListModelsResponse.
             * @memberof director.v1
             * @interface IListModelsResponse
             * @augments director.v1.ListModelsResponse.$Properties
             * @deprecated Use director.v1.ListModelsResponse.$Properties instead.
             */

            /**
             * Shape of a ListModelsResponse.
             * @typedef {director.v1.ListModelsResponse.$Properties} director.v1.ListModelsResponse.$Shape
             */

            /**
             * Constructs a new ListModelsResponse.
             * @memberof director.v1
             * @classdesc Represents a ListModelsResponse.
             * @constructor
             * @param {director.v1.ListModelsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListModelsResponse = function (properties) {
                this.models = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListModelsResponse models.
             * @member {Array.<director.v1.ModelInfo.$Properties>} models
             * @memberof director.v1.ListModelsResponse
             * @instance
             */
            ListModelsResponse.prototype.models = $util.emptyArray;

            /**
             * Creates a new ListModelsResponse instance using the specified properties.
             * @function create
             * @memberof director.v1.ListModelsResponse
             * @static
             * @param {director.v1.ListModelsResponse.$Properties=} [properties] Properties to set
             * @returns {director.v1.ListModelsResponse} ListModelsResponse instance
             * @type {{
             *   (properties: director.v1.ListModelsResponse.$Shape): director.v1.ListModelsResponse & director.v1.ListModelsResponse.$Shape;
             *   (properties?: director.v1.ListModelsResponse.$Properties): director.v1.ListModelsResponse;
             * }}
             */
            ListModelsResponse.create = function(properties) {
                return new ListModelsResponse(properties);
            };

            /**
             * Encodes the specified ListModelsResponse message. Does not implicitly {@link director.v1.ListModelsResponse.verify|verify} messages.
             * @function encode
             * @memberof director.v1.ListModelsResponse
             * @static
             * @param {director.v1.ListModelsResponse.$Properties} message ListModelsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListModelsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.models != null && message.models.length)
                    for (let i = 0; i < message.models.length; ++i)
                        $root.director.v1.ModelInfo.encode(message.models[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListModelsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof director.v1.ListModelsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {director.v1.ListModelsResponse & director.v1.ListModelsResponse.$Shape} ListModelsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListModelsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.director.v1.ListModelsResponse();
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
                            if (!(message.models && message.models.length))
                                message.models = [];
                            message.models.push($root.director.v1.ModelInfo.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Verifies a ListModelsResponse message.
             * @function verify
             * @memberof director.v1.ListModelsResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListModelsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.models != null && $Object.hasOwnProperty.call(message, "models")) {
                    if (!$Array.isArray(message.models))
                        return "models: array expected";
                    for (let i = 0; i < message.models.length; ++i) {
                        let error = $root.director.v1.ModelInfo.verify(message.models[i], _depth + 1);
                        if (error)
                            return "models." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListModelsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof director.v1.ListModelsResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {director.v1.ListModelsResponse} ListModelsResponse
             */
            ListModelsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.director.v1.ListModelsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".director.v1.ListModelsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.director.v1.ListModelsResponse();
                if (object.models) {
                    if (!$Array.isArray(object.models))
                        throw $TypeError(".director.v1.ListModelsResponse.models: array expected");
                    message.models = $Array(object.models.length);
                    for (let i = 0; i < object.models.length; ++i) {
                        if (!$util.isObject(object.models[i]))
                            throw $TypeError(".director.v1.ListModelsResponse.models: object expected");
                        message.models[i] = $root.director.v1.ModelInfo.fromObject(object.models[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListModelsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof director.v1.ListModelsResponse
             * @static
             * @param {director.v1.ListModelsResponse} message ListModelsResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListModelsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.models = [];
                if (message.models && message.models.length) {
                    object.models = $Array(message.models.length);
                    for (let j = 0; j < message.models.length; ++j)
                        object.models[j] = $root.director.v1.ModelInfo.toObject(message.models[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListModelsResponse to JSON.
             * @function toJSON
             * @memberof director.v1.ListModelsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListModelsResponse.prototype.toJSON = function() {
                return ListModelsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListModelsResponse
             * @function getTypeUrl
             * @memberof director.v1.ListModelsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListModelsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/director.v1.ListModelsResponse";
            };

            return ListModelsResponse;
        })();

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
             * @property {Uint8Array|null} [admission] AssignWorkerResponse admission
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
             * AssignWorkerResponse admission.
             * @member {Uint8Array} admission
             * @memberof director.v1.AssignWorkerResponse
             * @instance
             */
            AssignWorkerResponse.prototype.admission = $util.newBuffer([]);

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
                if (message.admission != null && $Object.hasOwnProperty.call(message, "admission") && message.admission.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.admission);
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
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.admission = value;
                            else
                                delete message.admission;
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
                if (message.admission != null && $Object.hasOwnProperty.call(message, "admission"))
                    if (!(message.admission && typeof message.admission.length === "number" || $util.isString(message.admission)))
                        return "admission: buffer expected";
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
                if (object.admission != null)
                    if (object.admission.length)
                        if (typeof object.admission === "string")
                            $util.base64.decode(object.admission, message.admission = $util.newBuffer($util.base64.length(object.admission)), 0);
                        else if (object.admission.length >= 0)
                            message.admission = object.admission;
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
                    if (options.bytes === $String)
                        object.admission = "";
                    else {
                        object.admission = [];
                        if (options.bytes !== $Array)
                            object.admission = $util.newBuffer(object.admission);
                    }
                }
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    object.endpoint = $root.director.v1.Endpoint.toObject(message.endpoint, options, _depth + 1);
                if (message.admission != null && $Object.hasOwnProperty.call(message, "admission"))
                    object.admission = options.bytes === $String ? $util.base64.encode(message.admission, 0, message.admission.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.admission) : message.admission;
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
             * @property {string|null} [status] WorkerStatus status
             * @property {number|null} [incarnation] WorkerStatus incarnation
             * @property {string|null} [model] WorkerStatus model
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
             * WorkerStatus status.
             * @member {string} status
             * @memberof director.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.status = "";

            /**
             * WorkerStatus incarnation.
             * @member {number} incarnation
             * @memberof director.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WorkerStatus model.
             * @member {string} model
             * @memberof director.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.model = "";

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
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.status);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && (typeof message.incarnation === "object" ? message.incarnation.low || message.incarnation.high : message.incarnation !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.incarnation);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.model);
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
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
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
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isString(message.status))
                        return "status: string expected";
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (!$util.isInteger(message.incarnation) && !(message.incarnation && $util.isInteger(message.incarnation.low) && $util.isInteger(message.incarnation.high)))
                        return "incarnation: integer|Long expected";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
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
                if (object.status != null)
                    if (typeof object.status !== "string" || object.status.length)
                        message.status = $String(object.status);
                if (object.incarnation != null)
                    if (typeof object.incarnation === "object" ? object.incarnation.low || object.incarnation.high : $Number(object.incarnation) !== 0)
                        if ($util.Long)
                            message.incarnation = $util.Long.fromValue(object.incarnation, true);
                        else if (typeof object.incarnation === "string")
                            message.incarnation = $parseInt(object.incarnation, 10);
                        else if (typeof object.incarnation === "number")
                            message.incarnation = object.incarnation;
                        else if (typeof object.incarnation === "object")
                            message.incarnation = new $util.LongBits(object.incarnation.low >>> 0, object.incarnation.high >>> 0).toNumber(true);
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
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
                    object.status = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.incarnation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.incarnation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.model = "";
                }
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    object.label = message.label;
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    object.endpoint = $root.director.v1.Endpoint.toObject(message.endpoint, options, _depth + 1);
                if (message.available != null && $Object.hasOwnProperty.call(message, "available"))
                    object.available = message.available;
                if (message.load != null && $Object.hasOwnProperty.call(message, "load"))
                    object.load = message.load;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.incarnation = typeof message.incarnation === "number" ? $BigInt(message.incarnation) : $util.Long.fromBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0, true).toBigInt();
                    else if (typeof message.incarnation === "number")
                        object.incarnation = options.longs === $String ? $String(message.incarnation) : message.incarnation;
                    else
                        object.incarnation = options.longs === $String ? $util.Long.prototype.toString.call(message.incarnation) : options.longs === $Number ? new $util.LongBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0).toNumber(true) : message.incarnation;
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
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

        return v1;
    })();

    return director;
})();

export const membership = $root.membership = (() => {

    /**
     * Namespace membership.
     * @exports membership
     * @namespace
     */
    const membership = {};

    membership.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof membership
         * @namespace
         */
        const v1 = {};

        v1.Address = (function() {

            /**
             * Properties of an Address.
             * @typedef {Object} membership.v1.Address.$Properties
             * @property {string|null} [host] Address host
             * @property {number|null} [port] Address port
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Address.
             * @memberof membership.v1
             * @interface IAddress
             * @augments membership.v1.Address.$Properties
             * @deprecated Use membership.v1.Address.$Properties instead.
             */

            /**
             * Shape of an Address.
             * @typedef {membership.v1.Address.$Properties} membership.v1.Address.$Shape
             */

            /**
             * Constructs a new Address.
             * @memberof membership.v1
             * @classdesc Represents an Address.
             * @constructor
             * @param {membership.v1.Address.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Address = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Address host.
             * @member {string} host
             * @memberof membership.v1.Address
             * @instance
             */
            Address.prototype.host = "";

            /**
             * Address port.
             * @member {number} port
             * @memberof membership.v1.Address
             * @instance
             */
            Address.prototype.port = 0;

            /**
             * Creates a new Address instance using the specified properties.
             * @function create
             * @memberof membership.v1.Address
             * @static
             * @param {membership.v1.Address.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Address} Address instance
             * @type {{
             *   (properties: membership.v1.Address.$Shape): membership.v1.Address & membership.v1.Address.$Shape;
             *   (properties?: membership.v1.Address.$Properties): membership.v1.Address;
             * }}
             */
            Address.create = function(properties) {
                return new Address(properties);
            };

            /**
             * Encodes the specified Address message. Does not implicitly {@link membership.v1.Address.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Address
             * @static
             * @param {membership.v1.Address.$Properties} message Address message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Address.encode = function (message, writer, _depth) {
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
             * Decodes an Address message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Address
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Address & membership.v1.Address.$Shape} Address
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Address.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Address();
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
             * Verifies an Address message.
             * @function verify
             * @memberof membership.v1.Address
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Address.verify = function (message, _depth) {
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
             * Creates an Address message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Address
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Address} Address
             */
            Address.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Address)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Address: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Address();
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Address message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Address
             * @static
             * @param {membership.v1.Address} message Address
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Address.toObject = function (message, options, _depth) {
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
             * Converts this Address to JSON.
             * @function toJSON
             * @memberof membership.v1.Address
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Address.prototype.toJSON = function() {
                return Address.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Address
             * @function getTypeUrl
             * @memberof membership.v1.Address
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Address.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Address";
            };

            return Address;
        })();

        v1.Meta = (function() {

            /**
             * Properties of a Meta.
             * @typedef {Object} membership.v1.Meta.$Properties
             * @property {string|null} [role] Meta role
             * @property {Object.<string,string>|null} [tags] Meta tags
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Meta.
             * @memberof membership.v1
             * @interface IMeta
             * @augments membership.v1.Meta.$Properties
             * @deprecated Use membership.v1.Meta.$Properties instead.
             */

            /**
             * Shape of a Meta.
             * @typedef {membership.v1.Meta.$Properties} membership.v1.Meta.$Shape
             */

            /**
             * Constructs a new Meta.
             * @memberof membership.v1
             * @classdesc Represents a Meta.
             * @constructor
             * @param {membership.v1.Meta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Meta = function (properties) {
                this.tags = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Meta role.
             * @member {string} role
             * @memberof membership.v1.Meta
             * @instance
             */
            Meta.prototype.role = "";

            /**
             * Meta tags.
             * @member {Object.<string,string>} tags
             * @memberof membership.v1.Meta
             * @instance
             */
            Meta.prototype.tags = $util.emptyObject;

            /**
             * Creates a new Meta instance using the specified properties.
             * @function create
             * @memberof membership.v1.Meta
             * @static
             * @param {membership.v1.Meta.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Meta} Meta instance
             * @type {{
             *   (properties: membership.v1.Meta.$Shape): membership.v1.Meta & membership.v1.Meta.$Shape;
             *   (properties?: membership.v1.Meta.$Properties): membership.v1.Meta;
             * }}
             */
            Meta.create = function(properties) {
                return new Meta(properties);
            };

            /**
             * Encodes the specified Meta message. Does not implicitly {@link membership.v1.Meta.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Meta
             * @static
             * @param {membership.v1.Meta.$Properties} message Meta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Meta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.role);
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                    for (let keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Meta message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Meta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Meta & membership.v1.Meta.$Shape} Meta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Meta.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Meta();
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
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.tags === $util.emptyObject)
                                message.tags = {};
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
                                $util.makeProp(message.tags, key);
                            message.tags[key] = value;
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
             * Verifies a Meta message.
             * @function verify
             * @memberof membership.v1.Meta
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Meta.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (!$util.isString(message.role))
                        return "role: string expected";
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$util.isObject(message.tags))
                        return "tags: object expected";
                    let key = $Object.keys(message.tags);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.tags[key[i]]))
                            return "tags: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a Meta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Meta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Meta} Meta
             */
            Meta.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Meta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Meta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Meta();
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.tags) {
                    if (!$util.isObject(object.tags))
                        throw $TypeError(".membership.v1.Meta.tags: object expected");
                    message.tags = {};
                    for (let keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.tags, keys[i]);
                        message.tags[keys[i]] = $String(object.tags[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Meta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Meta
             * @static
             * @param {membership.v1.Meta} message Meta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Meta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.tags = {};
                if (options.defaults)
                    object.role = "";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                let keys2;
                if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
                    object.tags = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.tags, keys2[j]);
                        object.tags[keys2[j]] = message.tags[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Meta to JSON.
             * @function toJSON
             * @memberof membership.v1.Meta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Meta.prototype.toJSON = function() {
                return Meta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Meta
             * @function getTypeUrl
             * @memberof membership.v1.Meta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Meta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Meta";
            };

            return Meta;
        })();

        v1.Alive = (function() {

            /**
             * Properties of an Alive.
             * @typedef {Object} membership.v1.Alive.$Properties
             * @property {string|null} [id] Alive id
             * @property {number|null} [incarnation] Alive incarnation
             * @property {membership.v1.Address.$Properties|null} [address] Alive address
             * @property {membership.v1.Meta.$Properties|null} [meta] Alive meta
             * @property {Uint8Array|null} [proof] Alive proof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Alive.
             * @memberof membership.v1
             * @interface IAlive
             * @augments membership.v1.Alive.$Properties
             * @deprecated Use membership.v1.Alive.$Properties instead.
             */

            /**
             * Shape of an Alive.
             * @typedef {membership.v1.Alive.$Properties} membership.v1.Alive.$Shape
             */

            /**
             * Constructs a new Alive.
             * @memberof membership.v1
             * @classdesc Represents an Alive.
             * @constructor
             * @param {membership.v1.Alive.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Alive = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Alive id.
             * @member {string} id
             * @memberof membership.v1.Alive
             * @instance
             */
            Alive.prototype.id = "";

            /**
             * Alive incarnation.
             * @member {number} incarnation
             * @memberof membership.v1.Alive
             * @instance
             */
            Alive.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Alive address.
             * @member {membership.v1.Address.$Properties|null|undefined} address
             * @memberof membership.v1.Alive
             * @instance
             */
            Alive.prototype.address = null;

            /**
             * Alive meta.
             * @member {membership.v1.Meta.$Properties|null|undefined} meta
             * @memberof membership.v1.Alive
             * @instance
             */
            Alive.prototype.meta = null;

            /**
             * Alive proof.
             * @member {Uint8Array} proof
             * @memberof membership.v1.Alive
             * @instance
             */
            Alive.prototype.proof = $util.newBuffer([]);

            /**
             * Creates a new Alive instance using the specified properties.
             * @function create
             * @memberof membership.v1.Alive
             * @static
             * @param {membership.v1.Alive.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Alive} Alive instance
             * @type {{
             *   (properties: membership.v1.Alive.$Shape): membership.v1.Alive & membership.v1.Alive.$Shape;
             *   (properties?: membership.v1.Alive.$Properties): membership.v1.Alive;
             * }}
             */
            Alive.create = function(properties) {
                return new Alive(properties);
            };

            /**
             * Encodes the specified Alive message. Does not implicitly {@link membership.v1.Alive.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Alive
             * @static
             * @param {membership.v1.Alive.$Properties} message Alive message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alive.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && (typeof message.incarnation === "object" ? message.incarnation.low || message.incarnation.high : message.incarnation !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.incarnation);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    $root.membership.v1.Address.encode(message.address, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.membership.v1.Meta.encode(message.meta, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.proof);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Alive message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Alive
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Alive & membership.v1.Alive.$Shape} Alive
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alive.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Alive();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.address = $root.membership.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.address);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.membership.v1.Meta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proof = value;
                            else
                                delete message.proof;
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
             * Verifies an Alive message.
             * @function verify
             * @memberof membership.v1.Alive
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Alive.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (!$util.isInteger(message.incarnation) && !(message.incarnation && $util.isInteger(message.incarnation.low) && $util.isInteger(message.incarnation.high)))
                        return "incarnation: integer|Long expected";
                if (message.address != null && $Object.hasOwnProperty.call(message, "address")) {
                    let error = $root.membership.v1.Address.verify(message.address, _depth + 1);
                    if (error)
                        return "address." + error;
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    let error = $root.membership.v1.Meta.verify(message.meta, _depth + 1);
                    if (error)
                        return "meta." + error;
                }
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    if (!(message.proof && typeof message.proof.length === "number" || $util.isString(message.proof)))
                        return "proof: buffer expected";
                return null;
            };

            /**
             * Creates an Alive message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Alive
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Alive} Alive
             */
            Alive.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Alive)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Alive: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Alive();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.incarnation != null)
                    if (typeof object.incarnation === "object" ? object.incarnation.low || object.incarnation.high : $Number(object.incarnation) !== 0)
                        if ($util.Long)
                            message.incarnation = $util.Long.fromValue(object.incarnation, true);
                        else if (typeof object.incarnation === "string")
                            message.incarnation = $parseInt(object.incarnation, 10);
                        else if (typeof object.incarnation === "number")
                            message.incarnation = object.incarnation;
                        else if (typeof object.incarnation === "object")
                            message.incarnation = new $util.LongBits(object.incarnation.low >>> 0, object.incarnation.high >>> 0).toNumber(true);
                if (object.address != null) {
                    if (!$util.isObject(object.address))
                        throw $TypeError(".membership.v1.Alive.address: object expected");
                    message.address = $root.membership.v1.Address.fromObject(object.address, _depth + 1);
                }
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".membership.v1.Alive.meta: object expected");
                    message.meta = $root.membership.v1.Meta.fromObject(object.meta, _depth + 1);
                }
                if (object.proof != null)
                    if (object.proof.length)
                        if (typeof object.proof === "string")
                            $util.base64.decode(object.proof, message.proof = $util.newBuffer($util.base64.length(object.proof)), 0);
                        else if (object.proof.length >= 0)
                            message.proof = object.proof;
                return message;
            };

            /**
             * Creates a plain object from an Alive message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Alive
             * @static
             * @param {membership.v1.Alive} message Alive
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Alive.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.incarnation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.incarnation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.address = null;
                    object.meta = null;
                    if (options.bytes === $String)
                        object.proof = "";
                    else {
                        object.proof = [];
                        if (options.bytes !== $Array)
                            object.proof = $util.newBuffer(object.proof);
                    }
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.incarnation = typeof message.incarnation === "number" ? $BigInt(message.incarnation) : $util.Long.fromBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0, true).toBigInt();
                    else if (typeof message.incarnation === "number")
                        object.incarnation = options.longs === $String ? $String(message.incarnation) : message.incarnation;
                    else
                        object.incarnation = options.longs === $String ? $util.Long.prototype.toString.call(message.incarnation) : options.longs === $Number ? new $util.LongBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0).toNumber(true) : message.incarnation;
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = $root.membership.v1.Address.toObject(message.address, options, _depth + 1);
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.membership.v1.Meta.toObject(message.meta, options, _depth + 1);
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    object.proof = options.bytes === $String ? $util.base64.encode(message.proof, 0, message.proof.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proof) : message.proof;
                return object;
            };

            /**
             * Converts this Alive to JSON.
             * @function toJSON
             * @memberof membership.v1.Alive
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Alive.prototype.toJSON = function() {
                return Alive.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Alive
             * @function getTypeUrl
             * @memberof membership.v1.Alive
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Alive.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Alive";
            };

            return Alive;
        })();

        v1.Suspect = (function() {

            /**
             * Properties of a Suspect.
             * @typedef {Object} membership.v1.Suspect.$Properties
             * @property {string|null} [id] Suspect id
             * @property {number|null} [incarnation] Suspect incarnation
             * @property {string|null} [from] Suspect from
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Suspect.
             * @memberof membership.v1
             * @interface ISuspect
             * @augments membership.v1.Suspect.$Properties
             * @deprecated Use membership.v1.Suspect.$Properties instead.
             */

            /**
             * Shape of a Suspect.
             * @typedef {membership.v1.Suspect.$Properties} membership.v1.Suspect.$Shape
             */

            /**
             * Constructs a new Suspect.
             * @memberof membership.v1
             * @classdesc Represents a Suspect.
             * @constructor
             * @param {membership.v1.Suspect.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Suspect = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Suspect id.
             * @member {string} id
             * @memberof membership.v1.Suspect
             * @instance
             */
            Suspect.prototype.id = "";

            /**
             * Suspect incarnation.
             * @member {number} incarnation
             * @memberof membership.v1.Suspect
             * @instance
             */
            Suspect.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Suspect from.
             * @member {string} from
             * @memberof membership.v1.Suspect
             * @instance
             */
            Suspect.prototype.from = "";

            /**
             * Creates a new Suspect instance using the specified properties.
             * @function create
             * @memberof membership.v1.Suspect
             * @static
             * @param {membership.v1.Suspect.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Suspect} Suspect instance
             * @type {{
             *   (properties: membership.v1.Suspect.$Shape): membership.v1.Suspect & membership.v1.Suspect.$Shape;
             *   (properties?: membership.v1.Suspect.$Properties): membership.v1.Suspect;
             * }}
             */
            Suspect.create = function(properties) {
                return new Suspect(properties);
            };

            /**
             * Encodes the specified Suspect message. Does not implicitly {@link membership.v1.Suspect.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Suspect
             * @static
             * @param {membership.v1.Suspect.$Properties} message Suspect message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Suspect.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && (typeof message.incarnation === "object" ? message.incarnation.low || message.incarnation.high : message.incarnation !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.incarnation);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.from);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Suspect message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Suspect
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Suspect & membership.v1.Suspect.$Shape} Suspect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Suspect.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Suspect();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
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
             * Verifies a Suspect message.
             * @function verify
             * @memberof membership.v1.Suspect
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Suspect.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (!$util.isInteger(message.incarnation) && !(message.incarnation && $util.isInteger(message.incarnation.low) && $util.isInteger(message.incarnation.high)))
                        return "incarnation: integer|Long expected";
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (!$util.isString(message.from))
                        return "from: string expected";
                return null;
            };

            /**
             * Creates a Suspect message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Suspect
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Suspect} Suspect
             */
            Suspect.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Suspect)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Suspect: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Suspect();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.incarnation != null)
                    if (typeof object.incarnation === "object" ? object.incarnation.low || object.incarnation.high : $Number(object.incarnation) !== 0)
                        if ($util.Long)
                            message.incarnation = $util.Long.fromValue(object.incarnation, true);
                        else if (typeof object.incarnation === "string")
                            message.incarnation = $parseInt(object.incarnation, 10);
                        else if (typeof object.incarnation === "number")
                            message.incarnation = object.incarnation;
                        else if (typeof object.incarnation === "object")
                            message.incarnation = new $util.LongBits(object.incarnation.low >>> 0, object.incarnation.high >>> 0).toNumber(true);
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                return message;
            };

            /**
             * Creates a plain object from a Suspect message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Suspect
             * @static
             * @param {membership.v1.Suspect} message Suspect
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Suspect.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.incarnation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.incarnation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.from = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.incarnation = typeof message.incarnation === "number" ? $BigInt(message.incarnation) : $util.Long.fromBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0, true).toBigInt();
                    else if (typeof message.incarnation === "number")
                        object.incarnation = options.longs === $String ? $String(message.incarnation) : message.incarnation;
                    else
                        object.incarnation = options.longs === $String ? $util.Long.prototype.toString.call(message.incarnation) : options.longs === $Number ? new $util.LongBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0).toNumber(true) : message.incarnation;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                return object;
            };

            /**
             * Converts this Suspect to JSON.
             * @function toJSON
             * @memberof membership.v1.Suspect
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Suspect.prototype.toJSON = function() {
                return Suspect.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Suspect
             * @function getTypeUrl
             * @memberof membership.v1.Suspect
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Suspect.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Suspect";
            };

            return Suspect;
        })();

        v1.Dead = (function() {

            /**
             * Properties of a Dead.
             * @typedef {Object} membership.v1.Dead.$Properties
             * @property {string|null} [id] Dead id
             * @property {number|null} [incarnation] Dead incarnation
             * @property {string|null} [from] Dead from
             * @property {boolean|null} [left] Dead left
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Dead.
             * @memberof membership.v1
             * @interface IDead
             * @augments membership.v1.Dead.$Properties
             * @deprecated Use membership.v1.Dead.$Properties instead.
             */

            /**
             * Shape of a Dead.
             * @typedef {membership.v1.Dead.$Properties} membership.v1.Dead.$Shape
             */

            /**
             * Constructs a new Dead.
             * @memberof membership.v1
             * @classdesc Represents a Dead.
             * @constructor
             * @param {membership.v1.Dead.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Dead = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Dead id.
             * @member {string} id
             * @memberof membership.v1.Dead
             * @instance
             */
            Dead.prototype.id = "";

            /**
             * Dead incarnation.
             * @member {number} incarnation
             * @memberof membership.v1.Dead
             * @instance
             */
            Dead.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Dead from.
             * @member {string} from
             * @memberof membership.v1.Dead
             * @instance
             */
            Dead.prototype.from = "";

            /**
             * Dead left.
             * @member {boolean} left
             * @memberof membership.v1.Dead
             * @instance
             */
            Dead.prototype.left = false;

            /**
             * Creates a new Dead instance using the specified properties.
             * @function create
             * @memberof membership.v1.Dead
             * @static
             * @param {membership.v1.Dead.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Dead} Dead instance
             * @type {{
             *   (properties: membership.v1.Dead.$Shape): membership.v1.Dead & membership.v1.Dead.$Shape;
             *   (properties?: membership.v1.Dead.$Properties): membership.v1.Dead;
             * }}
             */
            Dead.create = function(properties) {
                return new Dead(properties);
            };

            /**
             * Encodes the specified Dead message. Does not implicitly {@link membership.v1.Dead.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Dead
             * @static
             * @param {membership.v1.Dead.$Properties} message Dead message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dead.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && (typeof message.incarnation === "object" ? message.incarnation.low || message.incarnation.high : message.incarnation !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.incarnation);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.from);
                if (message.left != null && $Object.hasOwnProperty.call(message, "left") && message.left !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.left);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Dead message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Dead
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Dead & membership.v1.Dead.$Shape} Dead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dead.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Dead();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.left = value;
                            else
                                delete message.left;
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
             * Verifies a Dead message.
             * @function verify
             * @memberof membership.v1.Dead
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Dead.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (!$util.isInteger(message.incarnation) && !(message.incarnation && $util.isInteger(message.incarnation.low) && $util.isInteger(message.incarnation.high)))
                        return "incarnation: integer|Long expected";
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (!$util.isString(message.from))
                        return "from: string expected";
                if (message.left != null && $Object.hasOwnProperty.call(message, "left"))
                    if (typeof message.left !== "boolean")
                        return "left: boolean expected";
                return null;
            };

            /**
             * Creates a Dead message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Dead
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Dead} Dead
             */
            Dead.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Dead)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Dead: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Dead();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.incarnation != null)
                    if (typeof object.incarnation === "object" ? object.incarnation.low || object.incarnation.high : $Number(object.incarnation) !== 0)
                        if ($util.Long)
                            message.incarnation = $util.Long.fromValue(object.incarnation, true);
                        else if (typeof object.incarnation === "string")
                            message.incarnation = $parseInt(object.incarnation, 10);
                        else if (typeof object.incarnation === "number")
                            message.incarnation = object.incarnation;
                        else if (typeof object.incarnation === "object")
                            message.incarnation = new $util.LongBits(object.incarnation.low >>> 0, object.incarnation.high >>> 0).toNumber(true);
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.left != null)
                    if (object.left)
                        message.left = $Boolean(object.left);
                return message;
            };

            /**
             * Creates a plain object from a Dead message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Dead
             * @static
             * @param {membership.v1.Dead} message Dead
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Dead.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.incarnation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.incarnation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.from = "";
                    object.left = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.incarnation = typeof message.incarnation === "number" ? $BigInt(message.incarnation) : $util.Long.fromBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0, true).toBigInt();
                    else if (typeof message.incarnation === "number")
                        object.incarnation = options.longs === $String ? $String(message.incarnation) : message.incarnation;
                    else
                        object.incarnation = options.longs === $String ? $util.Long.prototype.toString.call(message.incarnation) : options.longs === $Number ? new $util.LongBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0).toNumber(true) : message.incarnation;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.left != null && $Object.hasOwnProperty.call(message, "left"))
                    object.left = message.left;
                return object;
            };

            /**
             * Converts this Dead to JSON.
             * @function toJSON
             * @memberof membership.v1.Dead
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Dead.prototype.toJSON = function() {
                return Dead.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Dead
             * @function getTypeUrl
             * @memberof membership.v1.Dead
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Dead.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Dead";
            };

            return Dead;
        })();

        v1.Gossip = (function() {

            /**
             * Properties of a Gossip.
             * @typedef {Object} membership.v1.Gossip.$Properties
             * @property {membership.v1.Alive.$Properties|null} [alive] Gossip alive
             * @property {membership.v1.Suspect.$Properties|null} [suspect] Gossip suspect
             * @property {membership.v1.Dead.$Properties|null} [dead] Gossip dead
             * @property {"alive"|"suspect"|"dead"} [kind] Gossip kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Gossip.
             * @memberof membership.v1
             * @interface IGossip
             * @augments membership.v1.Gossip.$Properties
             * @deprecated Use membership.v1.Gossip.$Properties instead.
             */

            /**
             * Narrowed shape of a Gossip.
             * @typedef {{
             *   alive?: membership.v1.Alive.$Shape|null;
             *   suspect?: membership.v1.Suspect.$Shape|null;
             *   dead?: membership.v1.Dead.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; alive?: null; suspect?: null; dead?: null }|{ kind?: "alive"; alive: membership.v1.Alive.$Shape; suspect?: null; dead?: null }|{ kind?: "suspect"; alive?: null; suspect: membership.v1.Suspect.$Shape; dead?: null }|{ kind?: "dead"; alive?: null; suspect?: null; dead: membership.v1.Dead.$Shape })
             * )} membership.v1.Gossip.$Shape
             */

            /**
             * Constructs a new Gossip.
             * @memberof membership.v1
             * @classdesc Represents a Gossip.
             * @constructor
             * @param {membership.v1.Gossip.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Gossip = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Gossip alive.
             * @member {membership.v1.Alive.$Properties|null|undefined} alive
             * @memberof membership.v1.Gossip
             * @instance
             */
            Gossip.prototype.alive = null;

            /**
             * Gossip suspect.
             * @member {membership.v1.Suspect.$Properties|null|undefined} suspect
             * @memberof membership.v1.Gossip
             * @instance
             */
            Gossip.prototype.suspect = null;

            /**
             * Gossip dead.
             * @member {membership.v1.Dead.$Properties|null|undefined} dead
             * @memberof membership.v1.Gossip
             * @instance
             */
            Gossip.prototype.dead = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Gossip kind.
             * @member {"alive"|"suspect"|"dead"|undefined} kind
             * @memberof membership.v1.Gossip
             * @instance
             */
            $Object.defineProperty(Gossip.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["alive", "suspect", "dead"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Gossip instance using the specified properties.
             * @function create
             * @memberof membership.v1.Gossip
             * @static
             * @param {membership.v1.Gossip.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Gossip} Gossip instance
             * @type {{
             *   (properties: membership.v1.Gossip.$Shape): membership.v1.Gossip & membership.v1.Gossip.$Shape;
             *   (properties?: membership.v1.Gossip.$Properties): membership.v1.Gossip;
             * }}
             */
            Gossip.create = function(properties) {
                return new Gossip(properties);
            };

            /**
             * Encodes the specified Gossip message. Does not implicitly {@link membership.v1.Gossip.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Gossip
             * @static
             * @param {membership.v1.Gossip.$Properties} message Gossip message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Gossip.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.alive != null && $Object.hasOwnProperty.call(message, "alive"))
                    $root.membership.v1.Alive.encode(message.alive, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.suspect != null && $Object.hasOwnProperty.call(message, "suspect"))
                    $root.membership.v1.Suspect.encode(message.suspect, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.dead != null && $Object.hasOwnProperty.call(message, "dead"))
                    $root.membership.v1.Dead.encode(message.dead, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Gossip message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Gossip
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Gossip & membership.v1.Gossip.$Shape} Gossip
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Gossip.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Gossip();
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
                            message.alive = $root.membership.v1.Alive.decode(reader, reader.size(), $undefined, _depth + 1, message.alive);
                            message.kind = "alive";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.suspect = $root.membership.v1.Suspect.decode(reader, reader.size(), $undefined, _depth + 1, message.suspect);
                            message.kind = "suspect";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.dead = $root.membership.v1.Dead.decode(reader, reader.size(), $undefined, _depth + 1, message.dead);
                            message.kind = "dead";
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
             * Verifies a Gossip message.
             * @function verify
             * @memberof membership.v1.Gossip
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Gossip.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.alive != null && $Object.hasOwnProperty.call(message, "alive")) {
                    properties.kind = 1;
                    {
                        let error = $root.membership.v1.Alive.verify(message.alive, _depth + 1);
                        if (error)
                            return "alive." + error;
                    }
                }
                if (message.suspect != null && $Object.hasOwnProperty.call(message, "suspect")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.membership.v1.Suspect.verify(message.suspect, _depth + 1);
                        if (error)
                            return "suspect." + error;
                    }
                }
                if (message.dead != null && $Object.hasOwnProperty.call(message, "dead")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.membership.v1.Dead.verify(message.dead, _depth + 1);
                        if (error)
                            return "dead." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Gossip message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Gossip
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Gossip} Gossip
             */
            Gossip.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Gossip)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Gossip: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Gossip();
                if (object.alive != null) {
                    if (!$util.isObject(object.alive))
                        throw $TypeError(".membership.v1.Gossip.alive: object expected");
                    message.alive = $root.membership.v1.Alive.fromObject(object.alive, _depth + 1);
                }
                if (object.suspect != null) {
                    if (!$util.isObject(object.suspect))
                        throw $TypeError(".membership.v1.Gossip.suspect: object expected");
                    message.suspect = $root.membership.v1.Suspect.fromObject(object.suspect, _depth + 1);
                }
                if (object.dead != null) {
                    if (!$util.isObject(object.dead))
                        throw $TypeError(".membership.v1.Gossip.dead: object expected");
                    message.dead = $root.membership.v1.Dead.fromObject(object.dead, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Gossip message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Gossip
             * @static
             * @param {membership.v1.Gossip} message Gossip
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Gossip.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.alive != null && $Object.hasOwnProperty.call(message, "alive")) {
                    object.alive = $root.membership.v1.Alive.toObject(message.alive, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "alive";
                }
                if (message.suspect != null && $Object.hasOwnProperty.call(message, "suspect")) {
                    object.suspect = $root.membership.v1.Suspect.toObject(message.suspect, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "suspect";
                }
                if (message.dead != null && $Object.hasOwnProperty.call(message, "dead")) {
                    object.dead = $root.membership.v1.Dead.toObject(message.dead, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "dead";
                }
                return object;
            };

            /**
             * Converts this Gossip to JSON.
             * @function toJSON
             * @memberof membership.v1.Gossip
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Gossip.prototype.toJSON = function() {
                return Gossip.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Gossip
             * @function getTypeUrl
             * @memberof membership.v1.Gossip
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Gossip.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Gossip";
            };

            return Gossip;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} membership.v1.Ping.$Properties
             * @property {number|null} [seq] Ping seq
             * @property {string|null} [target] Ping target
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof membership.v1
             * @interface IPing
             * @augments membership.v1.Ping.$Properties
             * @deprecated Use membership.v1.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {membership.v1.Ping.$Properties} membership.v1.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof membership.v1
             * @classdesc Represents a Ping.
             * @constructor
             * @param {membership.v1.Ping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ping seq.
             * @member {number} seq
             * @memberof membership.v1.Ping
             * @instance
             */
            Ping.prototype.seq = 0;

            /**
             * Ping target.
             * @member {string} target
             * @memberof membership.v1.Ping
             * @instance
             */
            Ping.prototype.target = "";

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof membership.v1.Ping
             * @static
             * @param {membership.v1.Ping.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Ping} Ping instance
             * @type {{
             *   (properties: membership.v1.Ping.$Shape): membership.v1.Ping & membership.v1.Ping.$Shape;
             *   (properties?: membership.v1.Ping.$Properties): membership.v1.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link membership.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Ping
             * @static
             * @param {membership.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.target);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Ping & membership.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Ping();
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
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
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
             * Verifies a Ping message.
             * @function verify
             * @memberof membership.v1.Ping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq))
                        return "seq: integer expected";
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    if (!$util.isString(message.target))
                        return "target: string expected";
                return null;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Ping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Ping} Ping
             */
            Ping.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Ping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Ping();
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                return message;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Ping
             * @static
             * @param {membership.v1.Ping} message Ping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.seq = 0;
                    object.target = "";
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                return object;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof membership.v1.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ping
             * @function getTypeUrl
             * @memberof membership.v1.Ping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Ping";
            };

            return Ping;
        })();

        v1.PingReq = (function() {

            /**
             * Properties of a PingReq.
             * @typedef {Object} membership.v1.PingReq.$Properties
             * @property {number|null} [seq] PingReq seq
             * @property {string|null} [target] PingReq target
             * @property {membership.v1.Address.$Properties|null} [targetAddress] PingReq targetAddress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingReq.
             * @memberof membership.v1
             * @interface IPingReq
             * @augments membership.v1.PingReq.$Properties
             * @deprecated Use membership.v1.PingReq.$Properties instead.
             */

            /**
             * Shape of a PingReq.
             * @typedef {membership.v1.PingReq.$Properties} membership.v1.PingReq.$Shape
             */

            /**
             * Constructs a new PingReq.
             * @memberof membership.v1
             * @classdesc Represents a PingReq.
             * @constructor
             * @param {membership.v1.PingReq.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PingReq = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PingReq seq.
             * @member {number} seq
             * @memberof membership.v1.PingReq
             * @instance
             */
            PingReq.prototype.seq = 0;

            /**
             * PingReq target.
             * @member {string} target
             * @memberof membership.v1.PingReq
             * @instance
             */
            PingReq.prototype.target = "";

            /**
             * PingReq targetAddress.
             * @member {membership.v1.Address.$Properties|null|undefined} targetAddress
             * @memberof membership.v1.PingReq
             * @instance
             */
            PingReq.prototype.targetAddress = null;

            /**
             * Creates a new PingReq instance using the specified properties.
             * @function create
             * @memberof membership.v1.PingReq
             * @static
             * @param {membership.v1.PingReq.$Properties=} [properties] Properties to set
             * @returns {membership.v1.PingReq} PingReq instance
             * @type {{
             *   (properties: membership.v1.PingReq.$Shape): membership.v1.PingReq & membership.v1.PingReq.$Shape;
             *   (properties?: membership.v1.PingReq.$Properties): membership.v1.PingReq;
             * }}
             */
            PingReq.create = function(properties) {
                return new PingReq(properties);
            };

            /**
             * Encodes the specified PingReq message. Does not implicitly {@link membership.v1.PingReq.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.PingReq
             * @static
             * @param {membership.v1.PingReq.$Properties} message PingReq message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingReq.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.target);
                if (message.targetAddress != null && $Object.hasOwnProperty.call(message, "targetAddress"))
                    $root.membership.v1.Address.encode(message.targetAddress, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PingReq message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.PingReq
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.PingReq & membership.v1.PingReq.$Shape} PingReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingReq.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.PingReq();
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
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.targetAddress = $root.membership.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.targetAddress);
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
             * Verifies a PingReq message.
             * @function verify
             * @memberof membership.v1.PingReq
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PingReq.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq))
                        return "seq: integer expected";
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    if (!$util.isString(message.target))
                        return "target: string expected";
                if (message.targetAddress != null && $Object.hasOwnProperty.call(message, "targetAddress")) {
                    let error = $root.membership.v1.Address.verify(message.targetAddress, _depth + 1);
                    if (error)
                        return "targetAddress." + error;
                }
                return null;
            };

            /**
             * Creates a PingReq message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.PingReq
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.PingReq} PingReq
             */
            PingReq.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.PingReq)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.PingReq: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.PingReq();
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                if (object.targetAddress != null) {
                    if (!$util.isObject(object.targetAddress))
                        throw $TypeError(".membership.v1.PingReq.targetAddress: object expected");
                    message.targetAddress = $root.membership.v1.Address.fromObject(object.targetAddress, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PingReq message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.PingReq
             * @static
             * @param {membership.v1.PingReq} message PingReq
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingReq.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.seq = 0;
                    object.target = "";
                    object.targetAddress = null;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.targetAddress != null && $Object.hasOwnProperty.call(message, "targetAddress"))
                    object.targetAddress = $root.membership.v1.Address.toObject(message.targetAddress, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PingReq to JSON.
             * @function toJSON
             * @memberof membership.v1.PingReq
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingReq.prototype.toJSON = function() {
                return PingReq.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingReq
             * @function getTypeUrl
             * @memberof membership.v1.PingReq
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingReq.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.PingReq";
            };

            return PingReq;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} membership.v1.Ack.$Properties
             * @property {number|null} [seq] Ack seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof membership.v1
             * @interface IAck
             * @augments membership.v1.Ack.$Properties
             * @deprecated Use membership.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {membership.v1.Ack.$Properties} membership.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof membership.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {membership.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack seq.
             * @member {number} seq
             * @memberof membership.v1.Ack
             * @instance
             */
            Ack.prototype.seq = 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof membership.v1.Ack
             * @static
             * @param {membership.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Ack} Ack instance
             * @type {{
             *   (properties: membership.v1.Ack.$Shape): membership.v1.Ack & membership.v1.Ack.$Shape;
             *   (properties?: membership.v1.Ack.$Properties): membership.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link membership.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Ack
             * @static
             * @param {membership.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Ack & membership.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Ack();
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
                                message.seq = value;
                            else
                                delete message.seq;
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
             * Verifies an Ack message.
             * @function verify
             * @memberof membership.v1.Ack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq))
                        return "seq: integer expected";
                return null;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Ack} Ack
             */
            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Ack();
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Ack
             * @static
             * @param {membership.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.seq = 0;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof membership.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof membership.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Ack";
            };

            return Ack;
        })();

        v1.Nack = (function() {

            /**
             * Properties of a Nack.
             * @typedef {Object} membership.v1.Nack.$Properties
             * @property {number|null} [seq] Nack seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Nack.
             * @memberof membership.v1
             * @interface INack
             * @augments membership.v1.Nack.$Properties
             * @deprecated Use membership.v1.Nack.$Properties instead.
             */

            /**
             * Shape of a Nack.
             * @typedef {membership.v1.Nack.$Properties} membership.v1.Nack.$Shape
             */

            /**
             * Constructs a new Nack.
             * @memberof membership.v1
             * @classdesc Represents a Nack.
             * @constructor
             * @param {membership.v1.Nack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Nack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Nack seq.
             * @member {number} seq
             * @memberof membership.v1.Nack
             * @instance
             */
            Nack.prototype.seq = 0;

            /**
             * Creates a new Nack instance using the specified properties.
             * @function create
             * @memberof membership.v1.Nack
             * @static
             * @param {membership.v1.Nack.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Nack} Nack instance
             * @type {{
             *   (properties: membership.v1.Nack.$Shape): membership.v1.Nack & membership.v1.Nack.$Shape;
             *   (properties?: membership.v1.Nack.$Properties): membership.v1.Nack;
             * }}
             */
            Nack.create = function(properties) {
                return new Nack(properties);
            };

            /**
             * Encodes the specified Nack message. Does not implicitly {@link membership.v1.Nack.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Nack
             * @static
             * @param {membership.v1.Nack.$Properties} message Nack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Nack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Nack message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Nack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Nack & membership.v1.Nack.$Shape} Nack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Nack.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Nack();
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
                                message.seq = value;
                            else
                                delete message.seq;
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
             * Verifies a Nack message.
             * @function verify
             * @memberof membership.v1.Nack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Nack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq))
                        return "seq: integer expected";
                return null;
            };

            /**
             * Creates a Nack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Nack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Nack} Nack
             */
            Nack.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Nack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Nack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Nack();
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Nack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Nack
             * @static
             * @param {membership.v1.Nack} message Nack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Nack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.seq = 0;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                return object;
            };

            /**
             * Converts this Nack to JSON.
             * @function toJSON
             * @memberof membership.v1.Nack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Nack.prototype.toJSON = function() {
                return Nack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Nack
             * @function getTypeUrl
             * @memberof membership.v1.Nack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Nack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Nack";
            };

            return Nack;
        })();

        v1.PushPull = (function() {

            /**
             * Properties of a PushPull.
             * @typedef {Object} membership.v1.PushPull.$Properties
             * @property {Array.<membership.v1.Alive.$Properties>|null} [states] PushPull states
             * @property {Array.<membership.v1.Gossip.$Properties>|null} [failures] PushPull failures
             * @property {boolean|null} [reply] PushPull reply
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PushPull.
             * @memberof membership.v1
             * @interface IPushPull
             * @augments membership.v1.PushPull.$Properties
             * @deprecated Use membership.v1.PushPull.$Properties instead.
             */

            /**
             * Shape of a PushPull.
             * @typedef {{
             *   states?: Array.<membership.v1.Alive.$Shape>|null;
             *   failures?: Array.<membership.v1.Gossip.$Shape>|null;
             *   reply?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} membership.v1.PushPull.$Shape
             */

            /**
             * Constructs a new PushPull.
             * @memberof membership.v1
             * @classdesc Represents a PushPull.
             * @constructor
             * @param {membership.v1.PushPull.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PushPull = function (properties) {
                this.states = [];
                this.failures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PushPull states.
             * @member {Array.<membership.v1.Alive.$Properties>} states
             * @memberof membership.v1.PushPull
             * @instance
             */
            PushPull.prototype.states = $util.emptyArray;

            /**
             * PushPull failures.
             * @member {Array.<membership.v1.Gossip.$Properties>} failures
             * @memberof membership.v1.PushPull
             * @instance
             */
            PushPull.prototype.failures = $util.emptyArray;

            /**
             * PushPull reply.
             * @member {boolean} reply
             * @memberof membership.v1.PushPull
             * @instance
             */
            PushPull.prototype.reply = false;

            /**
             * Creates a new PushPull instance using the specified properties.
             * @function create
             * @memberof membership.v1.PushPull
             * @static
             * @param {membership.v1.PushPull.$Properties=} [properties] Properties to set
             * @returns {membership.v1.PushPull} PushPull instance
             * @type {{
             *   (properties: membership.v1.PushPull.$Shape): membership.v1.PushPull & membership.v1.PushPull.$Shape;
             *   (properties?: membership.v1.PushPull.$Properties): membership.v1.PushPull;
             * }}
             */
            PushPull.create = function(properties) {
                return new PushPull(properties);
            };

            /**
             * Encodes the specified PushPull message. Does not implicitly {@link membership.v1.PushPull.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.PushPull
             * @static
             * @param {membership.v1.PushPull.$Properties} message PushPull message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PushPull.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.states != null && message.states.length)
                    for (let i = 0; i < message.states.length; ++i)
                        $root.membership.v1.Alive.encode(message.states[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.failures != null && message.failures.length)
                    for (let i = 0; i < message.failures.length; ++i)
                        $root.membership.v1.Gossip.encode(message.failures[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply") && message.reply !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.reply);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PushPull message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.PushPull
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.PushPull & membership.v1.PushPull.$Shape} PushPull
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PushPull.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.PushPull();
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
                            if (!(message.states && message.states.length))
                                message.states = [];
                            message.states.push($root.membership.v1.Alive.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.failures && message.failures.length))
                                message.failures = [];
                            message.failures.push($root.membership.v1.Gossip.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reply = value;
                            else
                                delete message.reply;
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
             * Verifies a PushPull message.
             * @function verify
             * @memberof membership.v1.PushPull
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PushPull.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.states != null && $Object.hasOwnProperty.call(message, "states")) {
                    if (!$Array.isArray(message.states))
                        return "states: array expected";
                    for (let i = 0; i < message.states.length; ++i) {
                        let error = $root.membership.v1.Alive.verify(message.states[i], _depth + 1);
                        if (error)
                            return "states." + error;
                    }
                }
                if (message.failures != null && $Object.hasOwnProperty.call(message, "failures")) {
                    if (!$Array.isArray(message.failures))
                        return "failures: array expected";
                    for (let i = 0; i < message.failures.length; ++i) {
                        let error = $root.membership.v1.Gossip.verify(message.failures[i], _depth + 1);
                        if (error)
                            return "failures." + error;
                    }
                }
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    if (typeof message.reply !== "boolean")
                        return "reply: boolean expected";
                return null;
            };

            /**
             * Creates a PushPull message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.PushPull
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.PushPull} PushPull
             */
            PushPull.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.PushPull)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.PushPull: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.PushPull();
                if (object.states) {
                    if (!$Array.isArray(object.states))
                        throw $TypeError(".membership.v1.PushPull.states: array expected");
                    message.states = $Array(object.states.length);
                    for (let i = 0; i < object.states.length; ++i) {
                        if (!$util.isObject(object.states[i]))
                            throw $TypeError(".membership.v1.PushPull.states: object expected");
                        message.states[i] = $root.membership.v1.Alive.fromObject(object.states[i], _depth + 1);
                    }
                }
                if (object.failures) {
                    if (!$Array.isArray(object.failures))
                        throw $TypeError(".membership.v1.PushPull.failures: array expected");
                    message.failures = $Array(object.failures.length);
                    for (let i = 0; i < object.failures.length; ++i) {
                        if (!$util.isObject(object.failures[i]))
                            throw $TypeError(".membership.v1.PushPull.failures: object expected");
                        message.failures[i] = $root.membership.v1.Gossip.fromObject(object.failures[i], _depth + 1);
                    }
                }
                if (object.reply != null)
                    if (object.reply)
                        message.reply = $Boolean(object.reply);
                return message;
            };

            /**
             * Creates a plain object from a PushPull message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.PushPull
             * @static
             * @param {membership.v1.PushPull} message PushPull
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PushPull.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.states = [];
                    object.failures = [];
                }
                if (options.defaults)
                    object.reply = false;
                if (message.states && message.states.length) {
                    object.states = $Array(message.states.length);
                    for (let j = 0; j < message.states.length; ++j)
                        object.states[j] = $root.membership.v1.Alive.toObject(message.states[j], options, _depth + 1);
                }
                if (message.failures && message.failures.length) {
                    object.failures = $Array(message.failures.length);
                    for (let j = 0; j < message.failures.length; ++j)
                        object.failures[j] = $root.membership.v1.Gossip.toObject(message.failures[j], options, _depth + 1);
                }
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    object.reply = message.reply;
                return object;
            };

            /**
             * Converts this PushPull to JSON.
             * @function toJSON
             * @memberof membership.v1.PushPull
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PushPull.prototype.toJSON = function() {
                return PushPull.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PushPull
             * @function getTypeUrl
             * @memberof membership.v1.PushPull
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PushPull.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.PushPull";
            };

            return PushPull;
        })();

        v1.Packet = (function() {

            /**
             * Properties of a Packet.
             * @typedef {Object} membership.v1.Packet.$Properties
             * @property {string|null} [from] Packet from
             * @property {membership.v1.Ping.$Properties|null} [ping] Packet ping
             * @property {membership.v1.PingReq.$Properties|null} [pingReq] Packet pingReq
             * @property {membership.v1.Ack.$Properties|null} [ack] Packet ack
             * @property {membership.v1.Nack.$Properties|null} [nack] Packet nack
             * @property {membership.v1.PushPull.$Properties|null} [pushPull] Packet pushPull
             * @property {Array.<membership.v1.Gossip.$Properties>|null} [gossip] Packet gossip
             * @property {"ping"|"pingReq"|"ack"|"nack"|"pushPull"} [request] Packet request
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Packet.
             * @memberof membership.v1
             * @interface IPacket
             * @augments membership.v1.Packet.$Properties
             * @deprecated Use membership.v1.Packet.$Properties instead.
             */

            /**
             * Narrowed shape of a Packet.
             * @typedef {{
             *   from?: string|null;
             *   ping?: membership.v1.Ping.$Shape|null;
             *   pingReq?: membership.v1.PingReq.$Shape|null;
             *   ack?: membership.v1.Ack.$Shape|null;
             *   nack?: membership.v1.Nack.$Shape|null;
             *   pushPull?: membership.v1.PushPull.$Shape|null;
             *   gossip?: Array.<membership.v1.Gossip.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ request?: undefined; ping?: null; pingReq?: null; ack?: null; nack?: null; pushPull?: null }|{ request?: "ping"; ping: membership.v1.Ping.$Shape; pingReq?: null; ack?: null; nack?: null; pushPull?: null }|{ request?: "pingReq"; ping?: null; pingReq: membership.v1.PingReq.$Shape; ack?: null; nack?: null; pushPull?: null }|{ request?: "ack"; ping?: null; pingReq?: null; ack: membership.v1.Ack.$Shape; nack?: null; pushPull?: null }|{ request?: "nack"; ping?: null; pingReq?: null; ack?: null; nack: membership.v1.Nack.$Shape; pushPull?: null }|{ request?: "pushPull"; ping?: null; pingReq?: null; ack?: null; nack?: null; pushPull: membership.v1.PushPull.$Shape })
             * )} membership.v1.Packet.$Shape
             */

            /**
             * Constructs a new Packet.
             * @memberof membership.v1
             * @classdesc Represents a Packet.
             * @constructor
             * @param {membership.v1.Packet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Packet = function (properties) {
                this.gossip = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Packet from.
             * @member {string} from
             * @memberof membership.v1.Packet
             * @instance
             */
            Packet.prototype.from = "";

            /**
             * Packet ping.
             * @member {membership.v1.Ping.$Properties|null|undefined} ping
             * @memberof membership.v1.Packet
             * @instance
             */
            Packet.prototype.ping = null;

            /**
             * Packet pingReq.
             * @member {membership.v1.PingReq.$Properties|null|undefined} pingReq
             * @memberof membership.v1.Packet
             * @instance
             */
            Packet.prototype.pingReq = null;

            /**
             * Packet ack.
             * @member {membership.v1.Ack.$Properties|null|undefined} ack
             * @memberof membership.v1.Packet
             * @instance
             */
            Packet.prototype.ack = null;

            /**
             * Packet nack.
             * @member {membership.v1.Nack.$Properties|null|undefined} nack
             * @memberof membership.v1.Packet
             * @instance
             */
            Packet.prototype.nack = null;

            /**
             * Packet pushPull.
             * @member {membership.v1.PushPull.$Properties|null|undefined} pushPull
             * @memberof membership.v1.Packet
             * @instance
             */
            Packet.prototype.pushPull = null;

            /**
             * Packet gossip.
             * @member {Array.<membership.v1.Gossip.$Properties>} gossip
             * @memberof membership.v1.Packet
             * @instance
             */
            Packet.prototype.gossip = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Packet request.
             * @member {"ping"|"pingReq"|"ack"|"nack"|"pushPull"|undefined} request
             * @memberof membership.v1.Packet
             * @instance
             */
            $Object.defineProperty(Packet.prototype, "request", {
                get: $util.oneOfGetter($oneOfFields = ["ping", "pingReq", "ack", "nack", "pushPull"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Packet instance using the specified properties.
             * @function create
             * @memberof membership.v1.Packet
             * @static
             * @param {membership.v1.Packet.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Packet} Packet instance
             * @type {{
             *   (properties: membership.v1.Packet.$Shape): membership.v1.Packet & membership.v1.Packet.$Shape;
             *   (properties?: membership.v1.Packet.$Properties): membership.v1.Packet;
             * }}
             */
            Packet.create = function(properties) {
                return new Packet(properties);
            };

            /**
             * Encodes the specified Packet message. Does not implicitly {@link membership.v1.Packet.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Packet
             * @static
             * @param {membership.v1.Packet.$Properties} message Packet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Packet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.from);
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.membership.v1.Ping.encode(message.ping, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.pingReq != null && $Object.hasOwnProperty.call(message, "pingReq"))
                    $root.membership.v1.PingReq.encode(message.pingReq, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.membership.v1.Ack.encode(message.ack, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack"))
                    $root.membership.v1.Nack.encode(message.nack, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.pushPull != null && $Object.hasOwnProperty.call(message, "pushPull"))
                    $root.membership.v1.PushPull.encode(message.pushPull, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.gossip != null && message.gossip.length)
                    for (let i = 0; i < message.gossip.length; ++i)
                        $root.membership.v1.Gossip.encode(message.gossip[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Packet message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Packet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Packet & membership.v1.Packet.$Shape} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Packet.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Packet();
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
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.membership.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.request = "ping";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.pingReq = $root.membership.v1.PingReq.decode(reader, reader.size(), $undefined, _depth + 1, message.pingReq);
                            message.request = "pingReq";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.membership.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.request = "ack";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.nack = $root.membership.v1.Nack.decode(reader, reader.size(), $undefined, _depth + 1, message.nack);
                            message.request = "nack";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.pushPull = $root.membership.v1.PushPull.decode(reader, reader.size(), $undefined, _depth + 1, message.pushPull);
                            message.request = "pushPull";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.gossip && message.gossip.length))
                                message.gossip = [];
                            message.gossip.push($root.membership.v1.Gossip.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Verifies a Packet message.
             * @function verify
             * @memberof membership.v1.Packet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Packet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (!$util.isString(message.from))
                        return "from: string expected";
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    properties.request = 1;
                    {
                        let error = $root.membership.v1.Ping.verify(message.ping, _depth + 1);
                        if (error)
                            return "ping." + error;
                    }
                }
                if (message.pingReq != null && $Object.hasOwnProperty.call(message, "pingReq")) {
                    if (properties.request === 1)
                        return "request: multiple values";
                    properties.request = 1;
                    {
                        let error = $root.membership.v1.PingReq.verify(message.pingReq, _depth + 1);
                        if (error)
                            return "pingReq." + error;
                    }
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    if (properties.request === 1)
                        return "request: multiple values";
                    properties.request = 1;
                    {
                        let error = $root.membership.v1.Ack.verify(message.ack, _depth + 1);
                        if (error)
                            return "ack." + error;
                    }
                }
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack")) {
                    if (properties.request === 1)
                        return "request: multiple values";
                    properties.request = 1;
                    {
                        let error = $root.membership.v1.Nack.verify(message.nack, _depth + 1);
                        if (error)
                            return "nack." + error;
                    }
                }
                if (message.pushPull != null && $Object.hasOwnProperty.call(message, "pushPull")) {
                    if (properties.request === 1)
                        return "request: multiple values";
                    properties.request = 1;
                    {
                        let error = $root.membership.v1.PushPull.verify(message.pushPull, _depth + 1);
                        if (error)
                            return "pushPull." + error;
                    }
                }
                if (message.gossip != null && $Object.hasOwnProperty.call(message, "gossip")) {
                    if (!$Array.isArray(message.gossip))
                        return "gossip: array expected";
                    for (let i = 0; i < message.gossip.length; ++i) {
                        let error = $root.membership.v1.Gossip.verify(message.gossip[i], _depth + 1);
                        if (error)
                            return "gossip." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Packet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Packet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Packet} Packet
             */
            Packet.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Packet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Packet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Packet();
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".membership.v1.Packet.ping: object expected");
                    message.ping = $root.membership.v1.Ping.fromObject(object.ping, _depth + 1);
                }
                if (object.pingReq != null) {
                    if (!$util.isObject(object.pingReq))
                        throw $TypeError(".membership.v1.Packet.pingReq: object expected");
                    message.pingReq = $root.membership.v1.PingReq.fromObject(object.pingReq, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".membership.v1.Packet.ack: object expected");
                    message.ack = $root.membership.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                if (object.nack != null) {
                    if (!$util.isObject(object.nack))
                        throw $TypeError(".membership.v1.Packet.nack: object expected");
                    message.nack = $root.membership.v1.Nack.fromObject(object.nack, _depth + 1);
                }
                if (object.pushPull != null) {
                    if (!$util.isObject(object.pushPull))
                        throw $TypeError(".membership.v1.Packet.pushPull: object expected");
                    message.pushPull = $root.membership.v1.PushPull.fromObject(object.pushPull, _depth + 1);
                }
                if (object.gossip) {
                    if (!$Array.isArray(object.gossip))
                        throw $TypeError(".membership.v1.Packet.gossip: array expected");
                    message.gossip = $Array(object.gossip.length);
                    for (let i = 0; i < object.gossip.length; ++i) {
                        if (!$util.isObject(object.gossip[i]))
                            throw $TypeError(".membership.v1.Packet.gossip: object expected");
                        message.gossip[i] = $root.membership.v1.Gossip.fromObject(object.gossip[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Packet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Packet
             * @static
             * @param {membership.v1.Packet} message Packet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Packet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.gossip = [];
                if (options.defaults)
                    object.from = "";
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.membership.v1.Ping.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.request = "ping";
                }
                if (message.pingReq != null && $Object.hasOwnProperty.call(message, "pingReq")) {
                    object.pingReq = $root.membership.v1.PingReq.toObject(message.pingReq, options, _depth + 1);
                    if (options.oneofs)
                        object.request = "pingReq";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.membership.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.request = "ack";
                }
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack")) {
                    object.nack = $root.membership.v1.Nack.toObject(message.nack, options, _depth + 1);
                    if (options.oneofs)
                        object.request = "nack";
                }
                if (message.pushPull != null && $Object.hasOwnProperty.call(message, "pushPull")) {
                    object.pushPull = $root.membership.v1.PushPull.toObject(message.pushPull, options, _depth + 1);
                    if (options.oneofs)
                        object.request = "pushPull";
                }
                if (message.gossip && message.gossip.length) {
                    object.gossip = $Array(message.gossip.length);
                    for (let j = 0; j < message.gossip.length; ++j)
                        object.gossip[j] = $root.membership.v1.Gossip.toObject(message.gossip[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Packet to JSON.
             * @function toJSON
             * @memberof membership.v1.Packet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Packet.prototype.toJSON = function() {
                return Packet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Packet
             * @function getTypeUrl
             * @memberof membership.v1.Packet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Packet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Packet";
            };

            return Packet;
        })();

        v1.Certificates = (function() {

            /**
             * Properties of a Certificates.
             * @typedef {Object} membership.v1.Certificates.$Properties
             * @property {Array.<Uint8Array>|null} [certificates] Certificates certificates
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Certificates.
             * @memberof membership.v1
             * @interface ICertificates
             * @augments membership.v1.Certificates.$Properties
             * @deprecated Use membership.v1.Certificates.$Properties instead.
             */

            /**
             * Shape of a Certificates.
             * @typedef {membership.v1.Certificates.$Properties} membership.v1.Certificates.$Shape
             */

            /**
             * Constructs a new Certificates.
             * @memberof membership.v1
             * @classdesc Represents a Certificates.
             * @constructor
             * @param {membership.v1.Certificates.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Certificates = function (properties) {
                this.certificates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Certificates certificates.
             * @member {Array.<Uint8Array>} certificates
             * @memberof membership.v1.Certificates
             * @instance
             */
            Certificates.prototype.certificates = $util.emptyArray;

            /**
             * Creates a new Certificates instance using the specified properties.
             * @function create
             * @memberof membership.v1.Certificates
             * @static
             * @param {membership.v1.Certificates.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Certificates} Certificates instance
             * @type {{
             *   (properties: membership.v1.Certificates.$Shape): membership.v1.Certificates & membership.v1.Certificates.$Shape;
             *   (properties?: membership.v1.Certificates.$Properties): membership.v1.Certificates;
             * }}
             */
            Certificates.create = function(properties) {
                return new Certificates(properties);
            };

            /**
             * Encodes the specified Certificates message. Does not implicitly {@link membership.v1.Certificates.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Certificates
             * @static
             * @param {membership.v1.Certificates.$Properties} message Certificates message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Certificates.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.certificates != null && message.certificates.length)
                    for (let i = 0; i < message.certificates.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.certificates[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Certificates message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Certificates
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Certificates & membership.v1.Certificates.$Shape} Certificates
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Certificates.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Certificates();
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
                            if (!(message.certificates && message.certificates.length))
                                message.certificates = [];
                            message.certificates.push(reader.bytes());
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
             * Verifies a Certificates message.
             * @function verify
             * @memberof membership.v1.Certificates
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Certificates.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.certificates != null && $Object.hasOwnProperty.call(message, "certificates")) {
                    if (!$Array.isArray(message.certificates))
                        return "certificates: array expected";
                    for (let i = 0; i < message.certificates.length; ++i)
                        if (!(message.certificates[i] && typeof message.certificates[i].length === "number" || $util.isString(message.certificates[i])))
                            return "certificates: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates a Certificates message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Certificates
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Certificates} Certificates
             */
            Certificates.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Certificates)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Certificates: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Certificates();
                if (object.certificates) {
                    if (!$Array.isArray(object.certificates))
                        throw $TypeError(".membership.v1.Certificates.certificates: array expected");
                    message.certificates = $Array(object.certificates.length);
                    for (let i = 0; i < object.certificates.length; ++i)
                        if (typeof object.certificates[i] === "string")
                            $util.base64.decode(object.certificates[i], message.certificates[i] = $util.newBuffer($util.base64.length(object.certificates[i])), 0);
                        else if (object.certificates[i].length >= 0)
                            message.certificates[i] = object.certificates[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a Certificates message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Certificates
             * @static
             * @param {membership.v1.Certificates} message Certificates
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Certificates.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.certificates = [];
                if (message.certificates && message.certificates.length) {
                    object.certificates = $Array(message.certificates.length);
                    for (let j = 0; j < message.certificates.length; ++j)
                        object.certificates[j] = options.bytes === $String ? $util.base64.encode(message.certificates[j], 0, message.certificates[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.certificates[j]) : message.certificates[j];
                }
                return object;
            };

            /**
             * Converts this Certificates to JSON.
             * @function toJSON
             * @memberof membership.v1.Certificates
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Certificates.prototype.toJSON = function() {
                return Certificates.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Certificates
             * @function getTypeUrl
             * @memberof membership.v1.Certificates
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Certificates.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Certificates";
            };

            return Certificates;
        })();

        v1.CertificateRequest = (function() {

            /**
             * Properties of a CertificateRequest.
             * @typedef {Object} membership.v1.CertificateRequest.$Properties
             * @property {Array.<Uint8Array>|null} [fingerprints] CertificateRequest fingerprints
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CertificateRequest.
             * @memberof membership.v1
             * @interface ICertificateRequest
             * @augments membership.v1.CertificateRequest.$Properties
             * @deprecated Use membership.v1.CertificateRequest.$Properties instead.
             */

            /**
             * Shape of a CertificateRequest.
             * @typedef {membership.v1.CertificateRequest.$Properties} membership.v1.CertificateRequest.$Shape
             */

            /**
             * Constructs a new CertificateRequest.
             * @memberof membership.v1
             * @classdesc Represents a CertificateRequest.
             * @constructor
             * @param {membership.v1.CertificateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CertificateRequest = function (properties) {
                this.fingerprints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CertificateRequest fingerprints.
             * @member {Array.<Uint8Array>} fingerprints
             * @memberof membership.v1.CertificateRequest
             * @instance
             */
            CertificateRequest.prototype.fingerprints = $util.emptyArray;

            /**
             * Creates a new CertificateRequest instance using the specified properties.
             * @function create
             * @memberof membership.v1.CertificateRequest
             * @static
             * @param {membership.v1.CertificateRequest.$Properties=} [properties] Properties to set
             * @returns {membership.v1.CertificateRequest} CertificateRequest instance
             * @type {{
             *   (properties: membership.v1.CertificateRequest.$Shape): membership.v1.CertificateRequest & membership.v1.CertificateRequest.$Shape;
             *   (properties?: membership.v1.CertificateRequest.$Properties): membership.v1.CertificateRequest;
             * }}
             */
            CertificateRequest.create = function(properties) {
                return new CertificateRequest(properties);
            };

            /**
             * Encodes the specified CertificateRequest message. Does not implicitly {@link membership.v1.CertificateRequest.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.CertificateRequest
             * @static
             * @param {membership.v1.CertificateRequest.$Properties} message CertificateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CertificateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fingerprints != null && message.fingerprints.length)
                    for (let i = 0; i < message.fingerprints.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.fingerprints[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CertificateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.CertificateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.CertificateRequest & membership.v1.CertificateRequest.$Shape} CertificateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CertificateRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.CertificateRequest();
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
                            if (!(message.fingerprints && message.fingerprints.length))
                                message.fingerprints = [];
                            message.fingerprints.push(reader.bytes());
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
             * Verifies a CertificateRequest message.
             * @function verify
             * @memberof membership.v1.CertificateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CertificateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fingerprints != null && $Object.hasOwnProperty.call(message, "fingerprints")) {
                    if (!$Array.isArray(message.fingerprints))
                        return "fingerprints: array expected";
                    for (let i = 0; i < message.fingerprints.length; ++i)
                        if (!(message.fingerprints[i] && typeof message.fingerprints[i].length === "number" || $util.isString(message.fingerprints[i])))
                            return "fingerprints: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates a CertificateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.CertificateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.CertificateRequest} CertificateRequest
             */
            CertificateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.CertificateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.CertificateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.CertificateRequest();
                if (object.fingerprints) {
                    if (!$Array.isArray(object.fingerprints))
                        throw $TypeError(".membership.v1.CertificateRequest.fingerprints: array expected");
                    message.fingerprints = $Array(object.fingerprints.length);
                    for (let i = 0; i < object.fingerprints.length; ++i)
                        if (typeof object.fingerprints[i] === "string")
                            $util.base64.decode(object.fingerprints[i], message.fingerprints[i] = $util.newBuffer($util.base64.length(object.fingerprints[i])), 0);
                        else if (object.fingerprints[i].length >= 0)
                            message.fingerprints[i] = object.fingerprints[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a CertificateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.CertificateRequest
             * @static
             * @param {membership.v1.CertificateRequest} message CertificateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CertificateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.fingerprints = [];
                if (message.fingerprints && message.fingerprints.length) {
                    object.fingerprints = $Array(message.fingerprints.length);
                    for (let j = 0; j < message.fingerprints.length; ++j)
                        object.fingerprints[j] = options.bytes === $String ? $util.base64.encode(message.fingerprints[j], 0, message.fingerprints[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.fingerprints[j]) : message.fingerprints[j];
                }
                return object;
            };

            /**
             * Converts this CertificateRequest to JSON.
             * @function toJSON
             * @memberof membership.v1.CertificateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CertificateRequest.prototype.toJSON = function() {
                return CertificateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CertificateRequest
             * @function getTypeUrl
             * @memberof membership.v1.CertificateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CertificateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.CertificateRequest";
            };

            return CertificateRequest;
        })();

        v1.Datagram = (function() {

            /**
             * Properties of a Datagram.
             * @typedef {Object} membership.v1.Datagram.$Properties
             * @property {membership.v1.Packet.$Properties|null} [packet] Datagram packet
             * @property {membership.v1.CertificateRequest.$Properties|null} [certificateRequest] Datagram certificateRequest
             * @property {membership.v1.Certificates.$Properties|null} [certificates] Datagram certificates
             * @property {"packet"|"certificateRequest"|"certificates"} [body] Datagram body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Datagram.
             * @memberof membership.v1
             * @interface IDatagram
             * @augments membership.v1.Datagram.$Properties
             * @deprecated Use membership.v1.Datagram.$Properties instead.
             */

            /**
             * Narrowed shape of a Datagram.
             * @typedef {{
             *   packet?: membership.v1.Packet.$Shape|null;
             *   certificateRequest?: membership.v1.CertificateRequest.$Shape|null;
             *   certificates?: membership.v1.Certificates.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; packet?: null; certificateRequest?: null; certificates?: null }|{ body?: "packet"; packet: membership.v1.Packet.$Shape; certificateRequest?: null; certificates?: null }|{ body?: "certificateRequest"; packet?: null; certificateRequest: membership.v1.CertificateRequest.$Shape; certificates?: null }|{ body?: "certificates"; packet?: null; certificateRequest?: null; certificates: membership.v1.Certificates.$Shape })
             * )} membership.v1.Datagram.$Shape
             */

            /**
             * Constructs a new Datagram.
             * @memberof membership.v1
             * @classdesc Represents a Datagram.
             * @constructor
             * @param {membership.v1.Datagram.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Datagram = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Datagram packet.
             * @member {membership.v1.Packet.$Properties|null|undefined} packet
             * @memberof membership.v1.Datagram
             * @instance
             */
            Datagram.prototype.packet = null;

            /**
             * Datagram certificateRequest.
             * @member {membership.v1.CertificateRequest.$Properties|null|undefined} certificateRequest
             * @memberof membership.v1.Datagram
             * @instance
             */
            Datagram.prototype.certificateRequest = null;

            /**
             * Datagram certificates.
             * @member {membership.v1.Certificates.$Properties|null|undefined} certificates
             * @memberof membership.v1.Datagram
             * @instance
             */
            Datagram.prototype.certificates = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Datagram body.
             * @member {"packet"|"certificateRequest"|"certificates"|undefined} body
             * @memberof membership.v1.Datagram
             * @instance
             */
            $Object.defineProperty(Datagram.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["packet", "certificateRequest", "certificates"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Datagram instance using the specified properties.
             * @function create
             * @memberof membership.v1.Datagram
             * @static
             * @param {membership.v1.Datagram.$Properties=} [properties] Properties to set
             * @returns {membership.v1.Datagram} Datagram instance
             * @type {{
             *   (properties: membership.v1.Datagram.$Shape): membership.v1.Datagram & membership.v1.Datagram.$Shape;
             *   (properties?: membership.v1.Datagram.$Properties): membership.v1.Datagram;
             * }}
             */
            Datagram.create = function(properties) {
                return new Datagram(properties);
            };

            /**
             * Encodes the specified Datagram message. Does not implicitly {@link membership.v1.Datagram.verify|verify} messages.
             * @function encode
             * @memberof membership.v1.Datagram
             * @static
             * @param {membership.v1.Datagram.$Properties} message Datagram message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Datagram.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    $root.membership.v1.Packet.encode(message.packet, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.certificateRequest != null && $Object.hasOwnProperty.call(message, "certificateRequest"))
                    $root.membership.v1.CertificateRequest.encode(message.certificateRequest, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.certificates != null && $Object.hasOwnProperty.call(message, "certificates"))
                    $root.membership.v1.Certificates.encode(message.certificates, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Datagram message from the specified reader or buffer.
             * @function decode
             * @memberof membership.v1.Datagram
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {membership.v1.Datagram & membership.v1.Datagram.$Shape} Datagram
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Datagram.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.membership.v1.Datagram();
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
                            message.packet = $root.membership.v1.Packet.decode(reader, reader.size(), $undefined, _depth + 1, message.packet);
                            message.body = "packet";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.certificateRequest = $root.membership.v1.CertificateRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.certificateRequest);
                            message.body = "certificateRequest";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.certificates = $root.membership.v1.Certificates.decode(reader, reader.size(), $undefined, _depth + 1, message.certificates);
                            message.body = "certificates";
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
             * Verifies a Datagram message.
             * @function verify
             * @memberof membership.v1.Datagram
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Datagram.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet")) {
                    properties.body = 1;
                    {
                        let error = $root.membership.v1.Packet.verify(message.packet, _depth + 1);
                        if (error)
                            return "packet." + error;
                    }
                }
                if (message.certificateRequest != null && $Object.hasOwnProperty.call(message, "certificateRequest")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.membership.v1.CertificateRequest.verify(message.certificateRequest, _depth + 1);
                        if (error)
                            return "certificateRequest." + error;
                    }
                }
                if (message.certificates != null && $Object.hasOwnProperty.call(message, "certificates")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.membership.v1.Certificates.verify(message.certificates, _depth + 1);
                        if (error)
                            return "certificates." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Datagram message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof membership.v1.Datagram
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {membership.v1.Datagram} Datagram
             */
            Datagram.fromObject = function (object, _depth) {
                if (object instanceof $root.membership.v1.Datagram)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".membership.v1.Datagram: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.membership.v1.Datagram();
                if (object.packet != null) {
                    if (!$util.isObject(object.packet))
                        throw $TypeError(".membership.v1.Datagram.packet: object expected");
                    message.packet = $root.membership.v1.Packet.fromObject(object.packet, _depth + 1);
                }
                if (object.certificateRequest != null) {
                    if (!$util.isObject(object.certificateRequest))
                        throw $TypeError(".membership.v1.Datagram.certificateRequest: object expected");
                    message.certificateRequest = $root.membership.v1.CertificateRequest.fromObject(object.certificateRequest, _depth + 1);
                }
                if (object.certificates != null) {
                    if (!$util.isObject(object.certificates))
                        throw $TypeError(".membership.v1.Datagram.certificates: object expected");
                    message.certificates = $root.membership.v1.Certificates.fromObject(object.certificates, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Datagram message. Also converts values to other types if specified.
             * @function toObject
             * @memberof membership.v1.Datagram
             * @static
             * @param {membership.v1.Datagram} message Datagram
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Datagram.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet")) {
                    object.packet = $root.membership.v1.Packet.toObject(message.packet, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "packet";
                }
                if (message.certificateRequest != null && $Object.hasOwnProperty.call(message, "certificateRequest")) {
                    object.certificateRequest = $root.membership.v1.CertificateRequest.toObject(message.certificateRequest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "certificateRequest";
                }
                if (message.certificates != null && $Object.hasOwnProperty.call(message, "certificates")) {
                    object.certificates = $root.membership.v1.Certificates.toObject(message.certificates, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "certificates";
                }
                return object;
            };

            /**
             * Converts this Datagram to JSON.
             * @function toJSON
             * @memberof membership.v1.Datagram
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Datagram.prototype.toJSON = function() {
                return Datagram.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Datagram
             * @function getTypeUrl
             * @memberof membership.v1.Datagram
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Datagram.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/membership.v1.Datagram";
            };

            return Datagram;
        })();

        return v1;
    })();

    return membership;
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
             * @property {Uint8Array|null} [admission] GenerateRequest admission
             * @property {string|null} [model] GenerateRequest model
             * @property {worker.v1.Sampling.$Properties|null} [sampling] GenerateRequest sampling
             * @property {Array.<number>|null} [promptTokenIds] GenerateRequest promptTokenIds
             * @property {Array.<number>|null} [generatedTokenIds] GenerateRequest generatedTokenIds
             * @property {boolean|null} [allowInexact] GenerateRequest allowInexact
             * @property {string|null} [generatedText] GenerateRequest generatedText
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
                this.promptTokenIds = [];
                this.generatedTokenIds = [];
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
             * GenerateRequest admission.
             * @member {Uint8Array} admission
             * @memberof worker.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.admission = $util.newBuffer([]);

            /**
             * GenerateRequest model.
             * @member {string} model
             * @memberof worker.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.model = "";

            /**
             * GenerateRequest sampling.
             * @member {worker.v1.Sampling.$Properties|null|undefined} sampling
             * @memberof worker.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.sampling = null;

            /**
             * GenerateRequest promptTokenIds.
             * @member {Array.<number>} promptTokenIds
             * @memberof worker.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.promptTokenIds = $util.emptyArray;

            /**
             * GenerateRequest generatedTokenIds.
             * @member {Array.<number>} generatedTokenIds
             * @memberof worker.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.generatedTokenIds = $util.emptyArray;

            /**
             * GenerateRequest allowInexact.
             * @member {boolean} allowInexact
             * @memberof worker.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.allowInexact = false;

            /**
             * GenerateRequest generatedText.
             * @member {string} generatedText
             * @memberof worker.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.generatedText = "";

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
                if (message.admission != null && $Object.hasOwnProperty.call(message, "admission") && message.admission.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.admission);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.model);
                if (message.sampling != null && $Object.hasOwnProperty.call(message, "sampling"))
                    $root.worker.v1.Sampling.encode(message.sampling, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.promptTokenIds != null && message.promptTokenIds.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).uint32s(message.promptTokenIds);
                if (message.generatedTokenIds != null && message.generatedTokenIds.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).uint32s(message.generatedTokenIds);
                if (message.allowInexact != null && $Object.hasOwnProperty.call(message, "allowInexact") && message.allowInexact !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.allowInexact);
                if (message.generatedText != null && $Object.hasOwnProperty.call(message, "generatedText") && message.generatedText !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.generatedText);
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
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.admission = value;
                            else
                                delete message.admission;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.sampling = $root.worker.v1.Sampling.decode(reader, reader.size(), $undefined, _depth + 1, message.sampling);
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.promptTokenIds && message.promptTokenIds.length))
                                    message.promptTokenIds = [];
                                reader.uint32s(message.promptTokenIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.promptTokenIds && message.promptTokenIds.length))
                                message.promptTokenIds = [];
                            message.promptTokenIds.push(reader.uint32());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.generatedTokenIds && message.generatedTokenIds.length))
                                    message.generatedTokenIds = [];
                                reader.uint32s(message.generatedTokenIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.generatedTokenIds && message.generatedTokenIds.length))
                                message.generatedTokenIds = [];
                            message.generatedTokenIds.push(reader.uint32());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allowInexact = value;
                            else
                                delete message.allowInexact;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.generatedText = value;
                            else
                                delete message.generatedText;
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
                if (message.admission != null && $Object.hasOwnProperty.call(message, "admission"))
                    if (!(message.admission && typeof message.admission.length === "number" || $util.isString(message.admission)))
                        return "admission: buffer expected";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.sampling != null && $Object.hasOwnProperty.call(message, "sampling")) {
                    let error = $root.worker.v1.Sampling.verify(message.sampling, _depth + 1);
                    if (error)
                        return "sampling." + error;
                }
                if (message.promptTokenIds != null && $Object.hasOwnProperty.call(message, "promptTokenIds")) {
                    if (!$Array.isArray(message.promptTokenIds))
                        return "promptTokenIds: array expected";
                    for (let i = 0; i < message.promptTokenIds.length; ++i)
                        if (!$util.isInteger(message.promptTokenIds[i]))
                            return "promptTokenIds: integer[] expected";
                }
                if (message.generatedTokenIds != null && $Object.hasOwnProperty.call(message, "generatedTokenIds")) {
                    if (!$Array.isArray(message.generatedTokenIds))
                        return "generatedTokenIds: array expected";
                    for (let i = 0; i < message.generatedTokenIds.length; ++i)
                        if (!$util.isInteger(message.generatedTokenIds[i]))
                            return "generatedTokenIds: integer[] expected";
                }
                if (message.allowInexact != null && $Object.hasOwnProperty.call(message, "allowInexact"))
                    if (typeof message.allowInexact !== "boolean")
                        return "allowInexact: boolean expected";
                if (message.generatedText != null && $Object.hasOwnProperty.call(message, "generatedText"))
                    if (!$util.isString(message.generatedText))
                        return "generatedText: string expected";
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
                if (object.admission != null)
                    if (object.admission.length)
                        if (typeof object.admission === "string")
                            $util.base64.decode(object.admission, message.admission = $util.newBuffer($util.base64.length(object.admission)), 0);
                        else if (object.admission.length >= 0)
                            message.admission = object.admission;
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.sampling != null) {
                    if (!$util.isObject(object.sampling))
                        throw $TypeError(".worker.v1.GenerateRequest.sampling: object expected");
                    message.sampling = $root.worker.v1.Sampling.fromObject(object.sampling, _depth + 1);
                }
                if (object.promptTokenIds) {
                    if (!$Array.isArray(object.promptTokenIds))
                        throw $TypeError(".worker.v1.GenerateRequest.promptTokenIds: array expected");
                    message.promptTokenIds = $Array(object.promptTokenIds.length);
                    for (let i = 0; i < object.promptTokenIds.length; ++i)
                        message.promptTokenIds[i] = object.promptTokenIds[i] >>> 0;
                }
                if (object.generatedTokenIds) {
                    if (!$Array.isArray(object.generatedTokenIds))
                        throw $TypeError(".worker.v1.GenerateRequest.generatedTokenIds: array expected");
                    message.generatedTokenIds = $Array(object.generatedTokenIds.length);
                    for (let i = 0; i < object.generatedTokenIds.length; ++i)
                        message.generatedTokenIds[i] = object.generatedTokenIds[i] >>> 0;
                }
                if (object.allowInexact != null)
                    if (object.allowInexact)
                        message.allowInexact = $Boolean(object.allowInexact);
                if (object.generatedText != null)
                    if (typeof object.generatedText !== "string" || object.generatedText.length)
                        message.generatedText = $String(object.generatedText);
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
                if (options.arrays || options.defaults) {
                    object.promptTokenIds = [];
                    object.generatedTokenIds = [];
                }
                if (options.defaults) {
                    object.sessionId = "";
                    object.prompt = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.resumeAfter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.resumeAfter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.admission = "";
                    else {
                        object.admission = [];
                        if (options.bytes !== $Array)
                            object.admission = $util.newBuffer(object.admission);
                    }
                    object.model = "";
                    object.sampling = null;
                    object.allowInexact = false;
                    object.generatedText = "";
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
                if (message.admission != null && $Object.hasOwnProperty.call(message, "admission"))
                    object.admission = options.bytes === $String ? $util.base64.encode(message.admission, 0, message.admission.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.admission) : message.admission;
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.sampling != null && $Object.hasOwnProperty.call(message, "sampling"))
                    object.sampling = $root.worker.v1.Sampling.toObject(message.sampling, options, _depth + 1);
                if (message.promptTokenIds && message.promptTokenIds.length) {
                    object.promptTokenIds = $Array(message.promptTokenIds.length);
                    for (let j = 0; j < message.promptTokenIds.length; ++j)
                        object.promptTokenIds[j] = message.promptTokenIds[j];
                }
                if (message.generatedTokenIds && message.generatedTokenIds.length) {
                    object.generatedTokenIds = $Array(message.generatedTokenIds.length);
                    for (let j = 0; j < message.generatedTokenIds.length; ++j)
                        object.generatedTokenIds[j] = message.generatedTokenIds[j];
                }
                if (message.allowInexact != null && $Object.hasOwnProperty.call(message, "allowInexact"))
                    object.allowInexact = message.allowInexact;
                if (message.generatedText != null && $Object.hasOwnProperty.call(message, "generatedText"))
                    object.generatedText = message.generatedText;
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

        v1.Sampling = (function() {

            /**
             * Properties of a Sampling.
             * @typedef {Object} worker.v1.Sampling.$Properties
             * @property {number|null} [temperature] Sampling temperature
             * @property {number|null} [topP] Sampling topP
             * @property {number|null} [seed] Sampling seed
             * @property {number|null} [maxTokens] Sampling maxTokens
             * @property {Array.<string>|null} [stop] Sampling stop
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sampling.
             * @memberof worker.v1
             * @interface ISampling
             * @augments worker.v1.Sampling.$Properties
             * @deprecated Use worker.v1.Sampling.$Properties instead.
             */

            /**
             * Shape of a Sampling.
             * @typedef {worker.v1.Sampling.$Properties} worker.v1.Sampling.$Shape
             */

            /**
             * Constructs a new Sampling.
             * @memberof worker.v1
             * @classdesc Represents a Sampling.
             * @constructor
             * @param {worker.v1.Sampling.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sampling = function (properties) {
                this.stop = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Sampling temperature.
             * @member {number|null|undefined} temperature
             * @memberof worker.v1.Sampling
             * @instance
             */
            Sampling.prototype.temperature = null;

            /**
             * Sampling topP.
             * @member {number|null|undefined} topP
             * @memberof worker.v1.Sampling
             * @instance
             */
            Sampling.prototype.topP = null;

            /**
             * Sampling seed.
             * @member {number|null|undefined} seed
             * @memberof worker.v1.Sampling
             * @instance
             */
            Sampling.prototype.seed = null;

            /**
             * Sampling maxTokens.
             * @member {number} maxTokens
             * @memberof worker.v1.Sampling
             * @instance
             */
            Sampling.prototype.maxTokens = 0;

            /**
             * Sampling stop.
             * @member {Array.<string>} stop
             * @memberof worker.v1.Sampling
             * @instance
             */
            Sampling.prototype.stop = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sampling.prototype, "_temperature", {
                get: $util.oneOfGetter($oneOfFields = ["temperature"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sampling.prototype, "_topP", {
                get: $util.oneOfGetter($oneOfFields = ["topP"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Sampling.prototype, "_seed", {
                get: $util.oneOfGetter($oneOfFields = ["seed"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Sampling instance using the specified properties.
             * @function create
             * @memberof worker.v1.Sampling
             * @static
             * @param {worker.v1.Sampling.$Properties=} [properties] Properties to set
             * @returns {worker.v1.Sampling} Sampling instance
             * @type {{
             *   (properties: worker.v1.Sampling.$Shape): worker.v1.Sampling & worker.v1.Sampling.$Shape;
             *   (properties?: worker.v1.Sampling.$Properties): worker.v1.Sampling;
             * }}
             */
            Sampling.create = function(properties) {
                return new Sampling(properties);
            };

            /**
             * Encodes the specified Sampling message. Does not implicitly {@link worker.v1.Sampling.verify|verify} messages.
             * @function encode
             * @memberof worker.v1.Sampling
             * @static
             * @param {worker.v1.Sampling.$Properties} message Sampling message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sampling.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.temperature != null && $Object.hasOwnProperty.call(message, "temperature"))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.temperature);
                if (message.topP != null && $Object.hasOwnProperty.call(message, "topP"))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.topP);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seed);
                if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens") && message.maxTokens !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxTokens);
                if (message.stop != null && message.stop.length)
                    for (let i = 0; i < message.stop.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.stop[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Sampling message from the specified reader or buffer.
             * @function decode
             * @memberof worker.v1.Sampling
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {worker.v1.Sampling & worker.v1.Sampling.$Shape} Sampling
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sampling.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.worker.v1.Sampling();
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
                            if (wireType !== 5)
                                break;
                            message.temperature = reader.float();
                            message._temperature = "temperature";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            message.topP = reader.float();
                            message._topP = "topP";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.seed = reader.uint64();
                            message._seed = "seed";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxTokens = value;
                            else
                                delete message.maxTokens;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.stop && message.stop.length))
                                message.stop = [];
                            message.stop.push(reader.stringVerify());
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
             * Verifies a Sampling message.
             * @function verify
             * @memberof worker.v1.Sampling
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Sampling.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.temperature != null && $Object.hasOwnProperty.call(message, "temperature")) {
                    properties._temperature = 1;
                    if (typeof message.temperature !== "number")
                        return "temperature: number expected";
                }
                if (message.topP != null && $Object.hasOwnProperty.call(message, "topP")) {
                    properties._topP = 1;
                    if (typeof message.topP !== "number")
                        return "topP: number expected";
                }
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed")) {
                    properties._seed = 1;
                    if (!$util.isInteger(message.seed) && !(message.seed && $util.isInteger(message.seed.low) && $util.isInteger(message.seed.high)))
                        return "seed: integer|Long expected";
                }
                if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens"))
                    if (!$util.isInteger(message.maxTokens))
                        return "maxTokens: integer expected";
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop")) {
                    if (!$Array.isArray(message.stop))
                        return "stop: array expected";
                    for (let i = 0; i < message.stop.length; ++i)
                        if (!$util.isString(message.stop[i]))
                            return "stop: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Sampling message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof worker.v1.Sampling
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {worker.v1.Sampling} Sampling
             */
            Sampling.fromObject = function (object, _depth) {
                if (object instanceof $root.worker.v1.Sampling)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".worker.v1.Sampling: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.worker.v1.Sampling();
                if (object.temperature != null)
                    message.temperature = $Number(object.temperature);
                if (object.topP != null)
                    message.topP = $Number(object.topP);
                if (object.seed != null)
                    if ($util.Long)
                        message.seed = $util.Long.fromValue(object.seed, true);
                    else if (typeof object.seed === "string")
                        message.seed = $parseInt(object.seed, 10);
                    else if (typeof object.seed === "number")
                        message.seed = object.seed;
                    else if (typeof object.seed === "object")
                        message.seed = new $util.LongBits(object.seed.low >>> 0, object.seed.high >>> 0).toNumber(true);
                if (object.maxTokens != null)
                    if ($Number(object.maxTokens) !== 0)
                        message.maxTokens = object.maxTokens >>> 0;
                if (object.stop) {
                    if (!$Array.isArray(object.stop))
                        throw $TypeError(".worker.v1.Sampling.stop: array expected");
                    message.stop = $Array(object.stop.length);
                    for (let i = 0; i < object.stop.length; ++i)
                        message.stop[i] = $String(object.stop[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Sampling message. Also converts values to other types if specified.
             * @function toObject
             * @memberof worker.v1.Sampling
             * @static
             * @param {worker.v1.Sampling} message Sampling
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Sampling.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.stop = [];
                if (options.defaults)
                    object.maxTokens = 0;
                if (message.temperature != null && $Object.hasOwnProperty.call(message, "temperature"))
                    object.temperature = options.json && !$isFinite(message.temperature) ? $String(message.temperature) : message.temperature;
                if (message.topP != null && $Object.hasOwnProperty.call(message, "topP"))
                    object.topP = options.json && !$isFinite(message.topP) ? $String(message.topP) : message.topP;
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seed = typeof message.seed === "number" ? $BigInt(message.seed) : $util.Long.fromBits(message.seed.low >>> 0, message.seed.high >>> 0, true).toBigInt();
                    else if (typeof message.seed === "number")
                        object.seed = options.longs === $String ? $String(message.seed) : message.seed;
                    else
                        object.seed = options.longs === $String ? $util.Long.prototype.toString.call(message.seed) : options.longs === $Number ? new $util.LongBits(message.seed.low >>> 0, message.seed.high >>> 0).toNumber(true) : message.seed;
                if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens"))
                    object.maxTokens = message.maxTokens;
                if (message.stop && message.stop.length) {
                    object.stop = $Array(message.stop.length);
                    for (let j = 0; j < message.stop.length; ++j)
                        object.stop[j] = message.stop[j];
                }
                return object;
            };

            /**
             * Converts this Sampling to JSON.
             * @function toJSON
             * @memberof worker.v1.Sampling
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Sampling.prototype.toJSON = function() {
                return Sampling.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Sampling
             * @function getTypeUrl
             * @memberof worker.v1.Sampling
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Sampling.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/worker.v1.Sampling";
            };

            return Sampling;
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
             * @property {Array.<number>|null} [promptTokenIds] Connected promptTokenIds
             * @property {string|null} [model] Connected model
             * @property {boolean|null} [inexact] Connected inexact
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
                this.promptTokenIds = [];
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
             * Connected promptTokenIds.
             * @member {Array.<number>} promptTokenIds
             * @memberof worker.v1.Connected
             * @instance
             */
            Connected.prototype.promptTokenIds = $util.emptyArray;

            /**
             * Connected model.
             * @member {string} model
             * @memberof worker.v1.Connected
             * @instance
             */
            Connected.prototype.model = "";

            /**
             * Connected inexact.
             * @member {boolean} inexact
             * @memberof worker.v1.Connected
             * @instance
             */
            Connected.prototype.inexact = false;

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
                if (message.promptTokenIds != null && message.promptTokenIds.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.promptTokenIds);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.model);
                if (message.inexact != null && $Object.hasOwnProperty.call(message, "inexact") && message.inexact !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.inexact);
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
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.promptTokenIds && message.promptTokenIds.length))
                                    message.promptTokenIds = [];
                                reader.uint32s(message.promptTokenIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.promptTokenIds && message.promptTokenIds.length))
                                message.promptTokenIds = [];
                            message.promptTokenIds.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.inexact = value;
                            else
                                delete message.inexact;
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
                if (message.promptTokenIds != null && $Object.hasOwnProperty.call(message, "promptTokenIds")) {
                    if (!$Array.isArray(message.promptTokenIds))
                        return "promptTokenIds: array expected";
                    for (let i = 0; i < message.promptTokenIds.length; ++i)
                        if (!$util.isInteger(message.promptTokenIds[i]))
                            return "promptTokenIds: integer[] expected";
                }
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.inexact != null && $Object.hasOwnProperty.call(message, "inexact"))
                    if (typeof message.inexact !== "boolean")
                        return "inexact: boolean expected";
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
                if (object.promptTokenIds) {
                    if (!$Array.isArray(object.promptTokenIds))
                        throw $TypeError(".worker.v1.Connected.promptTokenIds: array expected");
                    message.promptTokenIds = $Array(object.promptTokenIds.length);
                    for (let i = 0; i < object.promptTokenIds.length; ++i)
                        message.promptTokenIds[i] = object.promptTokenIds[i] >>> 0;
                }
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.inexact != null)
                    if (object.inexact)
                        message.inexact = $Boolean(object.inexact);
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
                if (options.arrays || options.defaults)
                    object.promptTokenIds = [];
                if (options.defaults) {
                    object.worker = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.resumeAfter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.resumeAfter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.model = "";
                    object.inexact = false;
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
                if (message.promptTokenIds && message.promptTokenIds.length) {
                    object.promptTokenIds = $Array(message.promptTokenIds.length);
                    for (let j = 0; j < message.promptTokenIds.length; ++j)
                        object.promptTokenIds[j] = message.promptTokenIds[j];
                }
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.inexact != null && $Object.hasOwnProperty.call(message, "inexact"))
                    object.inexact = message.inexact;
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
             * @property {Array.<number>|null} [tokenIds] Token tokenIds
             * @property {worker.v1.FinishReason|null} [finishReason] Token finishReason
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
                this.tokenIds = [];
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
             * Token tokenIds.
             * @member {Array.<number>} tokenIds
             * @memberof worker.v1.Token
             * @instance
             */
            Token.prototype.tokenIds = $util.emptyArray;

            /**
             * Token finishReason.
             * @member {worker.v1.FinishReason} finishReason
             * @memberof worker.v1.Token
             * @instance
             */
            Token.prototype.finishReason = 0;

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
                if (message.tokenIds != null && message.tokenIds.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.tokenIds);
                if (message.finishReason != null && $Object.hasOwnProperty.call(message, "finishReason") && message.finishReason !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.finishReason);
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
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.tokenIds && message.tokenIds.length))
                                    message.tokenIds = [];
                                reader.uint32s(message.tokenIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.tokenIds && message.tokenIds.length))
                                message.tokenIds = [];
                            message.tokenIds.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.finishReason = value;
                            else
                                delete message.finishReason;
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
                if (message.tokenIds != null && $Object.hasOwnProperty.call(message, "tokenIds")) {
                    if (!$Array.isArray(message.tokenIds))
                        return "tokenIds: array expected";
                    for (let i = 0; i < message.tokenIds.length; ++i)
                        if (!$util.isInteger(message.tokenIds[i]))
                            return "tokenIds: integer[] expected";
                }
                if (message.finishReason != null && $Object.hasOwnProperty.call(message, "finishReason"))
                    if (typeof message.finishReason !== "number" || (message.finishReason | 0) !== message.finishReason)
                        return "finishReason: enum value expected";
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
                if (object.tokenIds) {
                    if (!$Array.isArray(object.tokenIds))
                        throw $TypeError(".worker.v1.Token.tokenIds: array expected");
                    message.tokenIds = $Array(object.tokenIds.length);
                    for (let i = 0; i < object.tokenIds.length; ++i)
                        message.tokenIds[i] = object.tokenIds[i] >>> 0;
                }
                if (object.finishReason !== 0 && (typeof object.finishReason !== "string" || $root.worker.v1.FinishReason[object.finishReason] !== 0))
                    switch (object.finishReason) {
                    case "FINISH_REASON_UNSPECIFIED":
                    case 0:
                        message.finishReason = 0;
                        break;
                    case "FINISH_REASON_STOP":
                    case 1:
                        message.finishReason = 1;
                        break;
                    case "FINISH_REASON_LENGTH":
                    case 2:
                        message.finishReason = 2;
                        break;
                    default:
                        if (typeof object.finishReason === "number" && (object.finishReason | 0) === object.finishReason)
                            message.finishReason = object.finishReason;
                    }
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
                if (options.arrays || options.defaults)
                    object.tokenIds = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.text = "";
                    object.finishReason = options.enums === $String ? "FINISH_REASON_UNSPECIFIED" : 0;
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
                if (message.tokenIds && message.tokenIds.length) {
                    object.tokenIds = $Array(message.tokenIds.length);
                    for (let j = 0; j < message.tokenIds.length; ++j)
                        object.tokenIds[j] = message.tokenIds[j];
                }
                if (message.finishReason != null && $Object.hasOwnProperty.call(message, "finishReason"))
                    object.finishReason = options.enums === $String ? $root.worker.v1.FinishReason[message.finishReason] === $undefined ? message.finishReason : $root.worker.v1.FinishReason[message.finishReason] : message.finishReason;
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

        /**
         * FinishReason enum.
         * @name worker.v1.FinishReason
         * @enum {number}
         * @property {number} FINISH_REASON_UNSPECIFIED=0 FINISH_REASON_UNSPECIFIED value
         * @property {number} FINISH_REASON_STOP=1 FINISH_REASON_STOP value
         * @property {number} FINISH_REASON_LENGTH=2 FINISH_REASON_LENGTH value
         */
        v1.FinishReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FINISH_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FINISH_REASON_STOP"] = 1;
            values[valuesById[2] = "FINISH_REASON_LENGTH"] = 2;
            return values;
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
