// Rebuilds the chain that events' links describe, by index only (no hashing, no findings):
// which copies to ignore, where the links fork, which events form the chain and in what order,
// where it has gaps, and which events hang off it. chain.ts explains the algorithm and turns
// this shape into findings.

/** What the shape needs to know of each event, in stored order. */
export interface ChainLinkInfo {
  /** The `hash` field as stored; null for unsealed events, which are left out. */
  storedHash: string | null;
  /** The hash recomputed from the content; null when the content is not canonical JSON. */
  computedHash: string | null;
  previousHash: string | null;
}

export interface ChainShape {
  /** Events with the same content: the one kept and the copies set aside. */
  copies: Array<{ kept: number; copies: number[] }>;
  /** Predecessors claimed by more than one event (null, null: the genesis; null, hash: a missing event). */
  forks: Array<{ predecessor: number | null; predecessorHash: string | null; successors: number[] }>;
  /** The rebuilt chain: the genesis segment, then the segments after gaps in stored order. */
  line: number[];
  /** The first event of each segment after a gap, and the hash it follows that no event has. */
  gaps: Array<{ first: number; missingHash: string }>;
  /** Events off the chain: side branches of forks, and segments stored where the chain skips them. */
  offLine: number[];
}

interface Segment {
  nodes: number[];
  missingHash: string;
}

