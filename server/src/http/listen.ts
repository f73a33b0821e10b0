import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The port could not be bound; the message says which and why. */
export class ListenError extends Error {
  override name = 'ListenError';
}

export interface Listening {
  /** `http://host:port`, with the port actually bound (useful when asked for port 0). */
  url: string;
  /** Stops accepting connections and drops open ones; resolves once the server is closed. */
  close(): Promise<void>;
}

/**
 * Serves the app's handler over HTTP. A handler that throws answers 500 without detail; the
 * failure's name goes to the log. Rejects with a clear message when the port cannot be bound.
 */
export function listen(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  address: { host: string; port: number },
  logError: (line: string) => void = console.error,
): Promise<Listening> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logError(`Request failed: ${(error as Error).name}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }));
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? `port ${address.port} is already in use (set PORT)` : error.message;
      reject(new ListenError(`Cannot listen on ${address.host}:${address.port}: ${reason}.`));
    });
    server.listen(address.port, address.host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://${address.host}:${port}`, close });
    });
  });
}
