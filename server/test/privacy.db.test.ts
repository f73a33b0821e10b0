import { describe, expect, it } from 'vitest';
import { createErrorMasker } from '../src/errors.ts';
import { withoutEmails, withoutPersonalData } from '../src/privacy.ts';
import { readRows } from '../src/neo4j/read.ts';
import { data, seededApp } from './helpers/api.ts';

const EMAIL = /@[\w-]+\.[a-z]{2,}/i;
const PHONE = /\+?\d[\d\s().-]{7,}\d/;
/** Built here rather than written out, so no phone number sits in the repository. */
const phone = (separator: string) => ['+00', '1'.repeat(3), '2'.repeat(4), '3'.repeat(4)].join(separator);

describe('personal data', () => {
  const ctx = seededApp();

  it('recognises e-mail addresses and phone numbers in text', () => {
    expect(withoutEmails('Host: host@example.com May 2019')).toBe('Host: [e-mail removed] May 2019');
    expect(withoutEmails('{alice,bob}@example.com, carol2010@example.org')).toBe('[e-mail removed], [e-mail removed]');
    expect(withoutEmails('学生 1234567 @example.edu.cn')).not.toMatch(EMAIL);
    expect(withoutPersonalData(`call ${phone('-')} or ${phone(' ')}`)).not.toMatch(PHONE);
    // Years and short numbers are not phone numbers.
    expect(withoutPersonalData('Aug. 2017 - Jul. 2020, rank 24/131')).toBe('Aug. 2017 - Jul. 2020, rank 24/131');
    // Nor is the address in a connection error, which the log needs.
    expect(withoutPersonalData('connect ECONNREFUSED 127.0.0.1:7687')).toBe('connect ECONNREFUSED 127.0.0.1:7687');
  });

  it('keeps e-mail addresses and phone numbers in database errors out of the log and the response', async () => {
    // Neo4j quotes the query text back in a syntax error.
    const failure = await readRows(
      { driver: ctx.driver, database: undefined, queryTimeoutMs: 5000 },
      `RETURN 'someone@example.org' AS mail, '${phone(' ')}' AS phone,`,
    ).catch((error: unknown) => error);
    expect(String((failure as Error).message)).toContain('someone@example.org');
    expect(String((failure as Error).message)).toContain(phone(' '));

    const logs: string[] = [];
    const masked = createErrorMasker((line) => logs.push(line))(failure, 'Unexpected error.');
    expect(masked.message).toBe('Unexpected error.');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/SyntaxError/);
    expect(logs[0]).not.toMatch(EMAIL);
    expect(logs[0]).not.toMatch(PHONE);
    expect(JSON.stringify(masked)).not.toMatch(EMAIL);
  });

  it('never sends an e-mail address, even where a source line had one', async () => {
    // Lines 29 and 47 of the first CV give e-mail addresses beside the words the evidence quotes.
    const { people } = await data(
      ctx.app,
      `{ people: search(text: "zhang", kinds: [PERSON], first: 50) { items { id } } }`,
    );
    const everyone = [...people.items.map((p: { id: string }) => p.id), 'person:qiong-cao', 'person:tiezhen-wang'];
    for (const id of everyone) {
      const response = await data(
        ctx.app,
        `query($id: ID!) {
           entity(id: $id) { id name aliases ... on Person { headline homepage affiliations { role evidence { quote } } } }
           neighborhood(id: $id) { edges { role context evidence { quote } conflicts { claims { value evidence { quote } } } } } }`,
        { id },
      );
      expect(JSON.stringify(response)).not.toMatch(EMAIL);
    }
    const { conflicts } = await data(
      ctx.app,
      `{ conflicts(first: 200) { items { evidence { quote } conflicts { claims { evidence { quote } } } } } }`,
    );
    expect(JSON.stringify(conflicts)).not.toMatch(EMAIL);
  });
});
