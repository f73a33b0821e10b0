import { statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

type Handler = ReturnType<typeof sirv>;

/** Vite names files under /assets/ by their content, so a cached copy is never stale. */
const HASHED = 'public, max-age=31536000, immutable';

/**
 * Serves the built client with sirv: ETag and 304, a .br or .gz sibling when the browser takes
 * it, hashed assets cached for good and everything else revalidated. Unknown paths a browser
 * navigates to get index.html, so deep links such as /?focus=person:chaopeng-zhang load the
 * app; an unknown file that is not a page (a stale asset) gets 404, not HTML.
 *
 * sirv reads the folder once and then serves only the files it listed, which is also what keeps
 * `..` and encoded separators out. A rebuild rewrites index.html, and a new listing is made then.
 */
export function staticFiles(root: string) {
  let current: { built: number; serve: Handler } | undefined;

  return function serveStatic(req: IncomingMessage, res: ServerResponse): void {
    const built = statSync(path.join(root, 'index.html'), { throwIfNoEntry: false })?.mtimeMs;
    if (built === undefined) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The web client is not built. `npm start` builds it; or run `npm run build`.\n');
      return;
    }
    if (current?.built !== built) current = { built, serve: listing(root) };
    const { serve } = current;
    // sirv reads a reversed range ("bytes=9-2") into a stream that throws; the client needs no ranges.
    delete req.headers.range;
    serve(req, res, () => {
      if (!wantsPage(req)) return notFound(res);
      req.url = '/';
      serve(req, res, () => notFound(res));
    });
  };
}

function listing(root: string): Handler {
  return sirv(root, {
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    setHeaders: (res, pathname) =>
      res.setHeader('cache-control', pathname.startsWith('/assets/') ? HASHED : 'no-cache'),
  });
}

/** A browser navigating (not fetching a script or an image) asks for HTML. */
function wantsPage(req: IncomingMessage): boolean {
  const url = req.url ?? '/';
  return !url.startsWith('/assets/') && (req.headers.accept ?? '').includes('text/html');
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
  res.end('Not found.\n');
}
