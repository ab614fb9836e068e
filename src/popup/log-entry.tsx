// The popup's way in to "log a contact". Only this button is in the popup's first paint: the forms
// (and, later still, the e-mail parser) load when the person opens them.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { ContactByHand } from "../domain/offline/by-hand-entry";
import { t } from "../ui/i18n";
import type { LogContactProps } from "./log-contact";
import type { TargetTab } from "./target-tab";

// Spelled out rather than imported, so the schemas stay out of the first paint; the type keeps it in step.
const CONTACTS: readonly ContactByHand[] = ["phone-call", "letter", "visit", "social-post", "email"];

export function LogContactEntry({ tab }: { tab: TargetTab | undefined }) {
  // "?log=email" opens the form at once: the popup reopened as a tab, where a file picker keeps it open.
  const asked = new URLSearchParams(location.search).get("log") ?? undefined;
  const initial = CONTACTS.find((c) => c === asked);
  const [Form, setForm] = useState<ComponentType<LogContactProps> | undefined>(undefined);
  const [open, setOpen] = useState(false);

  const toggle = async () => {
    if (!Form) {
      const loaded = await import("./log-contact");
      setForm(() => loaded.LogContact);
    }
    setOpen((o) => !o);
  };
  useEffect(() => {
    if (initial) void toggle();
  }, []);

  return (
    <section class="log-entry">
      <button type="button" aria-expanded={open} onClick={() => void toggle()}>
        {t("logContact")}
      </button>
      {open && Form && <Form tab={tab} initial={initial} />}
    </section>
  );
}
