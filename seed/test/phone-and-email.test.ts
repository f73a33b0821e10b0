import { describe, expect, it } from 'vitest';
import { findPhoneNumber } from '../src/checks/phone.ts';
import { findEmail, redactEmails } from '../src/checks/email.ts';

// Every number here is made up.
describe('phone-shaped values', () => {
  it.each([
    '13812345678',
    'Mobile: 1381234 5678',
    '138-1234-5678',
    '138 1234 5678',
    '+86 139 0000 1111',
    '+86-10-6275-0000',
    '+1 (555) 010-0199',
    '(010) 6275-0000',
    '010-62750000',
    'call 555-0123 after six',
    'Tel.555.010.0199',
  ])('refuses %j', (value) => {
    // What it reports is the number it found, digits included, quoted from the value.
    expect(findPhoneNumber(value)).toMatch(/\d{3}/);
  });

  it.each([
    '2019',
    '2019-05-01',
    'Aug. 2017 - Jul. 2020',
    '2010-2014 阜阳师范大学 物理学 学士 2016-2020 华中师范大学',
    'In 2020 IEEE International Conference on Image Processing (ICIP) (pp. 1866-1870). IEEE.',
    'GPA:3.57/4, Rank 24/131 Aug. 2013 - July. 2017',
    'Oral(4.3%)',
    'Cum. GPA: 90.75/100, 3.93/4, Ranking 7th/174.',
    'Shangbang Long^{1,2}[0000-0002-4089-5369], Jiaqiang Ruan^{1,2}',
    '(1W+id, 120W+images)',
    '1st-place Winner with $10,000 ( ~$1,500 ) Prize',
    '~150,000 images',
    'PYTHON > C + + > C > JAVA',
    '$2014 \\sim 2017$',
    'Dec 2019–Sep 2020',
    '110 164 16-8\t1.0 1.7 11.0\t25.21* 24.33 22.07',
    '赵悦楷 1701111427 @pku.edu.cn',
    'Valid until 2/27',
  ])('lets %j pass', (value) => {
    expect(findPhoneNumber(value)).toBeUndefined();
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['Host: wangtz@google.com May 2019 - Present', 'Host: [email] May 2019 - Present'],
    ['Email : cpz@pku.edu.cn Mobile', 'Email : [email] Mobile'],
    ['赵悦楷 1701111427 @pku.edu.cn', '赵悦楷 [email]'],
    ['{longlongsb, jiaqiang.ruan, zhang_wen_jie}@pku.edu.cn, {hexin,wwh}@megvii.com', '[email], [email]'],
    ['ex member of VGG group, qiong@robots.ox.ac.uk', 'ex member of VGG group, [email]'],
  ])('redacts %j', (text, redacted) => {
    expect(redactEmails(text)).toBe(redacted);
    expect(findEmail(redacted)).toBeUndefined();
  });

  it.each(['Tao Zhang, @ztao', 'HomePage: atztao.github.io', 'http://chaopeng.name', 'C++ @ 2019'])(
    'leaves %j alone',
    (text) => {
      expect(redactEmails(text)).toBe(text);
    },
  );
});
