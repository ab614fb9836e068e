// "Log a contact": a call, a letter, a visit, a social post or an e-mail, added by hand in a few
// seconds, in the site's case or one the person picks or starts. Loaded only when opened.
import "./log-contact.css";
import browser from "webextension-polyfill";
import { useEffect, useRef, useState } from "preact/hooks";
import { hostOf } from "../domain/brand";
import type { Case } from "../domain/evidence";
import { CONTACTS_BY_HAND, type ContactByHand } from "../domain/offline/by-hand-entry";
import { brandDomainsOf, readCaseDraft, type CaseDraft } from "../domain/offline/case-choice-form";
import { emptyDrafts, readDraft, type Drafts, type FormClock } from "../domain/offline/entry-form";
import { randomUuid } from "../domain/random-id";
import { database } from "../storage/database";
import { listCases, openCaseForHost } from "../storage/evidence-store";
import { ask } from "../ui/background-client";
import { t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { CaseChoice } from "./log-case-choice";
import { EmailForm } from "./log-email";
import { RadioGroup } from "./log-field";
import { LetterForm } from "./log-letter";
import { PhoneCallForm } from "./log-phone-call";
import { SocialPostForm } from "./log-social-post";
import { VisitForm } from "./log-visit";
import type { TargetTab } from "./target-tab";
import { caseHash, dashboardUrl } from "../ui/dashboard-link";

/** Resolved and closed cases take no new contacts from this short form. */
const isOpen = (c: Case) => c.status !== "resolved" && c.status !== "closed";

function formClock(): FormClock {
  return { now: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC" };
}

type Status = { saved: true; text: string; caseId: string } | { saved: false; text: string };

export interface LogContactProps {
  tab: TargetTab | undefined;
  initial?: ContactByHand | undefined;
}

export function LogContact({ tab, initial }: LogContactProps) {
  const db = database();
  const host = tab ? hostOf(tab.url) : undefined;
  const { value: cases } = useLiveQuery(() => listCases(db), []);
  const { value: siteCase } = useLiveQuery(async () => (host ? ((await openCaseForHost(db, host)) ?? null) : null), [host]);
  const [contact, setContact] = useState<ContactByHand>(initial ?? "phone-call");
  const [drafts, setDrafts] = useState<Drafts>(() => emptyDrafts(formClock()));
  // Untouched, the case follows the site in the tab; once the person picks one, it is theirs.
  const [picked, setPicked] = useState<CaseDraft | undefined>(undefined);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // One key per version of the entry: resending it unchanged after an error stores it once.
  const entryKey = useRef(randomUuid());
  const focusFirstError = useRef(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  if (cases === undefined || siteCase === undefined) return null;
  const openCases = cases.filter(isOpen);
  const caseDraft: CaseDraft = picked ?? { caseId: siteCase?.id ?? "", startNew: openCases.length === 0, brandName: "", brandAddress: "" };
  const brandDomains = brandDomainsOf(caseDraft, (id) => openCases.find((c) => c.id === id)?.brand.domains ?? []);

  const edited = () => {
    entryKey.current = randomUuid();
    setStatus(undefined);
  };
  const changeCase = (patch: Partial<CaseDraft>) => {
    edited();
    setPicked({ ...caseDraft, ...patch });
  };
  function changer<C extends ContactByHand>(kind: C) {
    return (patch: Partial<Drafts[C]>) => {
      edited();
      setDrafts((all) => ({ ...all, [kind]: { ...all[kind], ...patch } }));
    };
  }

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const clock = formClock();
    const chosen = readCaseDraft(caseDraft);
    const reading = readDraft(contact, drafts[contact], clock, brandDomains);
    const found = { ...(chosen.ok ? {} : chosen.errors), ...(reading.ok ? {} : reading.errors) };
    focusFirstError.current = true;
    setErrors(found);
    if (!chosen.ok || !reading.ok) {
      setStatus({ saved: false, text: t("logCheckFields") });
      return;
    }
    setBusy(true);
    try {
      const reply = await ask({ type: "by-hand.record", entryKey: entryKey.current, case: chosen.choice, entry: reading.entry });
      if (!reply.ok) {
        setStatus({ saved: false, text: t("actionFailed", reply.error.message) });
        return;
      }
      // Saved: this form starts afresh for the next contact; a case just started is now the one chosen.
      entryKey.current = randomUuid();
      setDrafts((all) => ({ ...all, [contact]: emptyDrafts(formClock())[contact] }));
      setPicked({ caseId: String(reply.caseId), startNew: false, brandName: "", brandAddress: "" });
      setStatus({ saved: true, text: t("logSaved", String(reply.caseTitle)), caseId: String(reply.caseId) });
    } finally {
      setBusy(false);
    }
  };

  const openInTab = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?log=email${tab ? `&tab=${tab.id}` : ""}`) });
    window.close();
  };
  const inTab = new URLSearchParams(location.search).has("log");

  return (
    <form ref={form} class="log-contact" aria-labelledby="log-heading" noValidate onSubmit={save}>
      <h2 id="log-heading">{t("logHeading")}</h2>
      <CaseChoice cases={openCases} draft={caseDraft} change={changeCase} errors={errors} />
      <RadioGroup
        name="contact"
        legend={t("logWhat")}
        value={contact}
        onChange={(c) => {
          setContact(c);
          setErrors({});
          setStatus(undefined);
        }}
        options={CONTACTS_BY_HAND.map((c) => ({ value: c, label: t(`contact_${c.replace("-", "_")}`) }))}
      />
      {contact === "phone-call" && <PhoneCallForm draft={drafts["phone-call"]} change={changer("phone-call")} errors={errors} />}
      {contact === "letter" && <LetterForm draft={drafts.letter} change={changer("letter")} errors={errors} />}
      {contact === "visit" && <VisitForm draft={drafts.visit} change={changer("visit")} errors={errors} />}
      {contact === "social-post" && <SocialPostForm draft={drafts["social-post"]} change={changer("social-post")} errors={errors} tab={tab} />}
      {contact === "email" && (
        <>
          <EmailForm draft={drafts.email} change={changer("email")} errors={errors} brandDomains={brandDomains} />
          {!inTab && (
            <button type="button" class="link-like" onClick={() => void openInTab()}>
              {t("logOpenInTab")}
            </button>
          )}
        </>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t("logSave")}
        </button>
      </div>
      <p role="status" aria-live="polite" class={status && !status.saved ? "alert" : undefined}>
        {status?.text}
        {status?.saved && (
          <>
            {" "}
            <a href={dashboardUrl(caseHash(status.caseId))} target="_blank" rel="noreferrer">
              {t("logSeeInCase")}
            </a>
          </>
        )}
      </p>
    </form>
  );
}
