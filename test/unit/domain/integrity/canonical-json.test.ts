import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canonicalize, CanonicalJsonError, type CanonicalJsonProblem } from "../../../../src/domain/integrity/canonical-json";

/** The double whose IEEE 754 bits are the 16 hex digits given (how RFC 8785 Appendix B lists them). */
function fromIeeeHex(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

function problemOf(value: unknown): { problem: CanonicalJsonProblem; path: string } {
  try {
    canonicalize(value);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return { problem: error.problem, path: error.path };
    throw error;
  }
  throw new Error(`canonicalize accepted ${String(value)}`);
}

/** An independent UTF-16 code unit comparison, written out unit by unit. */
function compareCodeUnits(a: string, b: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = a.charCodeAt(i) - b.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

/** The same JSON value with every object's keys inserted in the order the permutation picks. */
function reorderKeys(value: unknown, pick: (n: number) => number): unknown {
  if (Array.isArray(value)) return value.map((v) => reorderKeys(v, pick));
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    const shuffled: Array<[string, unknown]> = [];
    while (entries.length > 0) {
      const [entry] = entries.splice(pick(entries.length), 1);
      if (entry) shuffled.push([entry[0], reorderKeys(entry[1], pick)]);
    }
    // fromEntries defines own properties, so a "__proto__" key stays a key (as with JSON.parse).
    return Object.fromEntries(shuffled);
  }
  return value;
}

describe("canonicalize: RFC 8785 examples", () => {
  it("serialises the §3.2.2 example (whitespace, numbers, escapes, literals)", () => {
    // Input and output as printed in RFC 8785 §3.2.2 / §3.2.3 (the JSON text is parsed first).
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(canonicalize(JSON.parse(input))).toBe(expected);
  });

  it("produces the §3.2.4 UTF-8 bytes for that example", () => {
    const input = {
      // eslint-disable-next-line no-loss-of-precision -- the RFC's input literal, rounded as JSON.parse rounds it
      numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 1e-27],
      string: "\u20ac$\u000f\nA'B\"\\\\\"/",
      literals: [null, true, false],
    };
    // RFC 8785 §3.2.4, the example's canonical form as UTF-8 bytes.
    const expectedHex = [
      "7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72",
      "75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a",
      "5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31",
      "65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37",
      "5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30",
      "30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d",
    ].join(" ");
    const bytes = new TextEncoder().encode(canonicalize(input));
    expect(Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ")).toBe(expectedHex);
  });

  it("sorts property names by UTF-16 code units (§3.2.3 example)", () => {
    const input = {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis",
    };
    // Expected order from §3.2.3. The emoji (surrogates D83D DE00) sorts before U+FB33 because the
    // comparison is by UTF-16 code units, not code points.
    expect(canonicalize(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  // RFC 8785 Appendix B: IEEE 754 bit patterns and their required JSON text.
  const appendixB: Array<[string, string]> = [
    ["0000000000000000", "0"],
    ["8000000000000000", "0"],
    ["0000000000000001", "5e-324"],
    ["8000000000000001", "-5e-324"],
    ["7fefffffffffffff", "1.7976931348623157e+308"],
    ["ffefffffffffffff", "-1.7976931348623157e+308"],
    ["4340000000000000", "9007199254740992"],
    ["c340000000000000", "-9007199254740992"],
    ["4430000000000000", "295147905179352830000"],
    ["44b52d02c7e14af5", "9.999999999999997e+22"],
    ["44b52d02c7e14af6", "1e+23"],
    ["44b52d02c7e14af7", "1.0000000000000001e+23"],
    ["444b1ae4d6e2ef4e", "999999999999999700000"],
    ["444b1ae4d6e2ef4f", "999999999999999900000"],
    ["444b1ae4d6e2ef50", "1e+21"],
    ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
    ["3eb0c6f7a0b5ed8d", "0.000001"],
    ["41b3de4355555553", "333333333.3333332"],
    ["41b3de4355555554", "333333333.33333325"],
    ["41b3de4355555555", "333333333.3333333"],
    ["41b3de4355555556", "333333333.3333334"],
    ["41b3de4355555557", "333333333.33333343"],
    ["becbf647612f3696", "-0.0000033333333333333333"],
    ["43143ff3c1cb0959", "1424953923781206.2"],
  ];
  it.each(appendixB)("writes the double with bits %s as %s (Appendix B)", (bits, text) => {
    expect(canonicalize(fromIeeeHex(bits))).toBe(text);
  });

  it.each(["7fffffffffffffff", "7ff0000000000000", "fff0000000000000"])(
    "refuses NaN and infinities (Appendix B bits %s)",
    (bits) => {
      expect(problemOf([fromIeeeHex(bits)])).toEqual({ problem: "non-finite-number", path: "$[0]" });
    },
  );

  // Not from the RFC tables: ECMAScript Number::toString cases named in our brief.
  it.each([
    [1e30, "1e+30"],
    [4.5, "4.5"],
    [0.002, "0.002"],
    [1e-7, "1e-7"],
    [-0, "0"],
    [9007199254740992, "9007199254740992"],
    [295147905179352830000, "295147905179352830000"],
    [1e21, "1e+21"],
    [123456789012345680000, "123456789012345680000"],
  ])("writes %s as %s", (n, text) => {
    expect(canonicalize(n)).toBe(text);
  });

  it("leaves Unicode unnormalised (test data of the RFC authors' reference implementation)", () => {
    // cyberphone/json-canonicalization testdata/unicode.json: U+1E0D U+0307 stays as two code points.
    expect(canonicalize({ "Unnormalized Unicode": "\u1e0d\u0307" })).toBe('{"Unnormalized Unicode":"\u1e0d\u0307"}');
    expect(canonicalize("\u1e0d\u0307".normalize("NFD"))).toBe('"d\u0323\u0307"');
  });

  it("sorts nested structures (reference implementation's structures.json)", () => {
    const input = JSON.parse(
      '{"1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0}, "10": { }, "": "empty", "a": { }, "111": [ { } ], "A": { }}',
    );
    expect(canonicalize(input)).toBe('{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}');
  });
});

describe("canonicalize: strings", () => {
  it("escapes only quote, backslash and C0 controls, the five short forms by name", () => {
    expect(canonicalize("\b\t\n\f\r\"\\")).toBe('"\\b\\t\\n\\f\\r\\"\\\\"');
    expect(canonicalize("\u0000\u0001\u000b\u001f")).toBe('"\\u0000\\u0001\\u000b\\u001f"');
  });

  it("writes solidus, DEL, U+2028/2029, non-characters and astral characters as they are", () => {
    const text = "/\u007f\u2028\u2029\uffff\ufffe\ud83d\ude00";
    expect(canonicalize(text)).toBe(`"${text}"`);
  });

  it.each([
    ["a lone high surrogate", "ab\ud800"],
    ["a lone low surrogate", "\udc00cd"],
    ["surrogates in the wrong order", "\udc00\ud800"],
  ])("refuses %s, in values and in keys", (_, text) => {
    expect(problemOf({ note: text })).toEqual({ problem: "lone-surrogate", path: "$.note" });
    expect(problemOf({ [text]: 1 }).problem).toBe("lone-surrogate");
  });

  it("escapes well-formed strings exactly as JSON.stringify does (independent oracle)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(canonicalize(text)).toBe(JSON.stringify(text));
      }),
      { numRuns: 500 },
    );
  });

  it("refuses every string with a surrogate outside a pair", () => {
    const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), surrogate, fc.string({ maxLength: 10 }), (before, lone, after) => {
        // Keep it lone: no partner directly next to it.
        const text = `${before}x${lone}x${after}`;
        expect(problemOf(text).problem).toBe("lone-surrogate");
      }),
    );
  });
});

