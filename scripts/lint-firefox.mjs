// Runs Mozilla's add-on linter (web-ext lint) on the Firefox build, as addons.mozilla.org would on
// upload. Prints every finding; exits non-zero on errors only (warnings and notices are printed, allowed).
// Usage: node scripts/lint-firefox.mjs [extension directory, default dist/firefox]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { cmd } from "web-ext";

const sourceDir = resolve(process.argv[2] ?? "dist/firefox");

if (!existsSync(`${sourceDir}/manifest.json`)) {
  if (process.argv[2]) {
    console.error(`lint-firefox: no manifest.json in ${sourceDir}`);
    process.exit(2);
  }
  console.log("lint-firefox: no Firefox build yet, building it…");
  const built = spawnSync(process.execPath, ["scripts/build.mjs", "firefox"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// "none": the linter would print its own table or JSON; the findings are printed below instead, one per line.
const result = await cmd.lint({ sourceDir, output: "none", boring: true }, { shouldExitProgram: false });

const LEVELS = [
  ["errors", "error"],
  ["warnings", "warning"],
  ["notices", "notice"],
];

for (const [list, level] of LEVELS) {
  for (const finding of result[list] ?? []) {
    const where = finding.file ? `${finding.file}${finding.line ? `:${finding.line}${finding.column ? `:${finding.column}` : ""}` : ""}` : "(add-on)";
    console.log(`${level.padEnd(7)} ${finding.code}  ${where}`);
    console.log(`        ${finding.message}`);
    const description = String(finding.description ?? "").replace(/\s+/g, " ").trim();
    if (description && description !== finding.message) console.log(`        ${description}`);
  }
}

const { errors = 0, warnings = 0, notices = 0 } = result.summary ?? {};
const shown = sourceDir.startsWith(`${process.cwd()}/`) ? relative(process.cwd(), sourceDir) : sourceDir;
console.log(`web-ext lint ${shown}: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
process.exit((result.errors ?? []).length > 0 ? 1 : 0);
