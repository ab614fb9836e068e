// Serves bench/fixtures on loopback, plus a POST sink that answers at once, so a form sent by
// script costs the bench as little as possible. Answers on 127.0.0.1 and localhost alike.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("./fixtures/", import.meta.url));
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

export async function startBenchServer() {
  let posts = 0;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://bench");
    if (req.method === "POST") {
      for await (const _chunk of req) void _chunk;
      posts += 1;
      res.writeHead(204).end();
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = await readFile(join(ROOT, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" }).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    /** How many forms reached the sink so far. */
    posts: () => posts,
    url: (host, path) => `http://${host}:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