describe("canonicalize: what has no canonical form", () => {
  class Point {
    constructor(readonly x: number) {}
  }
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = { back: cyclic };
  const cyclicArray: unknown[] = [1];
  cyclicArray.push([cyclicArray]);

  it.each<[string, unknown, CanonicalJsonProblem, string]>([
    ["undefined at the top", undefined, "undefined", "$"],
    ["undefined in an array", [1, undefined], "undefined", "$[1]"],
    // eslint-disable-next-line no-sparse-arrays
    ["a hole in an array", [1, , 3], "array-hole", "$[1]"],
    ["a function", { f: () => 1 }, "function", "$.f"],
    ["a symbol value", { s: Symbol("s") }, "symbol", "$.s"],
    ["a symbol key", { [Symbol("k")]: 1 }, "symbol", "$"],
    ["a BigInt", { n: 10n }, "bigint", "$.n"],
    ["a Date", { at: new Date(0) }, "not-plain-object", "$.at"],
    ["a Map", [new Map()], "not-plain-object", "$[0]"],
    ["a class instance", { p: new Point(1) }, "not-plain-object", "$.p"],
    ["a typed array", { b: new Uint8Array(2) }, "not-plain-object", "$.b"],
    ["NaN deep inside", { a: [1, { b: NaN }] }, "non-finite-number", "$.a[1].b"],
    ["an odd key's path", { "x y": Infinity }, "non-finite-number", '$["x y"]'],
    ["a cyclic object", cyclic, "cycle", "$.self.back"],
    ["a cyclic array", cyclicArray, "cycle", "$[1][0]"],
  ])("refuses %s", (_, value, problem, path) => {
    expect(problemOf(value)).toEqual({ problem, path });
  });

  it("leaves out object members whose value is undefined, as JSON.stringify does", () => {
    expect(canonicalize({ b: undefined, a: 1, c: { d: undefined } })).toBe('{"a":1,"c":{}}');
  });

  it("accepts the same object reached twice without a cycle", () => {
    const shared = { z: 1 };
    expect(canonicalize({ a: shared, b: [shared, shared] })).toBe('{"a":{"z":1},"b":[{"z":1},{"z":1}]}');
  });

  it("treats a parsed \"__proto__\" member as an ordinary key", () => {
    expect(canonicalize(JSON.parse('{"b":2,"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1},"b":2}');
  });

  it("accepts objects without a prototype", () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: 1 });
    expect(canonicalize(bare)).toBe('{"a":1,"b":2}');
  });

  it("reports errors as CanonicalJsonError with the path in the message", () => {
    expect(() => canonicalize({ list: [0, NaN] })).toThrow(/\$\.list\[1\]/);
    expect(() => canonicalize({ list: [0, NaN] })).toThrow(CanonicalJsonError);
  });
});

