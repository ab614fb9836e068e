// Bundled for Node by bench/parser/index.mjs: the promise parser and its corpus scorer.
export { readPromise } from "../../src/domain/promises/promise-parser";
export { scoreCorpus, CorpusItem } from "../../src/domain/promises/corpus-score";
