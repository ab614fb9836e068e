// Links into the dashboard, from any context (popup, side panel, the background's notifications): where it
// is, and the route in its address (#case=ID, &event=ID, #campaigns, #campaign=ID) that
// dashboard/case-route.ts reads back.
import browser from "webextension-polyfill";

export function caseHash(caseId: string, eventId?: string): string {
  return `#case=${encodeURIComponent(caseId)}${eventId ? `&event=${encodeURIComponent(eventId)}` : ""}`;
}

export function campaignHash(campaignId?: string): string {
  return campaignId ? `#campaign=${encodeURIComponent(campaignId)}` : "#campaigns";
}

/** The dashboard's address, opened on `hash` (its cases list when none). */
export function dashboardUrl(hash = ""): string {
  return browser.runtime.getURL(`src/dashboard/index.html${hash}`);
}
