import { redactEmails } from '../../checks/email.ts';
import { findPhoneNumber } from '../../checks/phone.ts';
import type { Identifiers } from '../../records/model.ts';

/** Whitespace as a name or title means it: line breaks of the XML and runs of spaces are one space. */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * DBLP tells homonyms apart by a four-digit number after the name (`Wei Wang 0001`). The
 * number belongs to the identifier, not to the name people read.
 */
export function withoutHomonymNumber(dblpName: string): string {
  return dblpName.replace(/\s+\d{4}$/, '');
}

const ORCID = /^(?:https?:\/\/(?:www\.)?orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\/?$/i;

export function orcidOf(value: string | undefined): string | undefined {
  const match = value === undefined ? null : ORCID.exec(value.trim());
  return match?.[1]?.toUpperCase();
}

// doi.acm.org was ACM's own DOI resolver; older DBLP records link through it.
const DOI_LINK = /^https?:\/\/(?:dx\.|www\.)?doi\.(?:org|acm\.org)\/(10\.\d{4,9}\/\S+)$/i;
const WIKIDATA_LINK = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:wiki|entity)\/(Q\d+)\/?$/i;
const ISNI_LINK = /^https?:\/\/(?:www\.)?isni\.org\/isni\/(\d{15}[\dX])\/?$/i;
const SCOPUS_LINK = /^https?:\/\/(?:www\.)?scopus\.com\/authid\/detail\.uri\?authorId=(\d+)/i;

/** The DOI and Wikidata item among a publication's `<ee>` links; the first of each counts. */
export function publicationIds(links: string[]): Identifiers {
  const ids: Identifiers = {};
  for (const link of links) {
    const doi = DOI_LINK.exec(link)?.[1];
    if (doi && !ids.doi) ids.doi = decodeDoi(doi);
    const wikidata = WIKIDATA_LINK.exec(link)?.[1];
    if (wikidata && !ids.wikidata) ids.wikidata = wikidata.toUpperCase();
  }
  return ids;
}

function decodeDoi(path: string): string {
  try {
    return decodeURIComponent(path).toLowerCase();
  } catch {
    return path.toLowerCase();
  }
}

// Profiles and catalogues a person record links to besides a homepage: they identify the
// person elsewhere but are not the person's own page.
const PROFILE_HOSTS =
  /(?:^|\.)(?:orcid\.org|wikidata\.org|wikipedia\.org|scholar\.google\.[a-z.]+|dl\.acm\.org|acm\.org|zbmath\.org|mathgenealogy\.org|genealogy\.math\.ndsu\.nodak\.edu|twitter\.com|x\.com|linkedin\.com|researchgate\.net|researcherid\.com|webofscience\.com|publons\.com|d-nb\.info|viaf\.org|isni\.org|scopus\.com|ams\.org|loc\.gov|github\.com|semanticscholar\.org|openreview\.net|dblp\.org|dblp\.uni-trier\.de|ieee\.org|idref\.fr|bnf\.fr|mastodon\.social|bsky\.app|facebook\.com|youtube\.com)$/i;

/** Identifiers and the homepage among a person record's `<url>` links. */
export function personLinks(links: string[]): { ids: Identifiers; homepage?: string } {
  const ids: Identifiers = {};
  let homepage: string | undefined;
  for (const link of links) {
    ids.orcid ??= orcidOf(link);
    ids.wikidata ??= WIKIDATA_LINK.exec(link)?.[1]?.toUpperCase();
    ids.isni ??= ISNI_LINK.exec(link)?.[1]?.toUpperCase();
    ids.scopus ??= SCOPUS_LINK.exec(link)?.[1];
    if (homepage === undefined && isOwnPage(link)) homepage = link;
  }
  for (const key of Object.keys(ids) as (keyof Identifiers)[]) if (ids[key] === undefined) delete ids[key];
  return { ids, homepage };
}

function isOwnPage(link: string): boolean {
  try {
    const url = new URL(link);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !PROFILE_HOSTS.test(url.hostname);
  } catch {
    return false;
  }
}

/**
 * A snippet with e-mail addresses and phone-shaped runs taken out. DBLP records carry
 * neither, but a snippet is shown to users, so it is never trusted to be free of them.
 */
export function safeSnippet(raw: string): string {
  // Both checks are costly next to parsing; a snippet without `@` or seven digits passes both.
  let text = raw.includes('@') ? redactEmails(raw) : raw;
  if (digitCount(text) < 7) return text;
  for (let phone = findPhoneNumber(text); phone !== undefined; phone = findPhoneNumber(text)) {
    const next = text.replace(phone, '[phone]');
    if (next === text) return '';
    text = next;
  }
  return text;
}

function digitCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count += 1;
  }
  return count;
}
