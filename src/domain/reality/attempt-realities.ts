// Each contact attempt as it stands: answered (and how fast), left unanswered, or failed to send.
import type { Channel } from "../evidence";
import type { ContactAttempts } from "./contact-attempts";
import type { Answer, Answers } from "./first-answers";

export type AttemptStatus = "answered" | "unanswered" | "failed";

export interface AttemptReality {
  id: string;
  channel: Channel;
  at: number;
  conversationId?: string;
  status: AttemptStatus;
  answer?: Answer;
  /**
   * Time to first response (ms). Absent for a call or visit answered while it happened: the wait on hold
   * is not recorded, and 0 would be a false figure.
   */
  firstResponseMs?: number;
  /** The attempt, its confirmation or error pages, and its first answer. */
  from: string[];
}

export function attemptRealities(attempts: ContactAttempts, answers: Answers): AttemptReality[] {
  return attempts.list.map((attempt) => {
    const answer = answers.firstAnswer.get(attempt.id);
    const status: AttemptStatus = attempt.failed ? "failed" : answer ? "answered" : "unanswered";
    const from = [attempt.id, ...attempt.outcomeIds];
    if (answer && answer.eventId !== attempt.id) from.push(answer.eventId);
    return {
      id: attempt.id,
      channel: attempt.channel,
      at: attempt.at,
      ...(attempt.conversationId !== undefined ? { conversationId: attempt.conversationId } : {}),
      status,
      ...(answer ? { answer } : {}),
      ...(answer && answer.how !== "in-person" ? { firstResponseMs: answer.at - attempt.at } : {}),
      from,
    };
  });
}
