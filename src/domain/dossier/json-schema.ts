// The JSON Schema of case.json, generated from the zod schemas so the two cannot drift apart.
import { z } from "zod";
import { CaseFile } from "./case-file";

export const CASE_SCHEMA_ID = "https://receipts.invalid/schemas/case.schema.json";

export function caseJsonSchema(): Record<string, unknown> {
  // io "input": fields with a default may be absent from a file, as the model allows when reading.
  const schema = z.toJSONSchema(CaseFile, { target: "draft-7", io: "input", unrepresentable: "throw" }) as Record<string, unknown>;
  return { ...schema, $id: CASE_SCHEMA_ID };
}

export function caseJsonSchemaText(): string {
  return `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;
}
