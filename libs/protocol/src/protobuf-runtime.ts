import $protobuf from 'protobufjs/minimal.js';

// The generated code is built with --force-number: 64-bit fields are typed `number`. Without Long
// the protobufjs reader returns numbers too (exact up to 2^53), so decoded values match their types.
$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
