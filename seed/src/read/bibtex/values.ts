import { findPhoneNumber } from '../../checks/phone.ts';
import { partialDateFrom } from '../dates.ts';

/** The values of an entry that need more than copying: kind, year, DOI, DBLP key. */

const PAPER = new Set([
  'article',
  'inproceedings',
  'conference',
  'incollection',
  'inbook',
  'book',
  'bookinbook',
  'proceedings',
  'collection',
  'periodical',
  'reference',
  'inreference',
  'mvbook',
  'mvcollection',
  'mvproceedings',
  'mvreference',
  'suppbook',
  'suppcollection',
  'suppperiodical',
]);
const THESIS = new Set(['phdthesis', 'mastersthesis', 'thesis']);
/** Phone numbers go nowhere, not even inside a title. */
export function withoutPhones(value: string): string {
  let text = value;
  for (let phone = findPhoneNumber(text); phone && text.includes(phone); phone = findPhoneNumber(text)) {
    text = text.replace(phone, ' ').replace(/\s+/g, ' ').trim();
  }
  return text;
}

export function pubKind(type: string): string {
  if (PAPER.has(type)) return 'paper';
  if (THESIS.has(type)) return 'thesis';
  if (type === 'patent') return 'patent';
  // misc, unpublished, techreport, report, manual, online and the types of other tools.
  return 'manuscript';
}

/** The year from `year`, else from biblatex's `date`; never from the citation key. */
export function yearOf(year: string, date: string): { year?: number; warning?: string } {
  if (year) {
    const digits = /(?<!\d)(\d{4})(?!\d)/.exec(year)?.[1];
    const parsed = partialDateFrom(digits);
    if (!parsed.date) return { warning: `year "${year}" holds no year; the publication has none` };
    return { year: Number(parsed.date), warning: digits === year ? undefined : `year "${year}" read as ${digits}` };
  }
  if (!date) return {};
  const parts = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(date);
  const parsed = partialDateFrom(parts?.[1], parts?.[2], parts?.[3]);
  if (!parsed.date) return { warning: `date "${date}" holds no year; the publication has none` };
  return { year: Number(parsed.date.slice(0, 4)), warning: parsed.warning && `date "${date}": ${parsed.warning}` };
}

export function normalizeDoi(value: string): string | undefined {
  const doi = value
    .trim()
    .replace(/\\([_&%#$])/g, '$1')
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}

/** A DBLP record key, from DBLP's own `biburl` or its `DBLP:` citation keys. */
export function dblpKey(biburl: string, key: string): string | undefined {
  const fromUrl = /dblp\.(?:org|uni-trier\.de)\/rec\/(?:bib\/)?([^?#\s]+?)(?:\.bib)?(?:[?#].*)?$/i.exec(biburl)?.[1];
  if (fromUrl) return fromUrl;
  return key.startsWith('DBLP:') && key.length > 5 ? key.slice(5) : undefined;
}
