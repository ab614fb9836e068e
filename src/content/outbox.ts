// Keeps each capture until the background says it is on disk. A retry carries the same
// capture key, so a service worker stopped half-way neither loses nor duplicates anything.

export interface OutboxItem {
  captureKey: string;
}

export type Delivery = "stored" | "retry" | "refused";

export interface Outbox<T extends OutboxItem> {
  add(item: T): void;
  pending(): readonly T[];
}

const DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000];

export function createOutbox<T extends OutboxItem>(
  deliver: (item: T) => Promise<Delivery>,
  schedule: (fn: () => void, ms: number) => void = (fn, ms) => setTimeout(fn, ms),
): Outbox<T> {
  const queue = new Map<string, { item: T; tries: number }>();

  const attempt = (key: string): void => {
    const entry = queue.get(key);
    if (!entry) return;
    entry.tries += 1;
    deliver(entry.item)
      .catch((): Delivery => "retry")
      .then((result) => {
        if (result === "retry") {
          const delay = DELAYS_MS[Math.min(entry.tries - 1, DELAYS_MS.length - 1)] ?? 8000;
          schedule(() => attempt(key), delay);
        } else {
          queue.delete(key);
        }
      });
  };

  return {
    add(item) {
      if (queue.has(item.captureKey)) return;
      queue.set(item.captureKey, { item, tries: 0 });
      attempt(item.captureKey);
    },
    pending: () => Array.from(queue.values(), (e) => e.item),
  };
}
