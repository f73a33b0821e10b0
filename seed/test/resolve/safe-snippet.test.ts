import { describe, expect, it } from 'vitest';
import { safeSnippet } from '../../src/resolve/resolve-dataset.ts';

describe('snippets as stored', () => {
  it('removes phone numbers and e-mail addresses', () => {
    expect(safeSnippet('Call +1 555-555-0123 or write to ada@example.org')).toBe('Call [phone] or write to [email]');
    expect(safeSnippet('电话：138 0013 8000')).not.toMatch(/\d{4}/);
  });

  it('keeps identifiers whose digits only look like phone numbers', () => {
    const text = '{"id":"https://openalex.org/W2741809807","wikidata":"Q5798647","orcid":"0000-0002-1825-0097"}';
    expect(safeSnippet(text)).toBe(text);
    expect(safeSnippet('doi 10.7717/peerj.4375 and W2741809807')).toBe('doi 10.7717/peerj.4375 and W2741809807');
  });
});
