import $protobuf from 'protobufjs/minimal.js';

// The generated code is built with --force-number: 64-bit fields are typed `number`. Without Long the protobufjs
// reader returns numbers too, so decoded values match their types.
$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

// A number is exact only up to 2^53 - 1: protobufjs reads 2^53 + 1 as 2^53, and past 2^53 `n + 1 === n`, so a
// counter stops moving and nothing downstream can tell (a token sequence repeats while every `sequence === last + 1`
// check passes). A message carrying a 64-bit value outside the exact range therefore does not decode: the receiver
// refuses it (INVALID_ARGUMENT for a request) instead of acting on a rounded number. Writers are left alone, so a
// test or a fuzzer can still send such values; the services never produce one (MAX_CONTEXT_TOKENS in sequence.ts).
const SIGNED: Record<string, boolean> = { uint64: false, fixed64: false, int64: true, sint64: true, sfixed64: true };

type ReadMethod = (this: unknown) => number;
const reader = $protobuf.Reader.prototype as unknown as Record<string, ReadMethod>;
for (const [name, signed] of Object.entries(SIGNED)) {
  const read = reader[name];
  reader[name] = function readExact() {
    const value = read.call(this);
    if (Number.isSafeInteger(value) && (signed || value >= 0)) return value;
    const range = signed ? '-(2^53 - 1) to 2^53 - 1' : '0 to 2^53 - 1';
    throw new RangeError(`a 64-bit field is outside ${range}, where numbers are exact`);
  };
}
