// The campaign a case ran reads plainly in its dossier's timeline, in both languages.
import { describe, expect, it } from "vitest";
import { campaignCaseOpening } from "../../../src/domain/campaigns/campaign-edits";
import { EVIDENCE_MODEL_VERSION, type EvidenceEvent } from "../../../src/domain/evidence";
import { eventLines } from "../../../src/export/event-text";
import { startedCampaign } from "../domain/campaigns/campaign-fixtures";

function changeEvent(payload: unknown): EvidenceEvent {
  return {
    v: EVIDENCE_MODEL_VERSION,
    id: "evt_00000001",
    caseId: "case_sienna-01",
    kind: "case-change",
    recorded: { at: 1, timeZone: "Europe/Paris" },
    occurred: { at: 1, timeZone: "Europe/Paris" },
    collection: { method: "by-hand", extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140" },
    hash: null,
    previousHash: null,
    payload,
  } as EvidenceEvent;
}

describe("a campaign membership in the dossier", () => {
  it("names the campaign, the protocol version and the question asked, and a late brand", () => {
    const campaign = startedCampaign();
    const late = { ...campaign.brands[0]!, addedAfterStart: true };
    const { membership } = campaignCaseOpening(campaign, late);
    expect(eventLines(changeEvent(membership), "en")).toEqual([
      "Part of the campaign “Telcos: 48 hours?”, protocol version 1",
      "Question asked (E-mail): Can I keep my number if I cancel my contract?",
      "This brand was added after the campaign had started.",
    ]);
    expect(eventLines(changeEvent(campaignCaseOpening(campaign, campaign.brands[0]!).membership), "fr")).toEqual([
      "Fait partie de la campagne « Telcos: 48 hours? », version 1 du protocole",
      "Question posée (Courriel) : Can I keep my number if I cancel my contract?",
    ]);
  });

  it("other changes to a case still show their plain fields", () => {
    expect(eventLines(changeEvent({ change: "follow-up-kept", from: {}, to: {}, otherCaseId: "case_earlier-1" }), "en")).toEqual(["change: follow-up-kept", "otherCaseId: case_earlier-1"]);
  });
});
