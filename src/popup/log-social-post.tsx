// A social media post: its address and platform, when, its text. When the post is open in the
// tab, one click takes its address and title from the tab (the background reads them again there).
import { t } from "../ui/i18n";
import { TextArea, TextField, WhenField } from "./log-field";
import type { LogFormProps } from "./log-form-props";
import type { TargetTab } from "./target-tab";

export function SocialPostForm({ draft, change, errors, tab }: LogFormProps<"social-post"> & { tab: TargetTab | undefined }) {
  const webTab = tab && /^https?:\/\//.test(tab.url) ? tab : undefined;
  return (
    <>
      <TextField name="url" type="url" label={t("logPostUrl")} value={draft.url} onInput={(url) => change({ url, tab: undefined })} error={errors.url} />
      {webTab && (
        <button type="button" onClick={() => change({ url: webTab.url, tab: { id: webTab.id, title: webTab.title } })}>
          {t("logUseTab")}
        </button>
      )}
      {draft.tab && <p class="hint">{t("logFromTab", draft.tab.title || draft.url)}</p>}
      <TextField name="platform" label={t("logPlatform")} value={draft.platform} onInput={(platform) => change({ platform })} error={errors.platform} />
      <WhenField value={draft.when} onInput={(when) => change({ when })} error={errors.when} />
      <TextArea name="text" label={t("logPostText")} value={draft.text} onInput={(text) => change({ text })} error={errors.text} />
    </>
  );
}
