// The longest strictly increasing subsequence, by patience sorting (O(n log n)). The chain
// verifier uses it to name the fewest events that have to move to restore the chain order.

/** Positions (ascending) of one longest strictly increasing subsequence of `values`. */
export function longestIncreasingPositions(values: readonly number[]): number[] {
  // tails[k]: position of the smallest value that ends an increasing run of length k + 1.
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, position) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const tailValue = values[tails[middle] ?? 0] ?? 0;
      if (tailValue < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[position] = tails[low - 1] as number;
    tails[low] = position;
  });
  const result: number[] = [];
  for (let at = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; at !== -1; at = previous[at] as number) {
    result.push(at);
  }
  return result.reverse();
}
