// What looked wrong in a case's events: listed with the events' ids so the person can check them,
// never silently corrected away.

export type Anomaly =
  /** The computer's clock read earlier than for an event stored before it, by more than the tolerance. */
  | { type: "clock-went-back"; eventId: string; after: string; byMs: number }
  /** A response addressed to a contact attempt but dated before it (typically logged by hand with the wrong date). */
  | { type: "response-before-attempt"; eventId: string; attemptId: string; byMs: number }
  /** A reference to an event that is not in the case (a response's inReplyTo, an outcome's attemptId). */
  | { type: "unknown-reference"; eventId: string; refersTo: string }
  /** A time zone the runtime does not know: due times counted in it are left unknown (pending). */
  | { type: "unknown-time-zone"; timeZone: string }
  /** The same event id twice in the input; the first in storage order is kept. */
  | { type: "duplicate-event"; eventId: string };

export type AnomalyType = Anomaly["type"];
