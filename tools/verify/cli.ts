// The command-line verifier: `receipts-verify bundle.zip [--fingerprint HEX] [--lang fr] [--json]`.
// Prints the verdict and what differs; exits 0 when the bundle is intact, 1 otherwise, 2 on bad usage.
import { readFile } from "node:fs/promises";
import "../../src/domain/zod-config";
import { verifyBundle } from "../../src/export/verify/verify-bundle";
import { reportLines, type ReportLanguage } from "../../src/export/verify/report-text";

const USAGE = "usage: receipts-verify <bundle.zip> [--fingerprint <hex>] [--lang en|fr] [--json]";

async function main(args: string[]): Promise<number> {
  let path: string | undefined;
  let expectedFingerprint: string | undefined;
  let lang: ReportLanguage = "en";
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--fingerprint") expectedFingerprint = args[++i];
    else if (arg === "--lang") lang = args[++i] === "fr" ? "fr" : "en";
    else if (arg === "--json") json = true;
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
  const report = await verifyBundle(bytes, expectedFingerprint ? { expectedFingerprint } : {});
  console.log(json ? JSON.stringify(report, null, 2) : reportLines(report, lang).join("\n"));
  return report.verdict === "intact" ? 0 : 1;
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
