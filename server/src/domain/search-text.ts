/**
 * Turns what a person typed into a Lucene query for the `entity_search` full-text index and
 * a key for exact matching. User text never reaches Lucene unescaped, so "Face++" or
 * "' OR 1=1 //" are searched for as text rather than parsed as query syntax.
 */

export const MAX_SEARCH_LENGTH = 200;

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
/**
 * What a search key drops after NFKC and lower-casing: whitespace (the characters JavaScript's
 * \s still matches once NFKC has turned the wide and narrow spaces into plain ones) and the
 * punctuation names are written with or without. Cypher's search key reads the same table.
 */
export const IGNORED_IN_SEARCH_KEYS: readonly string[] = Object.freeze([
  ' ',
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u1680',
  '\u2028',
  '\u2029',
  '\ufeff',
  '.',
  '-',
  '_',
  '·',
  "'",
]);
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * The form names are compared in: case, width and spacing do not matter, so "Zhang  Xiangyu",
 * "zhang xiangyu" and "ZhangXiangyu" meet. The Cypher twin is searchKeyCypher in data/search.ts.
 */
export function searchKey(text: string): string {
  let key = text.normalize('NFKC').toLowerCase();
  for (const ignored of IGNORED_IN_SEARCH_KEYS) key = key.replaceAll(ignored, '');
  return key;
}

function escapeTerm(word: string): string {
  return word.replace(LUCENE_SPECIAL, '\\$&');
}

/**
 * Whole phrase first, then all words, then any word, a prefix of the last word (as someone
 * is still typing it) and a little spelling slack for longer words. Words are lower-cased so
 * a typed AND, OR or NOT is a word, not an operator.
 */
export function luceneQuery(text: string): string {
  const words = text.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const terms = words.map(escapeTerm);
  const clauses = [`"${words.join(' ').replace(/["\\]/g, '\\$&')}"^4`];
  if (terms.length > 1) clauses.push(`(${terms.join(' AND ')})^2`);
  clauses.push(`(${terms.join(' OR ')})`);
  const last = words.at(-1) ?? '';
  if (PLAIN_WORD.test(last) && last.length >= 2) clauses.push(`${last}*^1.5`);
  for (const word of words) {
    if (/^[a-z]{5,}$/.test(word)) clauses.push(`${word}~1^0.5`);
  }
  return clauses.join(' OR ');
}
