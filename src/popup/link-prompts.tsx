// "You clicked to call 0800 123 456: what happened?" The person may answer or dismiss.
import browser from "webextension-polyfill";
import { useEffect, useState } from "preact/hooks";
import { ask } from "../ui/background-client";
import { formatMoment, t } from "../ui/i18n";

interface LinkPrompt {
  eventId: string;
  channel: "email" | "phone";
  target: string;
  at: number;
}

function useLinkPrompts(): LinkPrompt[] {
  const [prompts, setPrompts] = useState<LinkPrompt[]>([]);
  useEffect(() => {
    const read = () => void browser.storage.session.get("linkPrompts").then((s) => setPrompts((s.linkPrompts as LinkPrompt[] | undefined) ?? []));
    read();
    const listener = (_changes: unknown, area: string) => {
      if (area === "session") read();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return prompts;
}

function LinkQuestion({ prompt }: { prompt: LinkPrompt }) {
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const question = t(prompt.channel === "phone" ? "linkPromptCall" : "linkPromptMail", [prompt.target, formatMoment(prompt.at)]);
  const save = async (event: Event) => {
    event.preventDefault();
    const reply = await ask({ type: "link-prompt.answer", eventId: prompt.eventId, text });
    if (!reply.ok) setError(t("actionFailed", reply.error.message));
  };
  const id = `link-answer-${prompt.eventId}`;
  return (
    <form class="link-prompt" onSubmit={save} aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} for={id}>
        {question}
      </label>
      <textarea id={id} rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      {error && <p role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="primary" disabled={text.trim() === ""}>
          {t("linkPromptSave")}
        </button>
        <button type="button" onClick={() => void ask({ type: "link-prompt.dismiss", eventId: prompt.eventId })}>
          {t("dismiss")}
        </button>
      </div>
    </form>
  );
}

export function LinkPrompts() {
  const prompts = useLinkPrompts();
  if (prompts.length === 0) return null;
  return (
    <section aria-label={t("linkPromptsHeading")}>
      {prompts.map((p) => (
        <LinkQuestion key={p.eventId} prompt={p} />
      ))}
    </section>
  );
}
