// A list that renders only the rows near what is on screen, so a case of 10,000 events opens at once.
// Rows may differ in height: each is measured once shown; rows not yet seen count at an estimate. The
// scrolling box is focusable, so the keyboard scrolls it (arrows, Page Up/Down, Home/End).
import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";

export interface VirtualListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  renderItem: (item: T, index: number) => ComponentChildren;
  estimate: number;
  /** The list's name. */
  label: string;
  /** The scrolling box's name. */
  regionLabel: string;
  /** Rows rendered beyond the edges of the box, in pixels. */
  overscan?: number;
  /** When set, the row with this key is scrolled into view and focused. */
  reveal?: { key: string; nonce: number } | undefined;
  className?: string;
}

/** Index of the first row whose bottom is below `y` (offsets are the tops, ascending). */
function firstBelow(offsets: Float64Array, heights: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid]! + heights[mid]! <= y) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low);
}

export function VirtualList<T>({ items, keyOf, renderItem, estimate, label, regionLabel, overscan = 600, reveal, className }: VirtualListProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const measured = useRef(new Map<string, number>());
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);
  const [version, setVersion] = useState(0);

  const keys = useMemo(() => items.map(keyOf), [items, keyOf]);
  const { offsets, heights, total } = useMemo(() => {
    const h = new Float64Array(keys.length);
    const o = new Float64Array(keys.length);
    let y = 0;
    keys.forEach((key, i) => {
      h[i] = measured.current.get(key) ?? estimate;
      o[i] = y;
      y += h[i]!;
    });
    return { offsets: o, heights: h, total: y };
    // `version` changes when a row's measured height does.
  }, [keys, estimate, version]);

  const start = keys.length === 0 ? 0 : firstBelow(offsets, heights, Math.max(0, scrollTop - overscan));
  let end = start;
  while (end < keys.length && offsets[end]! < scrollTop + viewport + overscan) end += 1;

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    setViewport(element.clientHeight || 800);
    let changed = false;
    for (const row of Array.from(element.querySelectorAll<HTMLElement>("[data-row-key]"))) {
      const key = row.dataset.rowKey ?? "";
      const height = row.offsetHeight;
      if (height > 0 && measured.current.get(key) !== height) {
        measured.current.set(key, height);
        changed = true;
      }
    }
    if (changed) setVersion((v) => v + 1);
  });

  // A taller window shows more rows: follow the box's size, not only its scrolling.
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || 800));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback(() => {
    const element = box.current;
    if (element) requestAnimationFrame(() => setScrollTop(element.scrollTop));
  }, []);

  const revealed = useRef<number>();
  useEffect(() => {
    if (!reveal || !box.current || revealed.current === reveal.nonce) return;
    const index = keys.indexOf(reveal.key);
    // Not among the rows yet (a filter is being lifted): tried again when the rows change.
    if (index < 0) return;
    revealed.current = reveal.nonce;
    box.current.scrollTop = offsets[index]!;
    setScrollTop(offsets[index]!);
    // Focus once the row is rendered at its place.
    requestAnimationFrame(() => box.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(reveal.key)}"]`)?.focus());
  }, [reveal?.nonce, keys]);

  return (
    <div ref={box} class={`virtual-box ${className ?? ""}`} tabIndex={0} role="region" aria-label={regionLabel} onScroll={onScroll}>
      <div style={{ height: `${offsets[start] ?? 0}px` }} aria-hidden="true" />
      <ol class="virtual-rows" aria-label={label}>
        {items.slice(start, end).map((item, i) => {
          const index = start + i;
          return (
            <li key={keys[index]} data-row-key={keys[index]} tabIndex={-1} aria-posinset={index + 1} aria-setsize={items.length}>
              {renderItem(item, index)}
            </li>
          );
        })}
      </ol>
      <div style={{ height: `${Math.max(0, total - (end < keys.length ? offsets[end]! : total))}px` }} aria-hidden="true" />
    </div>
  );
}
