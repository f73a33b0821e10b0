import { describe, expect, it } from 'vitest';
import { SourceText } from '../src/checks/source-text.ts';

const text = [
  'Chaopeng Zhang',
  '',
  'Research Intern Leader: Qiong Cao,',
  'ex member of VGG group',
  '',
  'May 2018 - April 2019',
].join('\n');

describe('evidence quotes', () => {
  const source = new SourceText(text);

  it('are found starting anywhere on their line, ignoring whitespace', () => {
    expect(source.hasQuoteAt(3, 'Leader: Qiong Cao')).toBe(true);
    expect(source.hasQuoteAt(3, 'Leader:Qiong   Cao')).toBe(true);
    expect(source.hasQuoteAt(6, 'May 2018 - April 2019')).toBe(true);
  });

  it('may run on to the following lines', () => {
    expect(source.hasQuoteAt(3, 'Qiong Cao, ex member of VGG group')).toBe(true);
  });

  it('must begin on the line given', () => {
    expect(source.hasQuoteAt(2, 'Research Intern')).toBe(false);
    expect(source.hasQuoteAt(4, 'Qiong Cao')).toBe(false);
    expect(source.hasQuoteAt(99, 'Qiong Cao')).toBe(false);
    expect(source.linesWithQuote('Qiong Cao')).toEqual([3]);
    expect(source.linesWithQuote('May 2018')).toEqual([6]);
  });

  it('keep every other character significant', () => {
    expect(source.hasQuoteAt(3, 'Leader Qiong Cao')).toBe(false);
    expect(source.hasQuoteAt(6, 'may 2018')).toBe(false);
  });
});
