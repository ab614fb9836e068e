// Capture keys for chat entries. They are derived, not random: the same message read again after the
// widget re-renders or its frame reloads gets the same key, and the background stores it only once.
import { fingerprint } from "./transcript";

/** A UUID (version 8, "custom") made from a text key: equal keys give equal UUIDs. */
export function uuidFromKey(key: string): string {
  const hex = fingerprint(`a\u0000${key}`) + fingerprint(`b\u0000${key}`);
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The capture key of one entry (message, hand-off, start, end) of one conversation of one vendor. */
export function chatCaptureKey(vendor: string, conversationKey: string, entryKey: string): string {
  return uuidFromKey(`${vendor}\u0000${conversationKey}\u0000${entryKey}`);
}
