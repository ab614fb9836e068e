// RFC 8785 JSON Canonicalization Scheme (JCS): one exact text for a JSON value, so that
// anyone can recompute a hash of our evidence with any JCS implementation and get our bytes.
//
// What is accepted, and why (RFC 8785 §3.1 restricts input to I-JSON, RFC 7493):
// - null, booleans, finite numbers, strings, arrays and plain objects only. Anything whose JSON
//   form depends on code (toJSON, Date, Map, class instances), functions, symbols and BigInt are
//   refused: a hash must never depend on how a runtime chooses to convert them.
// - An object property whose value is `undefined` is left out, as if absent. That is what
//   JSON.stringify and structured storage round trips do with optional fields, so an event hashes
//   the same before and after export. In an array `undefined` (or a hole) has no JSON meaning —
//   JSON.stringify would silently turn it into null — so it is refused.
// - Strings must be well-formed UTF-16: a lone surrogate has no UTF-8 form (§3.2.4 requires UTF-8
//   output) and I-JSON §2.1 forbids it. Non-characters (U+FFFE…) are accepted although I-JSON
//   discourages them: they encode unambiguously, and refusing them would lose captured web text.
// - No Unicode normalisation (§3.2.2.2 keeps strings as they are).
// - Cycles are refused; the same object reached twice without a cycle is fine.

export type CanonicalJsonProblem =
  | "undefined"
  | "function"
  | "symbol"
  | "bigint"
  | "non-finite-number"
  | "lone-surrogate"
  | "not-plain-object"
  | "array-hole"
  | "cycle";

/** Why a value has no canonical form, and where in it (`$`, `$.payload.fields[2]`, …). */
export class CanonicalJsonError extends Error {
  override readonly name = "CanonicalJsonError";
  constructor(
    readonly problem: CanonicalJsonProblem,
    readonly path: string,
    detail: string,
  ) {
    super(`Cannot canonicalize ${path}: ${detail}`);
  }
}

/** The RFC 8785 canonical JSON text of `value`. Throws CanonicalJsonError when there is none. */
export function canonicalize(value: unknown): string {
  return serialize(value, "$", new Set());
}

function serialize(value: unknown, path: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case "string":
      return quote(value, path);
    case "number":
      return numberText(value, path);
    case "boolean":
      return value ? "true" : "false";
    case "undefined":
      throw new CanonicalJsonError("undefined", path, "undefined is not a JSON value");
    case "function":
      throw new CanonicalJsonError("function", path, "a function is not a JSON value");
    case "symbol":
      throw new CanonicalJsonError("symbol", path, "a symbol is not a JSON value");
    case "bigint":
      throw new CanonicalJsonError("bigint", path, "BigInt has no I-JSON number form; store it as a string");
    case "object":
      if (value === null) return "null";
      return structure(value, path, ancestors);
  }
  // typeof has no other results; this keeps the compiler and future runtimes honest.
  throw new CanonicalJsonError("not-plain-object", path, `unexpected type ${typeof value}`);
}

function structure(value: object, path: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new CanonicalJsonError("cycle", path, "the value contains itself");
  ancestors.add(value);
  try {
    return Array.isArray(value) ? arrayText(value, path, ancestors) : objectText(value, path, ancestors);
  } finally {
    ancestors.delete(value);
  }
}

function arrayText(items: readonly unknown[], path: string, ancestors: Set<object>): string {
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const itemPath = `${path}[${i}]`;
    if (!(i in items)) throw new CanonicalJsonError("array-hole", itemPath, "arrays must not have holes");
    parts.push(serialize(items[i], itemPath, ancestors));
  }
  return `[${parts.join(",")}]`;
}

function objectText(value: object, path: string, ancestors: Set<object>): string {
  if (!isPlainObject(value)) {
    const tag = Object.prototype.toString.call(value);
    throw new CanonicalJsonError("not-plain-object", path, `${tag} is not a plain object; convert it first`);
  }
  if (Object.getOwnPropertySymbols(value).some((s) => Object.prototype.propertyIsEnumerable.call(value, s))) {
    throw new CanonicalJsonError("symbol", path, "symbol-keyed properties have no JSON form");
  }
  const record = value as Record<string, unknown>;
  // §3.2.3: sort property names by their UTF-16 code units, compared as unsigned integers.
  // JavaScript's < on strings compares exactly that (not code points, not locale).
  const keys = Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const members: string[] = [];
  for (const key of keys) {
    const child = record[key];
    if (child === undefined) continue; // absent, see the header
    const childPath = memberPath(path, key);
    members.push(`${quote(key, childPath)}:${serialize(child, childPath, ancestors)}`);
  }
  return `{${members.join(",")}}`;
}

/** A plain object of any realm: its prototype is null or some realm's Object.prototype. */
function isPlainObject(value: object): boolean {
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

// §3.2.2.3: numbers are written as ECMAScript's Number.prototype.toString writes them
// (shortest round-tripping digits, exponent from 1e21 and below 1e-6), which is what String()
// does for a number; NaN and ±Infinity are errors. -0 must come out as "0" (String(-0) already
// does; the explicit test keeps the rule visible).
function numberText(value: number, path: string): string {
  if (!Number.isFinite(value)) {
    throw new CanonicalJsonError("non-finite-number", path, `${String(value)} is not a JSON number`);
  }
  if (Object.is(value, -0)) return "0";
  return String(value);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they get escaped
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\f": "\\f",
  "\r": "\\r",
  '"': '\\"',
  "\\": "\\\\",
};

// §3.2.2.2: only `"`, `\` and U+0000–U+001F are escaped; the five with short forms use them,
// the rest are \u00hh with lower-case hex. Everything else, including "/", U+007F, U+2028 and
// characters outside the BMP, is written as is.
function quote(text: string, path: string): string {
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    const unit = lone[0].charCodeAt(0).toString(16).padStart(4, "0");
    throw new CanonicalJsonError("lone-surrogate", path, `lone surrogate U+${unit} at offset ${lone.index}`);
  }
  const escaped = text.replace(
    NEEDS_ESCAPE,
    (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `"${escaped}"`;
}

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function memberPath(path: string, key: string): string {
  // JSON.stringify only to make an odd key readable in the error message.
  return SIMPLE_KEY.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
