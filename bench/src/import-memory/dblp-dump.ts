import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { between, pick, randomFor } from '../random.ts';

const SEED = 1936;
const GIVEN = [
  'Wei',
  'Jun',
  'Yan',
  'Lei',
  'Anna',
  'J&ouml;rg',
  'Jos&eacute;',
  'Marie',
  'Ren&eacute;',
  'S&oslash;ren',
  'Hiroshi',
  'Priya',
  'Ahmed',
  'Elena',
  'Bj&ouml;rn',
  'Fran&ccedil;ois',
];
const FAMILY = [
  'Wang',
  'Li',
  'Zhang',
  'Chen',
  'Liu',
  'M&uuml;ller',
  'Schr&ouml;der',
  'Garc&iacute;a',
  'Dubois',
  'Tanaka',
  'Kumar',
  'Nowak',
  'Jensen',
  'Ivanov',
  'Rossi',
  'Kov&aacute;cs',
];
const WORDS = [
  'learning',
  'graphs',
  'networks',
  'efficient',
  'robust',
  'neural',
  'query',
  'distributed',
  'analysis',
  'models',
  'verification',
  'data',
  'systems',
  'r&ocirc;le',
  'na&iuml;ve',
];
const KINDS = [
  { element: 'article', key: 'journals', venue: 'journal' },
  { element: 'inproceedings', key: 'conf', venue: 'booktitle' },
] as const;

/**
 * A person of the pool, by number: a few thousand names shared by many people, told apart as
 * DBLP does, by a four-digit homonym number (`Wei Wang 0042`), the first bearer without one.
 */
function person(n: number): string {
  const names = GIVEN.length * FAMILY.length * 12;
  const base = n % names;
  const name = `${GIVEN[base % GIVEN.length]} ${FAMILY[Math.floor(base / GIVEN.length) % FAMILY.length]}${
    base >= GIVEN.length * FAMILY.length
      ? ` ${String.fromCharCode(65 + Math.floor(base / (GIVEN.length * FAMILY.length)))}.`
      : ''
  }`;
  const homonym = Math.floor(n / names);
  return homonym === 0 ? name : `${name} ${String(homonym).padStart(4, '0')}`;
}

/**
 * Writes a DBLP-shaped dump of `publications` records in ISO-8859-1, with the dump's prolog and
 * named entities: one to eight authors a paper (3.4 on average, as in DBLP), drawn from a pool
 * of half as many people as papers with a long tail (a few authors write hundreds of papers),
 * one venue per 200 papers, DOIs for most.
 */
export async function writeDblpDump(file: string, publications: number): Promise<void> {
  const out = createWriteStream(file, { encoding: 'latin1' });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n');
  const people = Math.max(Math.floor(publications / 2), 10);
  for (let i = 0; i < publications; i++) {
    const random = randomFor(SEED, 1, i);
    const kind = pick(random, KINDS);
    const venue = between(random, 0, Math.max(Math.floor(publications / 200), 1));
    const key = `${kind.key}/v${venue}/P${i}`;
    const authors = new Set<string>();
    const count = Math.min(1 + Math.floor(-Math.log(1 - random()) * 2.4), 8);
    // Squaring a uniform draw favours the low numbers: prolific authors.
    while (authors.size < count) authors.add(person(Math.floor(random() ** 2 * people)));
    const title = Array.from({ length: between(random, 3, 8) }, () => pick(random, WORDS)).join(' ');
    await write(
      `<${kind.element} mdate="2024-01-01" key="${key}">\n` +
        [...authors].map((a) => `<author>${a}</author>\n`).join('') +
        `<title>${title[0]!.toUpperCase()}${title.slice(1)} ${i}.</title>\n<year>${1990 + (i % 35)}</year>\n` +
        `<${kind.venue}>Venue ${venue}</${kind.venue}>\n` +
        (random() < 0.8 ? `<ee>https://doi.org/10.5555/${i}</ee>\n` : '') +
        `</${kind.element}>\n`,
    );
  }
  await write('</dblp>\n');
  out.end();
  await once(out, 'close');
}
