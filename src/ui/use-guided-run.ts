// A brand's guided run, following its case live. The step logic (and the reality engine under it) is
// loaded after first paint, so the popup opens without waiting for it.
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Campaign, CampaignBrand } from "../domain/campaigns/campaign";
import type { GuidedRun, GuidedRunInput } from "../domain/campaigns/guided-run";
import { readingTime, useNow, useTrail, type Trail } from "../dashboard/case-page/case-data";

type Reader = (input: GuidedRunInput) => GuidedRun;

export function useGuidedRunReader(): Reader | undefined {
  const [reader, setReader] = useState<{ read: Reader }>();
  useEffect(() => {
    let gone = false;
    void import("../domain/campaigns/guided-run").then((m) => !gone && setReader({ read: m.guidedRun }));
    return () => {
      gone = true;
    };
  }, []);
  return reader?.read;
}

export function useGuidedRun(campaign: Campaign, brand: CampaignBrand, read: Reader | undefined): { run: GuidedRun | undefined; now: number } {
  return useGuidedRunOf(campaign, brand, useTrail(brand.caseId), read);
}

/** The run over the brand's case trail as the caller read it (the popup's site case: read once for its glance and its run). */
export function useGuidedRunOf(campaign: Campaign, brand: CampaignBrand, trail: Trail | undefined, read: Reader | undefined): { run: GuidedRun | undefined; now: number } {
  const tick = useNow();
  return useMemo(() => {
    const now = readingTime(tick);
    return { run: trail && read ? read({ campaign, brand, trail, now }) : undefined, now };
  }, [trail, read, campaign, brand, tick]);
}
