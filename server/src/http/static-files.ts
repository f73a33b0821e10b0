import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built client. Unknown paths get index.html so deep links such as
 * /?focus=person:chaopeng-zhang or /connect load the app.
 */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The web client is not built. `npm start` builds it; or run `npm run build`.\n');
    return;
  }
  const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const candidate = path.normalize(path.join(root, urlPath));
  const inside = candidate.startsWith(root + path.sep);
  const file = inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : index;
  const hashed = file !== index && urlPath.startsWith('/assets/');
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}
