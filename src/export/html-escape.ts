// Captured text goes into the dossier's HTML as inert text: every character that could open a
// tag, an entity or leave an attribute is escaped, so a brand's "<script>" reads as those letters.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}