describe("canonicalize: properties", () => {
  const json = fc.jsonValue({ maxDepth: 4 });

  it("is idempotent through JSON.parse", () => {
    fc.assert(
      fc.property(json, (value) => {
        const once = canonicalize(value);
        expect(canonicalize(JSON.parse(once))).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the value: parsing the canonical text gives back what JSON.stringify keeps", () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(JSON.parse(canonicalize(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the input's keys", () => {
    fc.assert(
      fc.property(json, fc.infiniteStream(fc.nat()), (value, choices) => {
        const picks = choices[Symbol.iterator]();
        const shuffled = reorderKeys(value, (n) => (picks.next().value as number) % n);
        expect(canonicalize(shuffled)).toBe(canonicalize(value));
      }),
      { numRuns: 300 },
    );
  });

  it("writes members in UTF-16 code unit order and without whitespace", () => {
    const key = fc.string({ unit: "binary", maxLength: 6 });
    fc.assert(
      fc.property(fc.dictionary(key, fc.integer(), { maxKeys: 12 }), (record) => {
        const text = canonicalize(record);
        const keys = Object.keys(record).sort(compareCodeUnits);
        expect(text).toBe(`{${keys.map((k) => `${JSON.stringify(k)}:${String(record[k])}`).join(",")}}`);
      }),
      { numRuns: 300 },
    );
  });

  it("writes every finite double so that it reads back as the same double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const back = Number(canonicalize(n));
        expect(back === n).toBe(true);
        expect(canonicalize(n)).toBe(JSON.stringify(n));
      }),
      { numRuns: 1000 },
    );
  });
});
