import { describe, expect, test } from 'vitest';
import { plan } from '../src/lib/graph/plan.ts';
import { everyRead, viewReads } from '../src/lib/graph/view-reads.ts';
import { EMPTY_VIEW, type ViewState } from '../src/lib/view-state.ts';

const keys = (view: Partial<ViewState>) => {
  const whole = { ...EMPTY_VIEW, ...view };
  return everyRead(plan(whole), viewReads(whole)).map((read) => read.key);
};

describe('what a view reads besides its graph', () => {
  test('the empty view reads the counts for the welcome', () => {
    expect(keys({})).toEqual(['stats']);
    expect(viewReads({ ...EMPTY_VIEW, focus: 'p:a' }).stats).toBeNull();
  });

  test('a question reads its answer once it has what it needs', () => {
    expect(viewReads({ ...EMPTY_VIEW, question: { kind: 'connect', from: 'p:a', to: null } }).paths).toBeNull();
    expect(viewReads({ ...EMPTY_VIEW, question: { kind: 'connect', from: 'p:a', to: 'p:b' } }).paths?.key).toBe(
      'paths|p:a|p:b',
    );
    expect(viewReads({ ...EMPTY_VIEW, question: { kind: 'common', people: ['p:a'] } }).commonGround).toBeNull();
    expect(viewReads({ ...EMPTY_VIEW, question: { kind: 'common', people: ['p:a', 'p:b'] } }).commonGround?.key).toBe(
      'common|p:a,p:b',
    );
  });

  test('the talent map reads the flow or the grouping chosen, never both', () => {
    const flow = viewReads({ ...EMPTY_VIEW, question: { kind: 'talent', by: 'FLOW' } });
    // The first page: no cursor in the key.
    expect([flow.talentFlow?.key, flow.talentMap]).toEqual(['flow|', null]);
    const skills = viewReads({ ...EMPTY_VIEW, question: { kind: 'talent', by: 'SKILL' } });
    expect([skills.talentFlow, skills.talentMap?.key]).toEqual([null, 'talent|SKILL|']);
  });

  test('details are read for the selection and each person the question names, once each', () => {
    const view: Partial<ViewState> = {
      selected: { type: 'node', id: 'p:b' },
      question: { kind: 'common', people: ['p:a', 'p:b', 'p:a'] },
    };
    expect(keys(view).filter((key) => key.startsWith('entity|'))).toEqual(['entity|p:b', 'entity|p:a']);
    expect(viewReads({ ...EMPTY_VIEW, selected: { type: 'edge', id: 'e:1' } }).selectedDetail).toBeNull();
  });

  test("the graph's reads come first", () => {
    expect(keys({ focus: 'p:a', selected: { type: 'node', id: 'p:a' } })).toEqual(['focus|p:a|200', 'entity|p:a']);
  });
});
