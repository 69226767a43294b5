// A small static file server for the task pane's build (used by `npm start` over https and by the
// browser tests over http). It serves the pane's own files and nothing else: not the CLI bundle or
// its source maps beside them in dist/, not a sibling folder whose name starts with the root's.
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';

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

/** What build-taskpane.mjs writes: these files, and what is under these folders (never a .map). */
const PANE_FILES = new Set(['taskpane.html', 'help.html', 'manifest.xml', 'seed.txt', 'communes.md']);
const PANE_FOLDERS = ['taskpane/', 'assets/'];

/**
 * The policy the pane runs under: its own scripts and office.js from Microsoft's CDN; inline
 * styles (Fluent UI's Griffel writes <style> elements); downloads made as blob: URLs; no plugins,
 * no other origin to send data to. Office on the web frames the pane, so no frame-ancestors.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Whether a path relative to the root (with '/' separators) is one of the pane's files. */
export function isPaneFile(rel) {
  if (rel.endsWith('.map')) return false;
  return PANE_FILES.has(rel) || PANE_FOLDERS.some((f) => rel.startsWith(f) && !rel.slice(f.length).split('/').includes('..'));
}

/** A request handler serving the pane's files under `root`; never a path outside it. */
export function staticHandler(root) {
  const base = resolve(root);
  const answer = (res, status, text) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' });
    res.end(text);
  };
  return (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // '%E0%A4%A' and the like: a bad request, answered; the server keeps running.
      return answer(res, 400, 'bad request');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'method not allowed');
    if (path.includes('\0')) return answer(res, 400, 'bad request');
    const file = resolve(join(base, path === '/' ? 'taskpane.html' : path));
    // Inside the root with a separator ('dist-old/' is not inside 'dist'), links resolved, and one of the pane's files.
    let real;
    try {
      real = realpathSync(file);
    } catch {
      return answer(res, 404, 'not found');
    }
    const realBase = realpathSync(base);
    const rel = relative(realBase, real).split(sep).join('/');
    if (!(real.startsWith(realBase + sep)) || !isPaneFile(rel) || !statSync(real).isFile()) return answer(res, 404, 'not found');
    res.writeHead(200, {
      'content-type': TYPES[extname(real)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(real).on('error', () => res.destroy()).pipe(res);
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
