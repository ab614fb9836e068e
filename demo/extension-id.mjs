// The id Chromium gives an unpacked extension: derived from its folder's absolute path
// (SHA-256, first 16 bytes, each hex digit 0-f written as a letter a-p). Lets the headed demo
// print the dashboard's address before the browser has even started.
import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";

export function unpackedExtensionId(folder) {
  const hex = createHash("sha256").update(realpathSync(folder)).digest("hex").slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join("");
}
