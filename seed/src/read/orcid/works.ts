import type { EntityRecord, ImportRecord } from '../../records/model.ts';
import { orcidDate } from './affiliations.ts';
import { type Json, list, obj, snippet, storable, text } from './json.ts';

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i;

/** ORCID work types (3.0 spells them `journal-article`, 2.x `JOURNAL_ARTICLE`) by the graph's kinds. */
const PUB_KIND: Record<string, string> = {
  'journal-article': 'paper',
  'conference-paper': 'paper',
  'book-chapter': 'paper',
  review: 'paper',
  patent: 'patent',
  dissertation: 'thesis',
  'dissertation-thesis': 'thesis',
  preprint: 'manuscript',
  'working-paper': 'manuscript',
};

function doiOf(externalIds: unknown): string | undefined {
  for (const id of list(obj(externalIds)?.['external-id'])) {
    const entry = obj(id);
    if (text(entry?.['external-id-type'])?.toLowerCase() !== 'doi') continue;
    // A `part-of` DOI names the book or proceedings the work sits in, not the work.
    if (text(entry?.['external-id-relationship'])?.toLowerCase() === 'part-of') continue;
    const doi = text(entry?.['external-id-value'])?.replace(DOI_PREFIX, '').toLowerCase();
    if (doi?.startsWith('10.')) return doi;
  }
  return undefined;
}

/**
 * ORCID shows the summary with the highest display index as the group's preferred version;
 * when they tie (or carry none), the first one listed.
 */
function preferredSummary(summaries: unknown[]): [Json, number] | undefined {
  let best: [Json, number] | undefined;
  let bestIndex = -Infinity;
  summaries.forEach((candidate, i) => {
    const summary = obj(candidate);
    if (!summary) return;
    const index = Number(text(summary['display-index']) ?? 0);
    const rank = Number.isFinite(index) ? index : 0;
    if (best === undefined || rank > bestIndex) {
      best = [summary, i];
      bestIndex = rank;
    }
  });
  return best;
}

/**
 * One work group is one publication, however many sources (the author, Crossref, Scopus…)
 * list it: ORCID itself grouped them by their shared identifiers.
 */
export function workRecords(group: unknown, g: number, personRef: string, file: string): ImportRecord[] {
  const base = `/activities-summary/works/group/${g}`;
  const summaries = list(obj(group)?.['work-summary']);
  const preferred = preferredSummary(summaries);
  if (!preferred) return [{ type: 'skipped', file, locator: base, reason: 'this work group lists no work' }];
  const [summary, s] = preferred;
  const locator = `${base}/work-summary/${s}`;
  const warnings: string[] = [];
  const title = storable(text(obj(obj(summary.title)?.title)?.value), 'title', warnings);
  if (!title) return [{ type: 'skipped', file, locator, reason: 'this work has no title' }];

  const published = orcidDate(summary['publication-date']);
  const year = published.date ? Number(published.date.slice(0, 4)) : undefined;
  if (published.warning) warnings.push(`publication date: ${published.warning}`);
  const doi = doiOf(obj(group)?.['external-ids']) ?? doiOf(summary['external-ids']);
  const type = text(summary.type)?.toLowerCase().replace(/_/g, '-');
  const details: EntityRecord['details'] = {};
  if (type && PUB_KIND[type]) details.pubKind = PUB_KIND[type];
  if (year !== undefined) details.year = year;

  const evidence = { file, locator, snippet: snippet([title, published.date]) };
  const publication: EntityRecord = { type: 'entity', ref: `work:${base}`, kind: 'PUBLICATION', name: title, evidence };
  if (doi) publication.ids = { doi };
  if (Object.keys(details).length > 0) publication.details = details;
  if (warnings.length > 0) publication.warnings = warnings;
  return [publication, { type: 'relation', kind: 'AUTHORED', from: personRef, to: publication.ref, evidence }];
}
