import { describe, expect, test } from 'vitest';
import {
  DEFAULT_LIMIT,
  EMPTY_VIEW,
  isNavigation,
  modeOf,
  parseView,
  viewQuery,
  type ViewState,
} from '../src/lib/view-state.ts';

const FULL: ViewState = {
  focus: 'person:chaopeng-zhang',
  limit: 400,
  expanded: [
    { id: 'person:qiong-cao', relations: ['AUTHORED', 'MENTORED'] },
    { id: 'org:beihang-university', relations: null },
  ],
  hidden: ['pub:arcface', 'skill:c'],
  relations: ['STUDIED_AT', 'WORKED_AT'],
  years: { from: 2016, to: 2019 },
  selected: { type: 'edge', id: 'e:42' },
  question: { kind: 'connect', from: 'person:qianhao-zhang', to: 'person:qiong-cao' },
};

describe('view in the address', () => {
  test('a view with every part set comes back unchanged', () => {
    expect(parseView(viewQuery(FULL))).toEqual(FULL);
  });

  test('each kind of question comes back unchanged', () => {
    const questions: ViewState['question'][] = [
      { kind: 'connect', from: 'person:a', to: null },
      { kind: 'connect', from: null, to: null },
      { kind: 'common', people: ['person:a', 'person:b', 'person:c'] },
      { kind: 'lineage', person: 'person:xiangyu-zhang', direction: 'UP' },
      { kind: 'lineage', person: null, direction: 'BOTH' },
      { kind: 'talent', by: 'SKILL' },
      { kind: 'talent', by: 'FLOW' },
    ];
    for (const question of questions) {
      const view = { ...EMPTY_VIEW, question };
      expect(parseView(viewQuery(view))).toEqual(view);
    }
  });

  test('ids stay readable and defaults are left out', () => {
    expect(viewQuery(EMPTY_VIEW)).toBe('');
    expect(viewQuery({ ...EMPTY_VIEW, focus: 'person:chaopeng-zhang' })).toBe('?focus=person:chaopeng-zhang');
    expect(viewQuery({ ...EMPTY_VIEW, hidden: ['a:1', 'b:2'], selected: { type: 'node', id: 'a:3' } })).toBe(
      '?hide=a:1,b:2&sel=a:3',
    );
    expect(viewQuery({ ...EMPTY_VIEW, question: { kind: 'lineage', person: 'p:x', direction: 'BOTH' } })).toBe(
      '?q=lineage&person=p:x',
    );
    expect(viewQuery(FULL)).toBe(
      '?focus=person:chaopeng-zhang&limit=400&expand=person:qiong-cao~AUTHORED.MENTORED,org:beihang-university' +
        '&hide=pub:arcface,skill:c&rel=STUDIED_AT,WORKED_AT&years=2016-2019&edge=e:42' +
        '&q=connect&from=person:qianhao-zhang&to=person:qiong-cao',
    );
  });

  test('an empty address is the empty view', () => {
    expect(parseView('')).toEqual(EMPTY_VIEW);
    expect(parseView('?')).toEqual(EMPTY_VIEW);
  });

  test('a focus id with characters that mean something in a query survives', () => {
    for (const focus of ['org:at&t', 'x:a=b?c#d', 'p:100% sure', 'p:a+b', 'p:ä/漢字', 'p:a,b']) {
      const search = viewQuery({ ...EMPTY_VIEW, focus });
      expect(parseView(search).focus).toBe(focus);
      expect(new URL(`http://h/${search}`).searchParams.get('focus')).toBe(focus);
    }
  });

  test('unknown parameters are ignored and dropped when written back', () => {
    const view = parseView('?focus=person:a&utm_source=mail&foo=bar&sel=person:b');
    expect(view).toEqual({ ...EMPTY_VIEW, focus: 'person:a', selected: { type: 'node', id: 'person:b' } });
    expect(viewQuery(view)).toBe('?focus=person:a&sel=person:b');
  });

  test('malformed years mean no year filter', () => {
    for (const years of ['2019', '2019-20', '19-2020', 'abcd-efgh', '2019-2020x', ' 2019-2020', '2019–2020', '']) {
      expect(parseView(`?years=${encodeURIComponent(years)}`).years, years).toBeNull();
    }
    expect(parseView('?years=2019-2020').years).toEqual({ from: 2019, to: 2020 });
    // Backwards years would hide every dated line; they are read as the range they name.
    expect(parseView('?years=2020-2019').years).toEqual({ from: 2019, to: 2020 });
  });

  test('a limit that is not a positive whole number falls back to the default', () => {
    for (const limit of ['0', '-5', '2.5', 'abc', '', '1e400']) {
      expect(parseView(`?limit=${limit}`).limit, limit).toBe(DEFAULT_LIMIT);
    }
    expect(parseView('?limit=50').limit).toBe(50);
  });

  test('unknown relation kinds are dropped; none left means all', () => {
    expect(parseView('?rel=MENTORED,BOGUS,mentored').relations).toEqual(['MENTORED']);
    expect(parseView('?rel=BOGUS').relations).toBeNull();
    expect(parseView('?rel=,,').relations).toBeNull();
    expect(parseView('?expand=p:a~AUTHORED.NOPE,p:b~NOPE').expanded).toEqual([
      { id: 'p:a', relations: ['AUTHORED'] },
      { id: 'p:b', relations: null },
    ]);
  });

  test('lists skip empty items', () => {
    expect(parseView('?hide=,p:a,,p:b,').hidden).toEqual(['p:a', 'p:b']);
    expect(parseView('?q=common&people=').question).toEqual({ kind: 'common', people: [] });
  });

  test('an edge selection wins over a node selection', () => {
    expect(parseView('?sel=p:a&edge=e:1').selected).toEqual({ type: 'edge', id: 'e:1' });
  });

  test('bad question parameters fall back to defaults; an unknown question is none', () => {
    expect(parseView('?q=lineage&person=p:a&dir=SIDEWAYS').question).toEqual({
      kind: 'lineage',
      person: 'p:a',
      direction: 'BOTH',
    });
    expect(parseView('?q=talent&by=HOBBY').question).toEqual({ kind: 'talent', by: 'FLOW' });
    expect(parseView('?q=talent&by=flow').question).toEqual({ kind: 'talent', by: 'FLOW' });
    expect(parseView('?q=teleport&from=p:a').question).toBeNull();
    // Parameters of another question are not read.
    expect(parseView('?q=common&from=p:a&person=p:b').question).toEqual({ kind: 'common', people: [] });
  });

  test('the mode follows the question', () => {
    expect(modeOf(EMPTY_VIEW)).toBe('explore');
    expect(modeOf(parseView('?q=talent'))).toBe('talent');
    expect(modeOf(parseView('?focus=p:a&q=common&people=p:a'))).toBe('common');
  });
});

