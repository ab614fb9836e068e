// docs/case.schema.json is generated from the zod schemas and must stay so; a standard JSON Schema
// validator (ajv, draft-07) accepts an exported case.json and rejects a broken one where zod does.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import Ajv from "ajv";
import { caseJsonSchema, caseJsonSchemaText } from "../../../src/domain/dossier/json-schema";
import { CaseFile } from "../../../src/domain/dossier/case-file";
import { sampleCase, sampleCaseFile, testKey } from "../../fixtures/dossier/sample-case";

describe("case.schema.json", () => {
  it("is the schema generated from the zod schemas (run node tools/verify/write-schema.mjs if not)", () => {
    expect(readFileSync("docs/case.schema.json", "utf8")).toBe(caseJsonSchemaText());
  });

  it("lets a standard validator accept an exported case and reject what zod rejects, at the same place", async () => {
    const file = JSON.parse(JSON.stringify(sampleCaseFile(await sampleCase(), (await testKey()).signer))) as Record<string, unknown>;
    const validate = new Ajv({ allErrors: true }).compile(caseJsonSchema());
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(CaseFile.safeParse(file).success).toBe(true);

    const events = file.events as Array<{ payload: Record<string, unknown> }>;
    (events[0] as { payload: Record<string, unknown> }).payload.channel = "pigeon";
    expect(validate(file)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain(".events[0].payload.channel");
    expect(CaseFile.safeParse(file).error?.issues.map((i) => i.path.join("."))).toEqual(["events.0.payload.channel"]);
  });
});
