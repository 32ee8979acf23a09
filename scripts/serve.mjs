// Serves a built bundle on loopback the way a production server should: each file's brotli or
// gzip copy (written by scripts/post-build.mjs) when the browser accepts it, with
// `Vary: Accept-Encoding`, and the plain file otherwise.
// Usage: node scripts/serve.mjs [DIST] [PORT]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
};

const exists = (f) => stat(f).then((s) => s.isFile(), () => false);

/** Serves `dist` on 127.0.0.1:`port` (0: any free port); resolves to { origin, close }. */
export async function serveDist(dist, port = 0) {
  const root = normalize(dist);
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (!file.startsWith(root) || !(await exists(file))) throw new Error('not found');
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'Accept-Encoding' };
      let body = file;
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (new RegExp(`\\b${enc}\\b`).test(accepts) && (await exists(file + ext))) {
          headers['content-encoding'] = enc;
          body = file + ext;
          break;
        }
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : await readFile(body));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const { origin } = await serveDist(dist, Number(process.argv[3] ?? 8080));
  console.log(`serving ${dist} on ${origin}/ (brotli and gzip copies when accepted)`);
}