describe('which changes are steps in the browser history', () => {
  const at = parseView('?focus=person:a&q=connect&from=person:a');

  test('a new focus or a changed question is', () => {
    expect(isNavigation(EMPTY_VIEW, { ...EMPTY_VIEW, focus: 'person:a' })).toBe(true);
    expect(isNavigation(at, { ...at, focus: 'person:b' })).toBe(true);
    expect(isNavigation(at, { ...at, question: null })).toBe(true);
    expect(isNavigation(at, { ...at, question: { kind: 'connect', from: 'person:a', to: 'person:b' } })).toBe(true);
    expect(isNavigation(at, { ...at, question: { kind: 'common', people: ['person:a'] } })).toBe(true);
  });

  test('selection, filters, expansions, hidden nodes and the limit are not', () => {
    expect(isNavigation(at, { ...at, selected: { type: 'node', id: 'person:b' } })).toBe(false);
    expect(isNavigation(at, { ...at, relations: ['MENTORED'], years: { from: 2010, to: 2012 } })).toBe(false);
    expect(
      isNavigation(at, { ...at, expanded: [{ id: 'person:b', relations: null }], hidden: ['person:c'], limit: 400 }),
    ).toBe(false);
  });

  test('an equal question in a new object is not', () => {
    expect(isNavigation(at, { ...at, question: { kind: 'connect', from: 'person:a', to: null } })).toBe(false);
  });
});
