import { writeFileSync } from 'node:fs';

/**
 * A DBLP-shaped dump, made up and deterministic: ISO-8859-1 with named entities, authors with
 * homonym numbers drawn from a pool (so the same people recur all through the file), venues
 * shared by many papers. `skip` leaves out every publication whose number it divides, and
 * `from` starts the numbering elsewhere: two versions of a file that differ in some records.
 */
export function writeDblpXml(file: string, options: { publications: number; skip?: number; from?: number }): void {
  const surnames = ['Wang', 'M&uuml;ller', 'Zhang', 'Gonz&aacute;lez', 'Li', 'Sch&ouml;n', 'Chen', 'Dubois'];
  const given = ['Wei', 'Anna', 'Jun', 'Jos&eacute;', 'Yan', 'J&ouml;rg', 'Lei', 'Marie'];
  const person = (n: number) => {
    const name = `${given[n % given.length]} ${surnames[Math.floor(n / given.length) % surnames.length]}`;
    // Several people share each name, told apart by DBLP's homonym number.
    const homonym = Math.floor(n / (given.length * surnames.length));
    return homonym === 0 ? name : `${name} ${String(homonym).padStart(4, '0')}`;
  };
  const lines = ['<?xml version="1.0" encoding="ISO-8859-1"?>', '<!DOCTYPE dblp SYSTEM "dblp.dtd">', '<dblp>'];
  const first = options.from ?? 0;
  for (let i = first; i < first + options.publications; i++) {
    if (options.skip && i % options.skip === 0) continue;
    const authors = [i * 7, i * 13 + 1, i * 3 + 2].slice(0, 1 + (i % 3)).map((n) => person(n % 300));
    lines.push(
      `<article mdate="2020-01-01" key="journals/x/P${i}">`,
      ...[...new Set(authors)].map((a) => `<author>${a}</author>`),
      `<title>On the r&ocirc;le of finding number ${i}.</title>`,
      `<year>${2000 + (i % 20)}</year>`,
      `<journal>Journal ${i % 11}</journal>`,
      '</article>',
    );
  }
  lines.push('</dblp>', '');
  writeFileSync(file, Buffer.from(lines.join('\n'), 'latin1'));
}
