import { describe, expect, it } from 'vitest';
import { pinyinNameForms } from '../src/resolve/pinyin.ts';
import { personNameKey, thingNameKey } from '../src/resolve/identity.ts';

describe('pinyin aliases', () => {
  it('spells a Chinese name in both orders and the forms people type', () => {
    expect(pinyinNameForms('张祥雨')).toEqual([
      'Xiangyu Zhang',
      'Zhang Xiangyu',
      'xiangyu zhang',
      'zhang xiangyu',
      'xiangyuzhang',
      'zhangxiangyu',
    ]);
    expect(pinyinNameForms('曹琼')).toContain('Qiong Cao');
  });

  it('reads surnames as surnames and keeps compound surnames whole', () => {
    expect(pinyinNameForms('单雄信')[0]).toBe('Xiongxin Shan');
    expect(pinyinNameForms('曾国藩')[0]).toBe('Guofan Zeng');
    expect(pinyinNameForms('欧阳娜娜')[0]).toBe('Nana Ouyang');
    expect(pinyinNameForms('吕布')[0]).toBe('Bu Lu');
  });

  it('gives nothing for names not written in Han characters', () => {
    expect(pinyinNameForms('Xiangyu Zhang')).toEqual([]);
    expect(pinyinNameForms('张')).toEqual([]);
  });
});

describe('identity keys', () => {
  it('match a full name in either order', () => {
    expect(personNameKey('Xiangyu Zhang')).toBe(personNameKey('Zhang Xiangyu'));
    expect(personNameKey('QIANHAO ZHANG')).toBe(personNameKey('Qianhao Zhang'));
    expect(personNameKey('Zhongfei (Mark) Zhang')).toBe(personNameKey('Zhongfei Zhang'));
    expect(personNameKey('Yu-Wing Tai')).toBe(personNameKey('Yuwing Tai'));
  });

  it('keep people who share only a surname apart', () => {
    const zhangs = ['Chaopeng Zhang', 'Tao Zhang', 'Qianhao Zhang', 'Xiangyu Zhang', 'Wenjie Zhang', 'Zhongfei Zhang'];
    expect(new Set(zhangs.map(personNameKey)).size).toBe(6);
  });

  it('are never made from a surname or initials alone', () => {
    for (const name of ['Zhang', 'X. Wang', 'Wang, X.', 'Y Li', 'ztao']) expect(personNameKey(name)).toBeUndefined();
    expect(personNameKey('张')).toBeUndefined();
    expect(personNameKey('张祥雨')).toBe('张祥雨');
  });

  it('tell C, C++ and C# apart', () => {
    expect(new Set(['C', 'C++', 'C#'].map(thingNameKey)).size).toBe(3);
    expect(thingNameKey('Peking University')).toBe(thingNameKey('peking  university'));
  });
});
