import type { SearchQuery } from '../lib/api/generated.ts';
import { appearanceOf } from '../lib/kinds.ts';

export type SearchResult = SearchQuery['search']['items'][number];

function years({ from, to }: { from: number; to: number }): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * A few words that tell a result from its namesakes: for a person, where they were last, the
 * years the sources cover and how many co-authors they have ("Researcher, Megvii · 2014–2023 ·
 * 12 co-authors"); for others, their kind and place or year.
 */
export function factsOf(result: SearchResult): string[] {
  if ('coauthorCount' in result) {
    const latest = result.latestAffiliation;
    const what = latest && (latest.role ?? latest.degree ?? (latest.relation === 'STUDIED_AT' ? 'Student' : null));
    const count = result.coauthorCount;
    return [
      latest ? [what, latest.organization.name].filter(Boolean).join(', ') : null,
      result.activeYears ? years(result.activeYears) : null,
      count > 0 ? `${count} co-author${count === 1 ? '' : 's'}` : null,
    ].filter((fact): fact is string => fact !== null);
  }
  if ('orgKind' in result) return [appearanceOf(result).label, result.location].filter((f): f is string => !!f);
  if ('year' in result && result.year) return [String(result.year)];
  return [];
}

/** The source's own one-line summary of a person, unless it only repeats their latest affiliation. */
export function headlineOf(result: SearchResult): string | null {
  if (!('headline' in result) || !result.headline) return null;
  const latest = result.latestAffiliation;
  const what = latest?.role ?? latest?.degree;
  const repeats =
    latest && what && result.headline.includes(what) && result.headline.includes(latest.organization.name);
  return repeats ? null : result.headline;
}
