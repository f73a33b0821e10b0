import type { Creator } from '@retorquere/bibtex-parser';
import { findEmail } from '../../checks/email.ts';
import { findPhoneNumber } from '../../checks/phone.ts';

/** What one name of an author list turns out to be. */
export type Author =
  | { kind: 'person'; name: string; orcid?: string; email?: string }
  /** A stand-in for names the file leaves out: `others`, `et al.`, `{76 more}`. */
  | { kind: 'more'; text: string }
  | { kind: 'organization'; name: string }
  | { kind: 'empty' };

/**
 * The parser's markup (`<i>`, `<sup>`, small caps spans) off, white space collapsed, and
 * accents composed: the parser turns `St\'ephane` into an `e` and a combining accent.
 */
export function plainText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const MORE = /^(?:others|et\.?\s*al\.?|\.{3}|…|(?:and\s+)?\d+\s+(?:more|others|additional)(?:\s+authors?)?)$/i;
const TRAILING_ET_AL = /,?\s+et\.?\s*al\.?$/i;
// A braced name reads as one literal; these words make it a group, not a person.
const ORGANIZATION =
  /\b(?:collaboration|consortium|team|group|committee|project|inc|ltd|llc|gmbh|ag|corporation|corp|company|university|institute|laboratory|association|society|foundation|organi[sz]ation|council|agency)\b/i;
const ORCID = /\[?\s*(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\s*\]?/;
// Equal-contribution and affiliation marks printed after a name: `*`, `†`, `‡`, `1,2`, `[1]`.
const TRAILING_MARKS = /(?:[\s,]*(?:[*∗⁎†‡§¶#✝✉]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\[[\d*,\s]*\]|(?<=\p{L}\.?)\d{1,2}(?:,\d{1,2})*))+$/u;
const LEADING_MARKS = /^[\s*∗⁎†‡§¶#]+/u;

export function readAuthor(creator: Creator): Author[] {
  const found: { orcid?: string; email?: string } = {};
  // A comma inside brackets (`Ana Lima (ana@example.org, tel. …)`) fools the Last, First split:
  // put the name back together and read it whole.
  const { firstName, lastName, prefix } = creator;
  const whole =
    creator.name ??
    (unbalanced(lastName) || unbalanced(firstName)
      ? [[prefix, lastName].filter(Boolean).join(' '), firstName].join(', ')
      : undefined);
  if (whole !== undefined) {
    const literal = cleanPart(whole, found);
    if (!literal) return [{ kind: 'empty' }];
    if (MORE.test(literal)) return [{ kind: 'more', text: literal }];
    if (creator.name !== undefined && ORGANIZATION.test(literal)) return [{ kind: 'organization', name: literal }];
    return [person(literal, found)];
  }
  const parts = [creator.firstName, creator.prefix, creator.lastName, creator.suffix]
    .map((part) => (part === undefined ? '' : cleanPart(part, found)))
    .filter((part) => part.length > 0);
  const name = parts.join(' ');
  if (!name) return [{ kind: 'empty' }];
  if (MORE.test(name)) return [{ kind: 'more', text: name }];
  const etAl = TRAILING_ET_AL.exec(name);
  if (etAl) {
    const rest = name.slice(0, etAl.index).trim();
    return [...(rest ? [person(rest, found)] : []), { kind: 'more', text: etAl[0].replace(/^,?\s+/, '') }];
  }
  return [person(name, found)];
}

function unbalanced(part: string | undefined): boolean {
  return part !== undefined && part.split('(').length !== part.split(')').length;
}

function person(name: string, found: { orcid?: string; email?: string }): Author {
  return { kind: 'person', name, ...found };
}

function cleanPart(part: string, found: { orcid?: string; email?: string }): string {
  let text = plainText(part.replace(/<sup>[\s\S]*?<\/sup>/gi, ''));
  // Most names hold no digit, `@`, bracket or mark: they skip the slower checks below.
  if (!/[\d@()[\]^*∗⁎†‡§¶#✝✉¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(text)) return text;
  // `Jane Doe (jane@example.org, tel. …)`: the brackets hold contact details, not the name.
  for (const bracket of text.match(/\([^()]*\)/g) ?? []) {
    const email = findEmail(bracket);
    if (email) found.email ??= email;
    if (email || findPhoneNumber(bracket)) text = text.replace(bracket, ' ');
  }
  const orcid = ORCID.exec(text);
  if (orcid) {
    found.orcid = orcid[1];
    text = text.replace(orcid[0], ' ');
  }
  const email = findEmail(text);
  if (email) {
    found.email ??= email;
    text = text.replace(email, ' ');
  }
  const phone = findPhoneNumber(text);
  if (phone) text = text.replace(phone, ' ');
  text = text
    .replace(/\^\{?[^\s{}]*\}?/g, '')
    .replace(/\(\s*\)/g, ' ')
    .replace(TRAILING_MARKS, '')
    .replace(LEADING_MARKS, '');
  return text.replace(/\s+/g, ' ').trim();
}
