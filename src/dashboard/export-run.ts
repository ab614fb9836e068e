// What every export button does, for a case or a campaign: make the file in the page (saying how far it
// got), save it as a download, say that it is done or why it failed; and trusted time for a bundle when
// the person chose an authority, with the reason when it could not be had.
import { useState } from "preact/hooks";
import { t } from "../ui/i18n";
import { downloadBlob } from "./export-download";
import { requestTimestamp } from "./export-timestamp";

export interface MadeExport {
  name: string;
  blob: Blob;
  /** Said after "done" (trusted time added, or why not). */
  note?: string;
}

export type MakeExport = (onProgress: (share: number) => void) => Promise<MadeExport>;

export function useExportRun(): { busy: boolean; progress: number; status: string; run: (make: MakeExport) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [status, setStatus] = useState("");
  const run = async (make: MakeExport) => {
    setBusy(true);
    setProgress(0);
    setStatus(t("exportWorking"));
    try {
      const made = await make(setProgress);
      downloadBlob(made.name, made.blob);
      setStatus(made.note ? `${t("exportDone")} ${made.note}` : t("exportDone"));
    } catch (error) {
      setStatus(t("actionFailed", error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  return { busy, progress, status, run };
}

/**
 * Trusted time over a bundle's signature from the authority at `tsaUrl` ("" for none): a failure there
 * leaves the bundle without it, and `note` says why.
 */
export function trustedTime(tsaUrl: string): { timestamp?: (signature: Uint8Array) => Promise<Uint8Array | null>; note: (timestamped: boolean) => string | undefined } {
  let problem = "";
  const note = (timestamped: boolean) => (timestamped ? t("tsaAdded") : problem ? t("tsaMissing", problem) : undefined);
  if (!tsaUrl) return { note };
  return {
    timestamp: async (signature) => {
      const outcome = await requestTimestamp(tsaUrl, signature);
      if (outcome.ok) return outcome.response;
      problem = outcome.reason;
      return null;
    },
    note,
  };
}
