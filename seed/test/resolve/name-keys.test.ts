import { describe, expect, it } from 'vitest';
import { nameKeyOf, nameKeysOf, titleKey } from '../../src/resolve/name-keys.ts';

describe('name keys', () => {
  it('meets a name in any order, case and accent, with or without a middle initial', () => {
    const key = nameKeyOf('PERSON', 'Jevin D. West');
    expect(key).toBe('jevin west');
    expect(nameKeysOf('PERSON', ['West, Jevin'.split(', ').reverse().join(' ')])).toContain(key);
    expect(nameKeysOf('PERSON', ['Juan Pablo Alperín'])).toEqual(nameKeysOf('PERSON', ['juan pablo ALPERIN']));
  });

  it('gives a Chinese name the keys of its pinyin in both orders', () => {
    expect(nameKeysOf('PERSON', ['张祥雨'])).toEqual(expect.arrayContaining(['张祥雨', 'xiangyu zhang']));
    expect(nameKeyOf('PERSON', 'Zhang Xiangyu')).toBe('xiangyu zhang');
  });

  it('has no key for a surname or initials alone', () => {
    expect(nameKeyOf('PERSON', 'Wang')).toBeUndefined();
    expect(nameKeyOf('PERSON', 'X. Wang')).toBeUndefined();
  });

  it('keys titles by their letters and digits, and things by their squeezed name', () => {
    expect(titleKey('The state of OA: a large-scale analysis')).toBe(
      titleKey('The State of {OA} -- A Large Scale Analysis'),
    );
    expect(nameKeyOf('SKILL', 'C++')).not.toBe(nameKeyOf('SKILL', 'C'));
  });
});
