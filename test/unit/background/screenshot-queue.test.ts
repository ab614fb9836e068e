// The screenshot queue, on a fake clock: calls are spaced, the quota error is retried, nothing is dropped.
import { describe, expect, it } from "vitest";
import { isQuotaError, screenshotQueue, type QueueClock } from "../../../src/background/screenshot-queue";

const QUOTA = new Error("This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.");

/** Time moves only when every pending call is asleep: the test advances it to the next wake-up. */
function fakeClock(): QueueClock & { run(): Promise<void>; at: number } {
  let at = 0;
  const sleepers: { until: number; wake: () => void }[] = [];
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    get at() {
      return at;
    },
    now: () => at,
    sleep: (ms) => new Promise<void>((wake) => sleepers.push({ until: at + ms, wake })),
    /** Advances time from wake-up to wake-up until nothing sleeps any more. */
    async run() {
      await settle();
      while (sleepers.length > 0) {
        sleepers.sort((a, b) => a.until - b.until);
        const next = sleepers.shift()!;
        at = Math.max(at, next.until);
        next.wake();
        await settle();
      }
    },
  };
}

/** A capture that the "browser" refuses with the quota error when called less than 500 ms after the previous call. */
function quotaBrowser(clock: QueueClock) {
  const calls: number[] = [];
  let last = -Infinity;
  return {
    calls,
    capture: (name: string) => async () => {
      const now = clock.now();
      const tooSoon = now - last < 500;
      last = now;
      calls.push(now);
      if (tooSoon) throw QUOTA;
      return `png:${name}`;
    },
  };
}

describe("screenshotQueue", () => {
  it("spaces calls at least `spacingMs` apart and keeps their order", async () => {
    const clock = fakeClock();
    const browser = quotaBrowser(clock);
    const queue = screenshotQueue(clock, { spacingMs: 550 });
    const results = Promise.all(["a", "b", "c", "d", "e", "f"].map((n) => queue.take(browser.capture(n))));
    await clock.run();
    expect(await results).toEqual(["png:a", "png:b", "png:c", "png:d", "png:e", "png:f"]);
    expect(browser.calls).toEqual([0, 550, 1100, 1650, 2200, 2750]);
  });

  it("retries a call the browser refuses for the quota, with growing waits, until it succeeds", async () => {
    const clock = fakeClock();
    let refusals = 3;
    const calls: number[] = [];
    const queue = screenshotQueue(clock, { spacingMs: 100, retryMs: 200, maxRetryMs: 500 });
    const shot = queue.take(async () => {
      calls.push(clock.now());
      if (refusals-- > 0) throw QUOTA;
      return "png";
    });
    await clock.run();
    expect(await shot).toBe("png");
    // Refused at 0, waits 200; refused at 200, waits 400; refused at 600, waits 500 (the cap); succeeds at 1100.
    expect(calls).toEqual([0, 200, 600, 1100]);
  });

  it("gives every one of many promises recorded at once its screenshot, even when the browser is stricter than the spacing", async () => {
    const clock = fakeClock();
    const browser = quotaBrowser(clock);
    // Spaced too tightly on purpose: half the calls are refused and must be retried.
    const queue = screenshotQueue(clock, { spacingMs: 300, retryMs: 250 });
    const names = Array.from({ length: 10 }, (_, i) => `p${i}`);
    const results = Promise.all(names.map((n) => queue.take(browser.capture(n))));
    await clock.run();
    expect(await results).toEqual(names.map((n) => `png:${n}`));
    expect(browser.calls.length).toBeGreaterThan(names.length);
  });

  it("fails only the call whose error is not the quota, and goes on with the next", async () => {
    const clock = fakeClock();
    const queue = screenshotQueue(clock, { spacingMs: 550 });
    const refused = queue.take(async () => {
      throw new Error("Either the '<all_urls>' or 'activeTab' permission is required.");
    });
    const next = queue.take(async () => "png");
    const outcome = refused.then(
      () => "resolved",
      (error: Error) => error.message,
    );
    await clock.run();
    expect(await outcome).toMatch(/activeTab/);
    expect(await next).toBe("png");
    expect(clock.at).toBe(550);
  });

  it("does not wait when the last call is long past", async () => {
    const clock = fakeClock();
    const queue = screenshotQueue(clock, { spacingMs: 550 });
    const first = queue.take(async () => clock.now());
    await clock.run();
    expect(await first).toBe(0);
    const later = clock.sleep(5000);
    await clock.run();
    await later;
    const second = queue.take(async () => clock.now());
    await clock.run();
    expect(await second).toBe(5000);
  });
});

describe("isQuotaError", () => {
  it("knows Chromium's quota message and nothing else", () => {
    expect(isQuotaError(QUOTA)).toBe(true);
    expect(isQuotaError(new Error("No tab with id: 4."))).toBe(false);
    expect(isQuotaError("Too many calls: quota exceeded")).toBe(true);
  });
});
