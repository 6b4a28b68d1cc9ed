import { seededRandom } from '@switchyard/time/testing';

// A tiny llama-architecture model in GGUF, generated from a seed: random weights, a SentencePiece-style vocabulary
// (every word of a small list with all its prefixes, byte fallback tokens, <unk>, <s>, </s>), so llama.cpp loads it
// and decodes it like any model, on a CPU, in milliseconds. Its answers are nonsense, but deterministic under greedy
// decoding: what tests of exact resumption need. The output weights of everything but whole words are zero, so an
// answer is words (and never the end-of-sequence token: only max_tokens ends it).

/** The words of the vocabulary (each a token `▁word`, with its prefixes). */
const WORDS = (
  'the a quick lazy bright quiet river stone signal packet stream token worker client director north south east ' +
  'west early late over under through across light heavy open closed swift slow copper silver amber cobalt harbor ' +
  'bridge tunnel valley summit meadow forest desert island canyon ember frost storm breeze thunder echo orbit comet ' +
  'nebula pulse rhythm cipher anchor lantern compass tell me about connection replacement'
).split(' ');

export interface TinyLlamaOptions {
  /** Seeds every weight: the same seed, the same model, byte for byte. Default 1. */
  seed?: number;
  /** Embedding width. Default 64. */
  width?: number;
  /** Transformer blocks. Default 2. */
  layers?: number;
  /** Context length the model declares. Default 1024. */
  contextLength?: number;
}

const enum GgufType {
  Uint32 = 4,
  Int32 = 5,
  Float32 = 6,
  Bool = 7,
  String = 8,
  Array = 9,
}

/** Token types of llama.cpp's vocabulary. */
const NORMAL = 1;
const UNKNOWN = 2;
const CONTROL = 3;
const BYTE = 6;

class Writer {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  bytes(bytes: Uint8Array): this {
    this.chunks.push(bytes);
    this.length += bytes.length;
    return this;
  }

  private view(size: number, write: (view: DataView) => void): this {
    const bytes = new Uint8Array(size);
    write(new DataView(bytes.buffer));
    return this.bytes(bytes);
  }

  u32 = (value: number) => this.view(4, (v) => v.setUint32(0, value, true));
  i32 = (value: number) => this.view(4, (v) => v.setInt32(0, value, true));
  u64 = (value: number) => this.view(8, (v) => v.setBigUint64(0, BigInt(value), true));
  f32 = (value: number) => this.view(4, (v) => v.setFloat32(0, value, true));
  string = (value: string) => {
    const bytes = new TextEncoder().encode(value);
    return this.u64(bytes.length).bytes(bytes);
  };

