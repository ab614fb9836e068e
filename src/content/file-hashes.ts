// Attached files are recorded by name, size, type and SHA-256, never by their bytes. Hashing starts
// as soon as the person picks a file, so the digest is ready when the form is sent.
import type { AttachedFile } from "../domain/evidence";

const digests = new WeakMap<File, string>();

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function hashFile(file: File): Promise<void> {
  // crypto.subtle exists only in secure contexts (https, localhost): elsewhere the hash is left out.
  if (digests.has(file) || !globalThis.crypto?.subtle) return;
  digests.set(file, hex(await crypto.subtle.digest("SHA-256", await file.arrayBuffer())));
}

function onChange(event: Event): void {
  const input = event.target;
  if (input instanceof HTMLInputElement && input.type === "file") {
    for (const file of Array.from(input.files ?? [])) void hashFile(file).catch(() => undefined);
  }
}

/** What the file input holds now, with each digest that is ready. */
export function attachedFiles(input: HTMLInputElement): AttachedFile[] {
  return Array.from(input.files ?? [], (file) => {
    const sha256 = digests.get(file);
    return { name: file.name, size: file.size, mediaType: file.type || "application/octet-stream", ...(sha256 ? { sha256 } : {}) };
  });
}

export function startFileHashing(): void {
  window.addEventListener("change", onChange, { capture: true });
}
