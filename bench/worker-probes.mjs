// Functions the bench evaluates inside the extension's service worker. Each is serialised by
// Playwright and run there, so each stands alone: no imports, no outer variables.
/* global chrome */

/**
 * Notes the exact moment each evidence event is committed. IndexedDB fires `complete` on a
 * read-write transaction once its writes are durable (the extension asks for strict
 * durability), so listening there catches the commit itself, without polling and without
 * touching the extension's code. Dexie binds IDBDatabase#transaction when it opens the
 * database, but looks up IDBObjectStore#add/put on every write: the hook sits there, and
 * subscribes to the transaction of any write into `events` of the `receipts` database.
 * Returns false if already installed in this worker.
 */
export function installCommitProbe() {
  const scope = globalThis;
  if (scope.__receiptsBenchProbe) return false;
  const probe = { commits: [], waiters: [] };
  scope.__receiptsBenchProbe = probe;
  const watched = new WeakSet();
  const onComplete = () => {
    probe.commits.push(performance.timeOrigin + performance.now());
    for (const wake of probe.waiters.splice(0)) wake();
  };
  for (const method of ["add", "put"]) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      const tx = this.transaction;
      if (this.name === "events" && tx.db.name === "receipts" && !watched.has(tx)) {
        watched.add(tx);
        tx.addEventListener("complete", onComplete);
      }
      return original.apply(this, args);
    };
  }
  return true;
}

/** How many commits the probe has seen (undefined if this worker has no probe: it restarted). */
export function commitCount() {
  return globalThis.__receiptsBenchProbe?.commits.length;
}

/** The time of commit number `index` (0-based), waiting up to `timeoutMs` for it. */
export function commitAt([index, timeoutMs]) {
  const probe = globalThis.__receiptsBenchProbe;
  if (!probe) return Promise.reject(new Error("commit probe missing: the service worker restarted"));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no commit #${index} within ${timeoutMs} ms`)), timeoutMs);
    const check = () => {
      if (probe.commits.length > index) {
        clearTimeout(timer);
        resolve(probe.commits[index]);
      } else {
        probe.waiters.push(check);
      }
    };
    check();
  });
}

/**
 * The baseline: one bare IndexedDB write of an event-sized record, with the same strict
 * durability, in the same service worker. Returns milliseconds from opening the transaction to
 * its `complete`. The database is kept open between calls, as the extension keeps its own.
 */
export async function bareWrite(record) {
  const scope = globalThis;
  scope.__receiptsBenchBaseline ??= await new Promise((resolve, reject) => {
    const request = indexedDB.open("receipts-bench-baseline", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("events", { keyPath: "id" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const db = scope.__receiptsBenchBaseline;
  const start = performance.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction("events", "readwrite", { durability: "strict" });
    tx.objectStore("events").put({ ...record, id: crypto.randomUUID() });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return performance.now() - start;
}

/** Closes and deletes the baseline database, so the profile keeps nothing of the bench. */
export async function dropBaseline() {
  globalThis.__receiptsBenchBaseline?.close();
  delete globalThis.__receiptsBenchBaseline;
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase("receipts-bench-baseline");
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * How far this context's high-resolution epoch clock (timeOrigin + now) sits from Date.now().
 * Page and service worker live in different processes, each with its own time origin; the
 * difference of their offsets is the skew to take out of a cross-context latency. Averaging
 * over a busy 40 ms spreads the samples evenly across Date.now()'s millisecond steps, so the
 * +0.5 ms bias of its flooring is the same in both contexts and cancels.
 */
export function clockOffset() {
  let sum = 0;
  let count = 0;
  const end = Date.now() + 40;
  for (let wall = Date.now(); wall < end; wall = Date.now()) {
    sum += performance.timeOrigin + performance.now() - wall;
    count += 1;
  }
  return sum / count;
}

/** The content scripts registered with chrome.scripting: id and match patterns. */
export async function registeredScripts() {
  const scripts = await chrome.scripting.getRegisteredContentScripts();
  return scripts.map((s) => ({ id: s.id, matches: s.matches ?? [] }));
}
