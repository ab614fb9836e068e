// Imported first by every extension context: zod must not compile validators with `new Function`,
// which extension pages' CSP forbids and store linters flag.
import { z } from "zod";

z.config({ jitless: true });
