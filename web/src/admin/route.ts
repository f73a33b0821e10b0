/** The Import and Review pages live behind the address's hash, so the explorer's own address state stays its own. */
export type AdminPage = 'import' | 'review';

export function adminPage(hash: string): AdminPage | null {
  return hash === '#import' || hash === '#review' ? (hash.slice(1) as AdminPage) : null;
}
