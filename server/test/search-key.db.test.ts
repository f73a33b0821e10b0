import { afterAll, expect, it } from 'vitest';
import { searchKeyCypher } from '../src/data/search.ts';
import { IGNORED_IN_SEARCH_KEYS, searchKey } from '../src/domain/search-text.ts';
import { testDriver } from './helpers/api.ts';

const driver = testDriver();
afterAll(() => driver.close());

// Pieces real names are made of, and the characters where JavaScript and Java are most likely
// to part ways: Unicode spaces, full-width forms, ligatures, dotted and dotless i, combining marks.
const PIECES = [
  'Zhang',
  'xiangyu',
  'ZHANG',
  '张祥雨',
  '北京大学',
  'Müller',
  'Ｆａｃｅ＋＋',
  'ﬁ',
  'İ',
  'ı',
  'ß',
  'e\u0301',
  'O\u2019Brien',
  "O'Brien",
  'Jean-Luc',
  'St. John',
  'snake_case',
  'Wang·Wei',
  'Ⅻ',
  '①',
  'Å',
  'Σ',
  'ς',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u2003',
  '\u202f',
  '\u3000',
  '\u1680',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u200b',
  '.',
  '-',
  '_',
  '·',
  "'",
  '+',
  '(',
  ')',
  '0',
  '42',
];

/** A few hundred strings of 1 to 6 pieces, the same on every run. */
function samples(count: number): string[] {
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + (next() % 6) }, () => PIECES[next() % PIECES.length]).join(''),
  );
}

it('gives the same search key in JavaScript and in Cypher', async () => {
  const texts = [...PIECES, ...samples(400)];
  const { records } = await driver.executeQuery(
    `UNWIND $texts AS text RETURN text, ${searchKeyCypher('text')} AS key`,
    { texts, ignoredInKeys: IGNORED_IN_SEARCH_KEYS },
  );
  const differences = records
    .map((r) => ({ text: r.get('text') as string, cypher: r.get('key') as string }))
    .filter(({ text, cypher }) => searchKey(text) !== cypher)
    .map(({ text, cypher }) => ({
      text: JSON.stringify(text),
      javascript: JSON.stringify(searchKey(text)),
      cypher: JSON.stringify(cypher),
    }));
  expect(records).toHaveLength(texts.length);
  expect(differences).toEqual([]);
});
