// The selected case lives in the address (#case=ID), so a link from the popup opens it.
import { useEffect, useState } from "preact/hooks";

function read(): string | undefined {
  return new URLSearchParams(location.hash.slice(1)).get("case") ?? undefined;
}

export function useSelectedCase(): [string | undefined, (id: string) => void] {
  const [id, setId] = useState(read);
  useEffect(() => {
    const onHash = () => setId(read());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  return [id, (next) => (location.hash = `case=${encodeURIComponent(next)}`)];
}
