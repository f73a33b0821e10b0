import type { TypedDocumentString } from '../lib/api/generated.ts';

/** The admin token lives for the browser tab only, and never in the address bar. */
const TOKEN_KEY = 'cohort-admin-token';

export function savedToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function saveToken(token: string): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** A refusal or failure, with the server's code (UNAUTHENTICATED, WRITES_DISABLED, BAD_USER_INPUT…). */
export class AdminError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'AdminError';
    this.code = code;
  }
}

/** What a page says when a write fails: a refused token gets its remedy, the rest their own words. */
export function problemText(error: unknown, fallback: string): string {
  if (error instanceof AdminError && error.code === 'UNAUTHENTICATED') {
    return 'The server refused the admin token: enter the one it was started with.';
  }
  return error instanceof Error ? error.message : fallback;
}

interface GraphQLBody<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function send<R>(init: RequestInit): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', init);
  } catch {
    throw new AdminError('OFFLINE', 'Cannot reach the Cohort server. Check that it is running, then retry.');
  }
  const text = await response.text();
  let body: GraphQLBody<R> = {};
  try {
    body = text ? (JSON.parse(text) as GraphQLBody<R>) : {};
  } catch {
    // A refusal before GraphQL (a body too large) answers in plain text.
  }
  const error = body.errors?.[0];
  if (response.status === 413) throw new AdminError('TOO_LARGE', 'The files are larger than the server takes.');
  if (error || !body.data) {
    const code = error?.extensions?.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'SERVER');
    throw new AdminError(code, error?.message ?? `The server answered ${response.status}.`);
  }
  return body.data;
}

const authorization = (): Record<string, string> => {
  const token = savedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
};

/** A JSON request carrying the admin token. */
export function adminRequest<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  return send<R>({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization() },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
}

export interface PickedFile {
  file: File;
  /** The path within a picked folder (`export/Positions.csv`), or the file's name. */
  path: string;
}

/**
 * A GraphQL multipart request: the operation with null where each file goes, the map of form
 * fields to those places, then the files. Multipart parsers keep only a file's base name, so a
 * folder's layout travels in the `paths` variable. The CSRF header marks it as no plain form post.
 */
export function uploadRequest<R, V extends { files: File | File[] }>(
  document: TypedDocumentString<R, V>,
  picked: PickedFile[],
  variables: Omit<V, 'files' | 'paths'>,
): Promise<R> {
  const form = new FormData();
  const paths = picked.map((p) => p.path);
  form.append(
    'operations',
    JSON.stringify({ query: document.toString(), variables: { ...variables, files: picked.map(() => null), paths } }),
  );
  form.append('map', JSON.stringify(Object.fromEntries(picked.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  picked.forEach((p, i) => form.append(String(i), p.file, p.file.name));
  return send<R>({ method: 'POST', headers: { 'x-graphql-yoga-csrf': '1', ...authorization() }, body: form });
}
