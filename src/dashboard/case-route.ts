// Where the dashboard is lives in the address, so a link from the popup, a notification or a campaign's
// table opens it: #case=ID (and &event=ID to bring one event into view), #campaigns, #campaign=ID.
import { useEffect, useState } from "preact/hooks";

export interface DashboardRoute {
  section: "cases" | "campaigns";
  caseId?: string;
  /** An event of the case to bring into view. */
  eventId?: string;
  campaignId?: string;
}

export function readRoute(hash: string): DashboardRoute {
  const text = hash.replace(/^#/, "");
  const params = new URLSearchParams(text);
  const campaignId = params.get("campaign") ?? undefined;
  if (campaignId || text === "campaigns") return { section: "campaigns", ...(campaignId ? { campaignId } : {}) };
  const caseId = params.get("case") ?? undefined;
  const eventId = params.get("event") ?? undefined;
  return { section: "cases", ...(caseId ? { caseId } : {}), ...(eventId ? { eventId } : {}) };
}

// Written where links are made (ui/dashboard-link.ts, shared with the popup and the background).
export { campaignHash, caseHash } from "../ui/dashboard-link";

export function useRoute(): DashboardRoute {
  const [route, setRoute] = useState(() => readRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(readRoute(location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  return route;
}
