// Chat messages belong to the tab they were shown in: two tabs chatting with the same brand keep two
// transcripts in the one case, while a reload (or a re-sent message) in the same tab stays one transcript.
import type { CapturedEvidence } from "../domain/evidence";

interface Capture {
  captureKey: string;
  evidence: CapturedEvidence;
}

export function scopeChatToTab(capture: Capture, tabId: number | undefined): Capture {
  if (capture.evidence.kind !== "message" || tabId === undefined) return capture;
  const payload = capture.evidence.payload;
  return {
    captureKey: `tab:${tabId}|${capture.captureKey}`,
    evidence: { kind: "message", payload: { ...payload, conversationId: `tab-${tabId}/${payload.conversationId}`.slice(0, 300) } },
  };
}
