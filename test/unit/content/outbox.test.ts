import { describe, expect, it, vi } from "vitest";
import { createOutbox, type Delivery } from "../../../src/content/outbox";

interface Item {
  captureKey: string;
  body: string;
}

/** Lets every pending promise callback run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** A schedule that records retries instead of waiting, so a test runs them when it wants. */
function manualSchedule() {
  const queued: { fn: () => void; ms: number }[] = [];
  const delays: number[] = [];
  return {
    delays,
    schedule: (fn: () => void, ms: number) => {
      queued.push({ fn, ms });
      delays.push(ms);
    },
    pending: () => queued.length,
    async runAll(): Promise<void> {
      for (const { fn } of queued.splice(0)) fn();
      await settle();
    },
  };
}

/** A deliver function that answers from a script, one answer per attempt, and remembers what it was sent. */
function scriptedDeliver(answers: Array<Delivery | Error>) {
  const sent: Item[] = [];
  return {
    sent,
    deliver: (item: Item): Promise<Delivery> => {
      sent.push(item);
      const answer = answers.shift() ?? "stored";
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  };
}

const ITEM: Item = { captureKey: "3f2c1a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f", body: "Hello" };

describe("createOutbox", () => {
  it("delivers once and forgets the item when it is stored", async () => {
    const clock = manualSchedule();
    const wire = scriptedDeliver(["stored"]);
    const outbox = createOutbox(wire.deliver, clock.schedule);
    outbox.add(ITEM);
    expect(outbox.pending()).toEqual([ITEM]);
    await settle();
    expect(wire.sent).toEqual([ITEM]);
    expect(outbox.pending()).toEqual([]);
    expect(clock.pending()).toBe(0);
  });

  it("retries with the same capture key on 'retry' until stored", async () => {
    const clock = manualSchedule();
    const wire = scriptedDeliver(["retry", "retry", "stored"]);
    const outbox = createOutbox(wire.deliver, clock.schedule);
    outbox.add(ITEM);
    await settle();
    expect(wire.sent).toHaveLength(1);
    expect(outbox.pending()).toEqual([ITEM]);
    await clock.runAll();
    expect(wire.sent).toHaveLength(2);
    await clock.runAll();
    expect(wire.sent).toHaveLength(3);
    expect(new Set(wire.sent.map((s) => s.captureKey))).toEqual(new Set([ITEM.captureKey]));
    expect(outbox.pending()).toEqual([]);
    expect(clock.pending()).toBe(0);
  });

  it("retries when the message fails to reach the background (service worker gone)", async () => {
    const clock = manualSchedule();
    const wire = scriptedDeliver([new Error("Could not establish connection. Receiving end does not exist."), new Error("Extension context invalidated."), "stored"]);
    const outbox = createOutbox(wire.deliver, clock.schedule);
    outbox.add(ITEM);
    await settle();
    expect(outbox.pending()).toEqual([ITEM]);
    await clock.runAll();
    await clock.runAll();
    expect(wire.sent.map((s) => s.captureKey)).toEqual([ITEM.captureKey, ITEM.captureKey, ITEM.captureKey]);
    expect(outbox.pending()).toEqual([]);
  });

  it("drops the item when the background refuses it, without retrying", async () => {
    const clock = manualSchedule();
    const wire = scriptedDeliver(["refused"]);
    const outbox = createOutbox(wire.deliver, clock.schedule);
    outbox.add(ITEM);
    await settle();
    expect(outbox.pending()).toEqual([]);
    expect(clock.pending()).toBe(0);
    expect(wire.sent).toHaveLength(1);
  });

  it("adding the same capture key twice sends it once", async () => {
    const clock = manualSchedule();
    const wire = scriptedDeliver(["stored"]);
    const outbox = createOutbox(wire.deliver, clock.schedule);
    outbox.add(ITEM);
    outbox.add({ ...ITEM, body: "a second submit of the same capture" });
    await settle();
    expect(wire.sent).toEqual([ITEM]);
  });

  it("adding the same capture key while it is waiting for a retry does not send it twice", async () => {
    const clock = manualSchedule();
    const wire = scriptedDeliver(["retry", "stored"]);
    const outbox = createOutbox(wire.deliver, clock.schedule);
    outbox.add(ITEM);
    await settle();
    outbox.add(ITEM);
    await settle();
    expect(wire.sent).toHaveLength(1);
    await clock.runAll();
    expect(wire.sent).toHaveLength(2);
    expect(outbox.pending()).toEqual([]);
  });

  it("different capture keys are delivered independently", async () => {
    const clock = manualSchedule();
    const answers = new Map<string, Delivery[]>([
      ["a", ["retry", "stored"]],
      ["b", ["refused"]],
      ["c", ["stored"]],
    ]);
    const sent: string[] = [];
    const outbox = createOutbox<Item>((item) => {
      sent.push(item.captureKey);
      return Promise.resolve(answers.get(item.captureKey)!.shift()!);
    }, clock.schedule);
    for (const key of ["a", "b", "c"]) outbox.add({ captureKey: key, body: key });
    await settle();
    expect(outbox.pending().map((i) => i.captureKey)).toEqual(["a"]);
    await clock.runAll();
    expect(sent).toEqual(["a", "b", "c", "a"]);
    expect(outbox.pending()).toEqual([]);
  });

  it("waits longer after each failure, up to a ceiling, and never gives up", async () => {
    const clock = manualSchedule();
    const failures = 12;
    const wire = scriptedDeliver([...Array<Delivery>(failures).fill("retry"), "stored"]);
    const outbox = createOutbox(wire.deliver, clock.schedule);
    outbox.add(ITEM);
    await settle();
    for (let i = 0; i < failures; i++) await clock.runAll();
    expect(wire.sent).toHaveLength(failures + 1);
    expect(outbox.pending()).toEqual([]);
    for (let i = 1; i < clock.delays.length; i++) expect(clock.delays[i]).toBeGreaterThanOrEqual(clock.delays[i - 1]!);
    expect(clock.delays[0]).toBeGreaterThan(0);
    expect(clock.delays[0]).toBeLessThan(clock.delays.at(-1)!);
    expect(Math.max(...clock.delays)).toBeLessThanOrEqual(60_000);
    expect(clock.delays.at(-1)).toBe(clock.delays.at(-2));
  });

  it("without an injected schedule, retries on a timer", async () => {
    vi.useFakeTimers();
    try {
      const wire = scriptedDeliver(["retry", "stored"]);
      const outbox = createOutbox(wire.deliver);
      outbox.add(ITEM);
      await settle();
      expect(wire.sent).toHaveLength(1);
      await vi.runOnlyPendingTimersAsync();
      await settle();
      expect(wire.sent).toHaveLength(2);
      expect(outbox.pending()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
