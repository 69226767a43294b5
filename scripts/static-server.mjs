// A small static file server for dist/ (used by `npm start` over https and by the browser tests over http).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A request handler serving files under `root`; never a path outside it. */
export function staticHandler(root) {
  const base = resolve(root);
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path === '/' ? 'taskpane.html' : path));
    if (!file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  };
}

// As a process: `node scripts/static-server.mjs <root> [port]` serves over http on 127.0.0.1 and
// prints the port (the browser tests use it; 0 picks a free port).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { createServer } = await import('node:http');
  const [root = 'dist', port = '0'] = process.argv.slice(2);
  const server = createServer(staticHandler(root)).listen(Number(port), '127.0.0.1', () => {
    console.log(`PORT ${server.address().port}`);
  });
}
