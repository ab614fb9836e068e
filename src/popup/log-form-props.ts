// What every "log a contact" form gets: its draft, a way to change it, and the errors to show.
import type { Drafts } from "../domain/offline/entry-form";
import type { ContactByHand } from "../domain/offline/by-hand-entry";

export interface LogFormProps<C extends ContactByHand> {
  draft: Drafts[C];
  change: (patch: Partial<Drafts[C]>) => void;
  /** Message keys by field name: the form's own errors and the case's. */
  errors: Readonly<Record<string, string>>;
}
