// A plain static server for the built app, mounted under a sub-path (as on a shared
// static host) to prove that relative URLs, the manifest scope and the service
// worker all work there. No rewrites: every screen is a hash route.
import { createServer, request } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Passes a request on to `target` (the CouchDB server behind the same origin). */
function forward(req, res, target, prefix) {
  const url = new URL(req.url.slice(prefix.length - 1), target);
  const upstream = request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

/** Serves `root` at `http://127.0.0.1:<port><base>`, and `couch.prefix` from
 * `couch.target` (as a reverse proxy puts CouchDB under the app's origin); with `gzip`,
 * compressed (level 9) to a browser that accepts it, as a static host serves it;
 * resolves to { url, close }. */
export function serve(root, { base = '/bakti/', port = 0, couch, gzip = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    if (couch && req.url.startsWith(couch.prefix)) {
      forward(req, res, couch.target, couch.prefix);
      return;
    }
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
        body = compressed.get(file);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolve({ url: `http://127.0.0.1:${bound}${base}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] && process.argv[1].endsWith('server.mjs')) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  serve(root, { port }).then(({ url }) => console.log(`serving ${root} at ${url}`));
}
