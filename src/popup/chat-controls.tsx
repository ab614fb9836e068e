// Live chats in the popup: the vendor frames on this page Receipts may not read yet (asked once, by
// name, the browser's permission prompt in the person's click), and "Record this chat" for a chat
// Receipts did not recognise by itself.
import browser from "webextension-polyfill";
import { useEffect, useState } from "preact/hooks";
import { matchPatternsForHost } from "../domain/brand";
import { ask } from "../ui/background-client";
import { t } from "../ui/i18n";
import { targetTab } from "./target-tab";

export function ChatControls() {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [hosts, setHosts] = useState<string[]>([]);
  const [status, setStatus] = useState("");

  useEffect(() => {
    void targetTab().then(async (tab) => {
      if (!tab) return;
      setTabId(tab.id);
      const reply = await ask({ type: "chat.frame-requests", tabId: tab.id });
      if (reply.ok && Array.isArray(reply.hosts)) setHosts(reply.hosts.filter((h): h is string => typeof h === "string"));
    });
  }, []);

  const allow = async (host: string) => {
    if (tabId === undefined) return;
    // Asked synchronously in the click: the browser names the host in its own prompt.
    const granted = await browser.permissions.request({ origins: matchPatternsForHost(host) });
    const reply = await ask(granted ? { type: "chat.frame-allow", host, tabId } : { type: "chat.frame-refuse", host });
    setHosts((all) => all.filter((h) => h !== host));
    setStatus(!reply.ok ? t("actionFailed", reply.error.message) : granted ? t("chatFrameAllowed", host) : t("chatFrameRefused", host));
  };

  const pick = async () => {
    if (tabId === undefined) return;
    const reply = await ask({ type: "chat.pick", tabId });
    setStatus(reply.ok ? t("chatPickStarted") : t("actionFailed", reply.error.message));
  };

  return (
    <section class="chat-controls" aria-label={t("chatRecordThis")}>
      {hosts.map((host) => (
        <div key={host} class="chat-frame-ask">
          <p>{t("chatFrameAsk", host)}</p>
          <button type="button" class="primary" onClick={() => void allow(host)}>
            {t("chatFrameAllow", host)}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => void pick()} disabled={tabId === undefined}>
        {t("chatRecordThis")}
      </button>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