const GENESIS = "genesis";
const eventKey = (i: number): string => `event:${i}`;
const missingKey = (hash: string): string => `missing:${hash}`;

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function chainShape(events: readonly ChainLinkInfo[]): ChainShape {
  const info = (i: number): ChainLinkInfo => {
    const event = events[i];
    if (event === undefined) throw new RangeError(`no event at ${i}`);
    return event;
  };

  // Copies: keep the one stored right after its predecessor (where the original sits), else the
  // first, so that a copy stored elsewhere is not read as a reordering.
  const groups = new Map<string, number[]>();
  events.forEach((e, i) => {
    if (e.storedHash !== null) append(groups, e.computedHash ?? `stored:${e.storedHash}`, i);
  });
  const inPlace = (i: number): boolean => {
    const previous = info(i).previousHash;
    if (previous === null) return i === 0;
    return i > 0 && (info(i - 1).storedHash === previous || info(i - 1).computedHash === previous);
  };
  const copies: ChainShape["copies"] = [];
  const nodes: number[] = [];
  for (const group of groups.values()) {
    const kept = group.find(inPlace) ?? (group[0] as number);
    nodes.push(kept);
    if (group.length > 1) copies.push({ kept, copies: group.filter((i) => i !== kept) });
  }
  nodes.sort((a, b) => a - b);

  // Links: by recomputed hash first (an event whose `hash` field alone was edited is still found
  // by its content), then by stored hash (a changed event still stands where its old hash says).
  const byHash = new Map<string, number>();
  for (const i of nodes) {
    const computed = info(i).computedHash;
    if (computed !== null && !byHash.has(computed)) byHash.set(computed, i);
  }
  for (const i of nodes) {
    const stored = info(i).storedHash as string;
    if (!byHash.has(stored)) byHash.set(stored, i);
  }
  const parentOf = new Map<number, number>();
  const children = new Map<string, number[]>();
  const missingRoots: number[] = [];
  for (const i of nodes) {
    const previous = info(i).previousHash;
    const j = previous === null ? undefined : byHash.get(previous);
    if (previous === null) append(children, GENESIS, i);
    else if (j !== undefined && j !== i) {
      parentOf.set(i, j);
      append(children, eventKey(j), i);
    } else {
      missingRoots.push(i);
      append(children, missingKey(previous), i);
    }
  }
  const childrenOf = (i: number): number[] => children.get(eventKey(i)) ?? [];

  const forks: ChainShape["forks"] = [];
  for (const [key, successors] of children) {
    if (successors.length < 2) continue;
    if (key === GENESIS) forks.push({ predecessor: null, predecessorHash: null, successors });
    else if (key.startsWith("missing:")) {
      forks.push({ predecessor: null, predecessorHash: key.slice("missing:".length), successors });
    } else {
      const j = Number(key.slice("event:".length));
      forks.push({ predecessor: j, predecessorHash: info(j).storedHash, successors });
    }
  }
  forks.sort((a, b) => (a.successors[0] ?? 0) - (b.successors[0] ?? 0));

  // Sizes of the trees below each root. Loops (only changed events can make them) have no root:
  // the first stored event of one is measured as a root, as if its link were missing.
  const size = new Map<number, number>();
  const measure = (root: number): void => {
    const stack: Array<{ node: number; expanded: boolean }> = [{ node: root, expanded: false }];
    const entered = new Set<number>([root]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: number; expanded: boolean };
      const below = childrenOf(top.node).filter((c) => !size.has(c) && !entered.has(c));
      if (!top.expanded && below.length > 0) {
        top.expanded = true;
        for (const c of below) {
          entered.add(c);
          stack.push({ node: c, expanded: false });
        }
        continue;
      }
      stack.pop();
      size.set(top.node, 1 + childrenOf(top.node).reduce((sum, c) => sum + (size.get(c) ?? 0), 0));
    }
  };
  nodes.filter((i) => !parentOf.has(i)).forEach(measure);
  const loopRoots: number[] = [];
  for (const i of nodes) {
    if (size.has(i)) continue;
    loopRoots.push(i);
    measure(i);
  }

  // Which successor carries the chain on: the one with the most events after it; on a tie the
  // one stored first after its predecessor (where an honest store puts it), else the first stored.
  const better = (after: number, a: number, b: number): boolean => {
    const sizeA = size.get(a) ?? 0;
    const sizeB = size.get(b) ?? 0;
    if (sizeA !== sizeB) return sizeA > sizeB;
    if (a > after !== b > after) return a > after;
    return a < b;
  };
  const primary = (after: number, candidates: readonly number[]): number | undefined =>
    candidates.reduce<number | undefined>((best, c) => (best === undefined || better(after, c, best) ? c : best), undefined);

  const placed = new Set<number>();
  const offLine: number[] = [];
  const setAside = (branch: number): void => {
    const stack = [branch];
    while (stack.length > 0) {
      const node = stack.pop() as number;
      if (placed.has(node)) continue;
      placed.add(node);
      offLine.push(node);
      stack.push(...childrenOf(node));
    }
  };
  const trunk = (root: number): number[] => {
    const line = [root];
    placed.add(root);
    for (let current = root; ; ) {
      const open = childrenOf(current).filter((c) => !placed.has(c));
      const next = primary(current, open);
      if (next === undefined) break;
      for (const c of open) if (c !== next) setAside(c);
      line.push(next);
      placed.add(next);
      current = next;
    }
    return line;
  };

  const genesisRoots = children.get(GENESIS) ?? [];
  const mainRoot = primary(-1, genesisRoots);
  for (const g of genesisRoots) if (g !== mainRoot) setAside(g);
  const main = mainRoot === undefined ? undefined : trunk(mainRoot);
  const further: Segment[] = [];
  for (const root of [...missingRoots, ...loopRoots].sort((a, b) => a - b)) {
    if (!placed.has(root)) further.push({ nodes: trunk(root), missingHash: info(root).previousHash ?? "" });
  }

  // A further segment is an insertion, not the chain going on after a gap, when it is stored inside
  // a link of another segment (the chain skips it) or before the genesis (nothing precedes it).
  const links: Array<{ from: number; to: number; nodes: number[] }> = [];
  for (const nodesOfSegment of [...(main ? [main] : []), ...further.map((s) => s.nodes)]) {
    nodesOfSegment.slice(1).forEach((to, k) => links.push({ from: nodesOfSegment[k] as number, to, nodes: nodesOfSegment }));
  }
  const gaps: ChainShape["gaps"] = [];
  const line = [...(main ?? [])];
  for (const segment of further) {
    const first = segment.nodes[0] as number;
    const skipped = links.some(
      (l) => l.nodes !== segment.nodes && Math.min(l.from, l.to) < first && first < Math.max(l.from, l.to),
    );
    const beforeGenesis = main !== undefined && first < (main[0] as number);
    if (skipped || beforeGenesis) offLine.push(...segment.nodes);
    else {
      gaps.push({ first, missingHash: segment.missingHash });
      line.push(...segment.nodes);
    }
  }

  return { copies, forks, line, gaps, offLine: offLine.sort((a, b) => a - b) };
}
