// What the reality benchmark runs, bundled for Node by index.mjs: the engine as the extension ships it
// (zod configured as in every extension context) and the synthetic case.
import "../../src/domain/zod-config";
export { readCaseReality } from "../../src/domain/reality/reality-engine";
export { syntheticCase } from "./synthetic-case";
export { dueTimes } from "../../src/domain/promises/deadline";
