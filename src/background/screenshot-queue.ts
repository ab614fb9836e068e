// tabs.captureVisibleTab allows about two calls a second (Chromium's
// MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND) and refuses the rest. Promises recorded in quick succession
// must all get their screenshot, so calls go through one queue: spaced out, retried on the quota error,
// never dropped. Other errors (no permission, tab gone) fail that one call only.

export interface QueueClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: QueueClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface QueueOptions {
  /** Least time between the starts of two calls. 2 calls/s, with a margin for the browser's own clock. */
  spacingMs?: number;
  /** Wait after a quota refusal; doubles each time for the same call, up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
}

const QUOTA_ERROR = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|quota/i;

export function isQuotaError(error: unknown): boolean {
  return QUOTA_ERROR.test(error instanceof Error ? error.message : String(error));
}

export interface ScreenshotQueue {
  /** Runs `capture` when its turn comes; resolves with its result once it succeeds. */
  take<T>(capture: () => Promise<T>): Promise<T>;
}

export function screenshotQueue(clock: QueueClock = realClock, options: QueueOptions = {}): ScreenshotQueue {
  const spacing = options.spacingMs ?? 550;
  const retry = options.retryMs ?? 600;
  const maxRetry = options.maxRetryMs ?? 4000;
  let lastCallAt = -Infinity;
  // Each call waits for the one before it: the chain only ever holds settled-or-pending calls in order.
  let tail: Promise<unknown> = Promise.resolve();

  async function run<T>(capture: () => Promise<T>): Promise<T> {
    let wait = retry;
    for (;;) {
      const early = lastCallAt + spacing - clock.now();
      if (early > 0) await clock.sleep(early);
      lastCallAt = clock.now();
      try {
        return await capture();
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        await clock.sleep(wait);
        wait = Math.min(wait * 2, maxRetry);
      }
    }
  }

  return {
    take<T>(capture: () => Promise<T>): Promise<T> {
      const turn = tail.then(() => run(capture));
      tail = turn.catch(() => undefined);
      return turn;
    },
  };
}
