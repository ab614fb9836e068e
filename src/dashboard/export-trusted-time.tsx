// Where bundles get trusted time: the address of an RFC 3161 time-stamping authority, optional.
// Saving asks the browser for access to that address, in the person's click.
import { useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { ask } from "../ui/background-client";
import { t } from "../ui/i18n";

export function TrustedTimeSetting({ current, onSaved }: { current: string; onSaved: (url: string) => void }) {
  const [url, setUrl] = useState(current);
  const [status, setStatus] = useState("");

  const save = async (event: Event) => {
    event.preventDefault();
    const wanted = url.trim();
    if (wanted) {
      let origin: string;
      try {
        origin = new URL(wanted).origin;
      } catch {
        setStatus(t("tsaInvalid"));
        return;
      }
      // Asked first, while the click still counts as the person's gesture.
      const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
      if (!granted) {
        setStatus(t("tsaRefused"));
        return;
      }
    }
    const reply = await ask({ type: "dossier.tsa", url: wanted });
    if (!reply.ok) {
      setStatus(t("actionFailed", reply.error.message));
      return;
    }
    onSaved(wanted);
    setStatus(wanted ? t("tsaSaved") : t("tsaCleared"));
  };

  return (
    <form class="trusted-time" onSubmit={save}>
      <label>
        {t("tsaLabel")}
        <input type="url" value={url} placeholder="https://" onInput={(event) => setUrl(event.currentTarget.value)} />
      </label>
      <button type="submit">{t("save")}</button>
      <span role="status">{status}</span>
    </form>
  );
}
