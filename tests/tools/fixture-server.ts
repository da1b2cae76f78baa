import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = resolve(import.meta.dirname, '../fixtures/pages');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A static server for tests/fixtures/pages on 127.0.0.1 (content scripts only
 * run on http(s) pages, not file://). `?body=...` is not supported on
 * purpose: tests write the pages they need as files.
 * Pages can also be registered in memory with `serve(path, html)`.
 */
export async function startFixtureServer(port = 0) {
  const extra = new Map<string, string>();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inMemory = extra.get(path);
    if (inMemory !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      res.end(inMemory);
      return;
    }
    const file = normalize(join(ROOT, path === '/' ? 'index.html' : path));
    if (!file.startsWith(ROOT)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    serve: (path: string, html: string) => extra.set(path, html),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
