import type { ServerResponse } from 'node:http';

/** Joins CSP directives, given as name → sources, into a header value. */
function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** What every page may do, the explorer included: nothing from another origin, nothing framing it. */
const BASE: Record<string, string[]> = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The explorer's policy, checked in Chromium against the built client: it has no inline script;
 * Svelte's `style:` directives become inline styles, and the graph draws its node icons from
 * data: SVG images, so those two are allowed.
 */
export const APP_CSP = policy({
  ...BASE,
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
});

/**
 * Sets the browser hardening headers on a response before anything else writes to it. Headers
 * set here survive a later writeHead (Yoga's, sirv's) unless it names the same header, which
 * is how the GraphiQL page gets a policy of its own.
 */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', APP_CSP);
  // For browsers that predate frame-ancestors.
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-content-type-options', 'nosniff');
}

/**
 * GraphiQL's policy, each source found needed in Chromium: the page's one inline script (by
 * hash), Monaco's workers (blob: URLs), inline styles, fonts and favicon as data: URLs, and
 * the API itself.
 */
export function graphiqlPolicy(scriptHash: string): string {
  return policy({
    ...BASE,
    'default-src': ["'none'"],
    'script-src': [`'sha256-${scriptHash}'`],
    'worker-src': ['blob:'],
    'style-src': ["'unsafe-inline'"],
    'img-src': ['data:'],
    'font-src': ['data:'],
    'connect-src': ["'self'"],
  });
}
