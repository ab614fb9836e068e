export function findBrowser(name: "chromium" | "firefox"): string | undefined;
export function ensureBrowsers(names?: Array<"chromium" | "firefox">): Record<string, string>;
export const CHROMIUM_QUIET_FLAGS: string[];
