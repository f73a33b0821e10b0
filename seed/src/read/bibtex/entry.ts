import type { Entry } from '@retorquere/bibtex-parser';
import type { EntityRecord, Evidence, Identifiers, ImportRecord, RelationRecord } from '../../records/model.ts';
import { rawFields, rawNames, snippet, type RawField } from './fields.ts';
import { plainText, readAuthor } from './names.ts';
import { dblpKey, normalizeDoi, pubKind, withoutPhones, yearOf } from './values.ts';

/** Where an entry sits and what was already noticed about it. */
export interface EntryContext {
  file: string;
  /** Counts entries through the file; refs are built from it, since citation keys may repeat. */
  index: number;
  /** The entry's first line. */
  line: number;
  /** The entry a `crossref` names, for quoting the fields inherited from it. */
  parent?: { input: string; line: number; locator: string; fields: Entry['fields'] };
  warnings: string[];
}

const VENUE_FIELDS = ['journal', 'journaltitle', 'booktitle'];

export function locatorOf(type: string, key: string): string {
  return `@${type}{${key}}`;
}

export function entryRecords(entry: Entry, ctx: EntryContext): ImportRecord[] {
  const locator = locatorOf(entry.type, entry.key);
  const raw = rawFields(entry.input);
  const fields = entry.fields as Record<string, unknown>;
  const text = (name: string) => (typeof fields[name] === 'string' ? plainText(fields[name]) : '');

  const title = withoutPhones(text('title'));
  if (!title) {
    return [
      { type: 'skipped', file: ctx.file, locator, reason: `${locator} has no title, and a publication is known by it` },
    ];
  }
  const subtitle = withoutPhones(text('subtitle'));
  const name = subtitle ? `${title}${/[:.?!]$/.test(title) ? '' : ':'} ${subtitle}` : title;
  const evidence = (field: RawField | undefined, fallback: string): Evidence => ({
    file: ctx.file,
    locator,
    line: ctx.line,
    snippet: snippet(field?.text ?? fallback),
  });
  const field = (fieldName: string) => raw.find((f) => f.name === fieldName);

  const warnings = [...ctx.warnings];
  const details: Record<string, string | number> = { pubKind: pubKind(entry.type) };
  // The parser leaves the date out of what crossref passes on; BibTeX passes it.
  const parentText = (name: string) => {
    const value = (ctx.parent?.fields as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' ? plainText(value) : '';
  };
  const own = text('year') || text('date');
  const year = own ? yearOf(text('year'), text('date')) : yearOf(parentText('year'), parentText('date'));
  if (year.year !== undefined) details.year = year.year;
  if (year.warning) warnings.push(year.warning);
  const ids: Identifiers = {};
  const doiText = text('doi') || (/doi\.org\//i.test(text('url')) ? text('url') : '');
  if (doiText) {
    const doi = normalizeDoi(doiText);
    if (doi) ids.doi = doi;
    else warnings.push(`doi "${doiText}" is not a DOI; left out`);
  }
  const dblp = dblpKey(text('biburl'), entry.key);
  if (dblp) ids.dblp = dblp;

  const pubRef = `e${ctx.index}`;
  const publication: EntityRecord = {
    type: 'entity',
    ref: pubRef,
    kind: 'PUBLICATION',
    name,
    details,
    evidence: evidence(field('title'), entry.input.split('\n')[0] ?? locator),
  };
  if (subtitle) publication.aliases = [title];
  if (Object.keys(ids).length > 0) publication.ids = ids;
  const records: ImportRecord[] = [publication];

  const authors = Array.isArray(fields.author) ? (fields.author as Parameters<typeof readAuthor>[0][]) : [];
  const authorField = field('author');
  const tokens = authorField ? rawNames(authorField.value) : [];
  const left: string[] = [];
  authors.forEach((creator, i) => {
    const position = i + 1;
    const quote = tokens.length === authors.length ? tokens[i] : undefined;
    for (const author of readAuthor(creator)) {
      if (author.kind === 'more') left.push(author.text);
      else if (author.kind === 'organization')
        warnings.push(`author ${position} "${author.name}" is a group, not a person; left out`);
      else if (author.kind === 'empty') warnings.push(`author ${position} has no name left once its marks are removed`);
      else {
        const ref = `${pubRef}.a${position}`;
        const personEvidence = evidence(authorField, locator);
        if (quote) personEvidence.snippet = snippet(quote);
        const person: EntityRecord = {
          type: 'entity',
          ref,
          kind: 'PERSON',
          name: author.name,
          evidence: personEvidence,
        };
        if (author.orcid) person.ids = { orcid: author.orcid };
        if (author.email) person.email = author.email;
        const authored: RelationRecord = {
          type: 'relation',
          kind: 'AUTHORED',
          from: ref,
          to: pubRef,
          values: { position },
          basis: 'stated',
          evidence: { ...personEvidence },
        };
        records.push(person, authored);
      }
    }
  });
  if (left.length > 0) {
    warnings.push(`the author list is incomplete: "${left.join('", "')}" stands for authors it does not name`);
  }

  const venue = venueOf(entry, raw, ctx, title);
  if (venue) {
    const venueRef = `${pubRef}.venue`;
    records.push(
      { type: 'entity', ref: venueRef, kind: 'VENUE', name: venue.name, evidence: venue.evidence },
      {
        type: 'relation',
        kind: 'PUBLISHED_IN',
        from: pubRef,
        to: venueRef,
        basis: 'stated',
        evidence: { ...venue.evidence },
      },
    );
  }
  // Warnings quote the file too, so they pass the same filter as snippets.
  if (warnings.length > 0) publication.warnings = warnings.map(snippet);
  return records;
}

function venueOf(
  entry: Entry,
  raw: RawField[],
  ctx: EntryContext,
  title: string,
): { name: string; evidence: Evidence } | undefined {
  for (const fieldName of VENUE_FIELDS) {
    const value = entry.fields[fieldName as 'journal'];
    const name = typeof value === 'string' ? withoutPhones(plainText(value)) : '';
    // A volume that names itself as its own booktitle (DBLP and biblatex collections do) is no venue.
    if (!name || name.toLowerCase() === title.toLowerCase()) continue;
    const own = raw.find((f) => f.name === fieldName);
    // An undefined @string leaves its own name as the value: that names no venue.
    if (own && /^[A-Za-z][\w:.+-]*$/.test(own.value) && own.value.toLowerCase() === name.toLowerCase()) continue;
    if (own) {
      return {
        name,
        evidence: {
          file: ctx.file,
          locator: locatorOf(entry.type, entry.key),
          line: ctx.line,
          snippet: snippet(own.text),
        },
      };
    }
    // Inherited through crossref: quote the entry it came from (biblatex maps its title to booktitle).
    const parentFields = ctx.parent ? rawFields(ctx.parent.input) : [];
    const parsed = (ctx.parent?.fields ?? {}) as Record<string, unknown>;
    const inherited = parentFields.find((f) => {
      const parentValue = parsed[f.name];
      return typeof parentValue === 'string' && withoutPhones(plainText(parentValue)) === name;
    });
    const where = ctx.parent ?? { locator: locatorOf(entry.type, entry.key), line: ctx.line };
    return {
      name,
      evidence: { file: ctx.file, locator: where.locator, line: where.line, snippet: snippet(inherited?.text ?? name) },
    };
  }
  return undefined;
}
