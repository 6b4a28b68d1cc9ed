export { tinyLlamaGguf, type TinyLlamaOptions } from './tiny-llama.js';
