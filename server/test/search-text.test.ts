import { describe, expect, it } from 'vitest';
import { luceneQuery, searchKey } from '../src/domain/search-text.ts';

describe('search text', () => {
  it('compares names regardless of case, width and spacing', () => {
    expect(searchKey('Zhang  Xiangyu')).toBe('zhangxiangyu');
    expect(searchKey('ＦＡＣＥ++')).toBe('face++');
    expect(searchKey('Yu-Wing Tai')).toBe(searchKey('yuwing tai'));
    expect(searchKey('张祥雨')).toBe('张祥雨');
  });

  it('escapes every Lucene operator in what the user typed', () => {
    expect(luceneQuery('Face++')).toBe('"face++"^4 OR (face\\+\\+)');
    expect(luceneQuery("' OR 1=1 //")).toBe(
      `"' or 1=1 //"^4 OR (' AND or AND 1=1 AND \\/\\/)^2 OR (' OR or OR 1=1 OR \\/\\/)`,
    );
    expect(luceneQuery('}) DETACH')).toContain('(\\}\\) AND detach)^2');
    expect(luceneQuery('say "hi" \\')).toContain('"say \\"hi\\" \\\\"^4');
  });

  it('turns typed operators into words', () => {
    expect(luceneQuery('tom AND jerry')).toContain('(tom AND and AND jerry)^2');
    expect(luceneQuery('NOT this')).not.toMatch(/\bNOT\b/);
  });

  it('adds a prefix for the last word and slack for longer words', () => {
    expect(luceneQuery('zhang xiangy')).toContain('xiangy*');
    // Chinese is indexed in pairs of characters, so two typed characters find a longer name.
    expect(luceneQuery('张祥')).toContain('张祥*');
    expect(luceneQuery('xiangyu')).toContain('xiangyu~1');
    expect(luceneQuery('   ')).toBe('');
  });
});