  pad(alignment: number): this {
    const padding = (alignment - (this.length % alignment)) % alignment;
    return this.bytes(new Uint8Array(padding));
  }

  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

/** The vocabulary: its tokens, their types and scores. */
function vocabulary(): { tokens: string[]; types: number[]; scores: number[] } {
  const tokens = ['<unk>', '<s>', '</s>'];
  const types = [UNKNOWN, CONTROL, CONTROL];
  for (let byte = 0; byte < 256; byte++) {
    tokens.push(`<0x${byte.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(BYTE);
  }
  const pieces = new Set<string>(['▁']);
  for (const word of WORDS) for (let end = 1; end <= word.length; end++) pieces.add(`▁${word.slice(0, end)}`);
  for (const piece of pieces) {
    tokens.push(piece);
    types.push(NORMAL);
  }
  // Longer pieces merge first, as in a trained SentencePiece vocabulary.
  const scores = tokens.map((token, i) => (types[i] === NORMAL ? token.length : 0));
  return { tokens, types, scores };
}

/** Whether token `token` may be generated: whole words only. */
const isWord = (token: string) => WORDS.includes(token.slice(1)) && token.startsWith('▁');

/** The GGUF file (version 3) of a tiny llama model. */
export function tinyLlamaGguf(options: TinyLlamaOptions = {}): Uint8Array {
  const { seed = 1, width = 64, layers = 2, contextLength = 1024 } = options;
  const heads = 4;
  const feedForward = 2 * width;
  const random = seededRandom(seed);
  const { tokens, types, scores } = vocabulary();
  const vocab = tokens.length;

  const metadata: [string, (w: Writer) => void][] = [
    ['general.architecture', (w) => w.u32(GgufType.String).string('llama')],
    ['general.name', (w) => w.u32(GgufType.String).string('switchyard-tiny-llama')],
    ['general.alignment', (w) => w.u32(GgufType.Uint32).u32(32)],
    ['llama.context_length', (w) => w.u32(GgufType.Uint32).u32(contextLength)],
    ['llama.embedding_length', (w) => w.u32(GgufType.Uint32).u32(width)],
    ['llama.block_count', (w) => w.u32(GgufType.Uint32).u32(layers)],
    ['llama.feed_forward_length', (w) => w.u32(GgufType.Uint32).u32(feedForward)],
    ['llama.attention.head_count', (w) => w.u32(GgufType.Uint32).u32(heads)],
    ['llama.attention.head_count_kv', (w) => w.u32(GgufType.Uint32).u32(heads)],
    ['llama.rope.dimension_count', (w) => w.u32(GgufType.Uint32).u32(width / heads)],
    ['llama.attention.layer_norm_rms_epsilon', (w) => w.u32(GgufType.Float32).f32(1e-5)],
    ['tokenizer.ggml.model', (w) => w.u32(GgufType.String).string('llama')],
    [
      'tokenizer.ggml.tokens',
      (w) => {
        w.u32(GgufType.Array).u32(GgufType.String).u64(vocab);
        for (const token of tokens) w.string(token);
      },
    ],
    [
      'tokenizer.ggml.scores',
      (w) => {
        w.u32(GgufType.Array).u32(GgufType.Float32).u64(vocab);
        for (const score of scores) w.f32(score);
      },
    ],
    [
      'tokenizer.ggml.token_type',
      (w) => {
        w.u32(GgufType.Array).u32(GgufType.Int32).u64(vocab);
        for (const type of types) w.i32(type);
      },
    ],
    ['tokenizer.ggml.unknown_token_id', (w) => w.u32(GgufType.Uint32).u32(0)],
    ['tokenizer.ggml.bos_token_id', (w) => w.u32(GgufType.Uint32).u32(1)],
    ['tokenizer.ggml.eos_token_id', (w) => w.u32(GgufType.Uint32).u32(2)],
    ['tokenizer.ggml.add_bos_token', (w) => w.u32(GgufType.Bool).bytes(Uint8Array.of(1))],
  ];

  const tensors: { name: string; dims: number[]; data: Float32Array }[] = [];
  const tensor = (name: string, dims: number[], value: (i: number) => number) => {
    const data = new Float32Array(dims.reduce((a, b) => a * b, 1));
    for (let i = 0; i < data.length; i++) data[i] = value(i);
    tensors.push({ name, dims, data });
  };
  const uniform = (scale: number) => () => (random() * 2 - 1) * scale;
  const one = () => 1;
  tensor('token_embd.weight', [width, vocab], uniform(0.5));
  tensor('output_norm.weight', [width], one);
  const words = tokens.map(isWord);
  tensor('output.weight', [width, vocab], (i) => (words[Math.floor(i / width)] ? (random() * 2 - 1) * 0.5 : 0));
  for (let layer = 0; layer < layers; layer++) {
    const block = `blk.${layer}`;
    tensor(`${block}.attn_norm.weight`, [width], one);
    for (const part of ['q', 'k', 'v', 'output']) tensor(`${block}.attn_${part}.weight`, [width, width], uniform(0.2));
    tensor(`${block}.ffn_norm.weight`, [width], one);
    tensor(`${block}.ffn_gate.weight`, [width, feedForward], uniform(0.2));
    tensor(`${block}.ffn_up.weight`, [width, feedForward], uniform(0.2));
    tensor(`${block}.ffn_down.weight`, [feedForward, width], uniform(0.2));
  }

  const w = new Writer();
  w.u32(0x46554747).u32(3).u64(tensors.length).u64(metadata.length);
  for (const [key, value] of metadata) value(w.string(key));
  let offset = 0;
  for (const { name, dims, data } of tensors) {
    w.string(name).u32(dims.length);
    for (const dim of dims) w.u64(dim);
    w.u32(0).u64(offset); // type F32
    offset += Math.ceil(data.byteLength / 32) * 32;
  }
  w.pad(32);
  for (const { data } of tensors) w.bytes(new Uint8Array(data.buffer)).pad(32);
  return w.result();
}
