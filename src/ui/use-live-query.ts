// Preact binding for dexie's liveQuery: the view follows the database as it changes.
import { liveQuery } from "dexie";
import { useEffect, useState } from "preact/hooks";

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error })),
    });
    return () => subscription.unsubscribe();
    // The caller names the inputs of its query in `deps`.
  }, deps);
  return state;
}
