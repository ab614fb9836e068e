// The files kept with a promise, each with its type, size and SHA-256 (to check a copy against). The
// screenshot is shown as an image; the page copy is only ever downloaded, never shown as a live page.
import { useEffect, useState } from "preact/hooks";
import type { ArtifactRef } from "../domain/evidence";
import { findArtifact } from "../storage/artifact-store";
import { database } from "../storage/database";
import { t } from "../ui/i18n";

const EXTENSIONS: Record<string, string> = { "image/png": "png", "multipart/related": "mhtml", "text/html": "html" };

function useArtifactUrl(sha256: string): string | undefined | null {
  const [url, setUrl] = useState<string | null>();
  useEffect(() => {
    let made: string | undefined;
    let gone = false;
    void findArtifact(database(), sha256)
      .then((artifact) => {
        if (gone) return;
        made = artifact ? URL.createObjectURL(artifact.bytes) : undefined;
        setUrl(made ?? null);
      })
      .catch(() => setUrl(null));
    return () => {
      gone = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [sha256]);
  return url;
}

function Artifact({ promiseId, artifact }: { promiseId: string; artifact: ArtifactRef }) {
  const url = useArtifactUrl(artifact.sha256);
  const what = t(`promiseArtifact_${artifact.kind}`);
  const fileName = `receipts-promise-${promiseId}-${artifact.kind}.${EXTENSIONS[artifact.mediaType] ?? "bin"}`;
  return (
    <li class="promise-artifact">
      <p class="hash">{t("promiseArtifactLine", [what, artifact.mediaType, String(artifact.size), artifact.sha256])}</p>
      {artifact.kind === "screenshot" && url && <img src={url} alt={t("promiseScreenshotAlt")} loading="lazy" />}
      {url ? (
        <a href={url} download={fileName}>
          {t("promiseDownload", what)}
        </a>
      ) : (
        url === null && <p>{t("promiseArtifactNotHere")}</p>
      )}
    </li>
  );
}

export function PromiseArtifacts({ promiseId, artifacts }: { promiseId: string; artifacts: readonly ArtifactRef[] }) {
  if (artifacts.length === 0) return null;
  return (
    <ul class="promise-artifacts">
      {artifacts.map((artifact) => (
        <Artifact key={artifact.sha256} promiseId={promiseId} artifact={artifact} />
      ))}
    </ul>
  );
}
