// The command-line verifier: `receipts-verify bundle.zip [--fingerprint HEX] [--lang fr] [--json] [--reveal FILE]`.
// Prints the verdict and what differs; exits 0 when the bundle is intact (and every revealed value
// matches its commitment), 1 otherwise, 2 on bad usage.
import { readFile } from "node:fs/promises";
import "../../src/domain/zod-config";
import { verifyZipReading } from "../../src/export/verify/verify-bundle";
import { readZipAsync } from "../../src/export/verify/zip-reader";
import { reportLines, revealLines, type ReportLanguage } from "../../src/export/verify/report-text";
import { checkRevealReading } from "../../src/export/verify/reveal-check";

const USAGE = "usage: receipts-verify <bundle.zip> [--fingerprint <hex>] [--lang en|fr] [--json] [--reveal <reveal-file.json>]";

async function main(args: string[]): Promise<number> {
  let path: string | undefined;
  let expectedFingerprint: string | undefined;
  let lang: ReportLanguage = "en";
  let json = false;
  let revealPath: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--fingerprint") expectedFingerprint = args[++i];
    else if (arg === "--lang") lang = args[++i] === "fr" ? "fr" : "en";
    else if (arg === "--json") json = true;
    else if (arg === "--reveal" && args[i + 1] !== undefined) revealPath = args[++i];
    else if (!arg.startsWith("--") && path === undefined) path = arg;
    else {
      console.error(USAGE);
      return 2;
    }
  }
  if (!path) {
    console.error(USAGE);
    return 2;
  }
  const bytes = new Uint8Array(await readFile(path));
  // Read once: the reveal file is checked against the very files the verifier checked.
  const reading = await readZipAsync(bytes);
  const report = await verifyZipReading(reading, expectedFingerprint ? { expectedFingerprint } : {});
  const reveal = revealPath === undefined ? undefined : checkRevealReading(reading, await readFile(revealPath, "utf8"));
  if (json) console.log(JSON.stringify(reveal ? { ...report, reveal } : report, null, 2));
  else console.log([...reportLines(report, lang), ...(reveal ? revealLines(reveal, lang) : [])].join("\n"));
  const revealed = reveal === undefined || (reveal.ok && reveal.results.every((r) => r.outcome.ok));
  return report.verdict === "intact" && revealed ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
