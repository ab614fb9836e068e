// Types for scripts/package.mjs, for the unit tests that import it.
export interface ZipInputFile {
  path: string;
  data: Uint8Array;
}
export function zipEntryTime(): Date;
export function reproducibleZip(files: readonly ZipInputFile[]): Uint8Array;
export function filesUnder(dir: string): ZipInputFile[];
