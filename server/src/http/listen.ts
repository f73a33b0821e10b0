import { createServer, IncomingMessage, ServerResponse, STATUS_CODES } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import { setSecurityHeaders } from './security-headers.ts';

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
  const responding = new WeakMap<Socket, ServerResponse>();
  const server = createServer((req, res) => {
    responding.set(req.socket, res);
    handle(req, res).catch((error: unknown) => {
      logError(`Request failed: ${(error as Error).name}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // Node answers a request it cannot parse (an unknown method, oversized headers) by itself,
  // without the hardening headers every other answer carries.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // An answer already under way on this connection would be corrupted by one more, and after
    // one that closed the connection (a refused body still arriving) the client expects nothing.
    const current = responding.get(socket);
    const midAnswer = current !== undefined && current.headersSent && !current.writableFinished;
    const closing = current !== undefined && current.headersSent && !current.shouldKeepAlive;
    if (socket.writable && !midAnswer && !closing && error.code !== 'ECONNRESET') {
      socket.write(rawAnswer(CLIENT_ERROR_STATUS[error.code ?? ''] ?? 400));
    }
    socket.destroy();
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

const CLIENT_ERROR_STATUS: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/** The security headers as setSecurityHeaders sets them, taken from a response never sent. */
const SECURITY_HEADER_LINES = (() => {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  setSecurityHeaders(res);
  return Object.entries(res.getHeaders()).map(([name, value]) => `${name}: ${String(value)}\r\n`);
})();

function rawAnswer(status: number): string {
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n`, 'connection: close\r\n', 'content-length: 0\r\n'];
  return [...head, ...SECURITY_HEADER_LINES, '\r\n'].join('');
}
