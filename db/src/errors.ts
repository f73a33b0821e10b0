/** A failure the user can act on: `message` says what happened and what to do. */
export class LauncherError extends Error {
  override name = 'LauncherError';
}
