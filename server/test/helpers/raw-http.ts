import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

/**
 * One HTTP request with the path sent exactly as given (fetch would normalise `..` and some
 * escapes away), any method, and a body of any bytes.
 */
export function rawRequest(
  base: string,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
        // A fresh connection each time: a server that closes one must not fail the next request.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The hardening headers every response carries, whatever it answers. */
export const SECURITY_HEADERS = [
  'content-security-policy',
  'x-frame-options',
  'referrer-policy',
  'x-content-type-options',
] as const;

export function missingSecurityHeaders(response: RawResponse): string[] {
  const csp = String(response.headers['content-security-policy'] ?? '');
  const missing: string[] = SECURITY_HEADERS.filter((name) => !response.headers[name]);
  if (csp && !csp.includes("frame-ancestors 'none'")) missing.push("frame-ancestors 'none'");
  if (response.headers['x-frame-options'] && response.headers['x-frame-options'] !== 'DENY') missing.push('DENY');
  return missing;
}
