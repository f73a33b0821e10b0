import { FACT_PROPERTY_USE, RELATION_ENDS, type FactProperty } from '../kinds.ts';
import type { EntityRecord, FactRecord } from '../records.ts';
import type { SeedProblem } from '../problems.ts';
import { SourceText } from './source-text.ts';
import { endsBeforeStart, parsePartialDate, PARTIAL_DATE_HINT } from '../partial-date.ts';

/** Checks what a fact's shape cannot: its ends, its properties, its dates and its evidence. */
export function checkFacts(
  facts: FactRecord[],
  entities: Map<string, EntityRecord>,
  sources: Map<string, string>,
  problems: SeedProblem[],
): void {
  const texts = new Map([...sources].map(([name, text]) => [name, new SourceText(text)]));
  for (const fact of facts) {
    checkEnds(fact, entities, problems);
    checkPropertyUse(fact, problems);
    checkDates(fact, problems);
    checkEvidence(fact, texts, problems);
  }
}

function checkEnds(fact: FactRecord, entities: Map<string, EntityRecord>, problems: SeedProblem[]): void {
  const { yaml, at } = fact.origin;
  const ends = RELATION_ENDS[fact.kind];
  for (const side of ['from', 'to'] as const) {
    const id = fact[side];
    const entity = entities.get(id);
    if (!entity) {
      problems.push(yaml.problem([...at, side], `${id} is not declared in any data file`));
    } else if (!ends[side].includes(entity.kind)) {
      problems.push(
        yaml.problem(
          [...at, side],
          `${fact.kind} goes from ${ends.from.join(' or ')} to ${ends.to.join(' or ')}, but ${id} is ${entity.kind}`,
        ),
      );
    }
  }
  if (fact.from === fact.to) problems.push(yaml.problem([...at, 'to'], `a fact cannot join ${fact.from} to itself`));
}

function checkPropertyUse(fact: FactRecord, problems: SeedProblem[]): void {
  for (const property of Object.keys(fact.values) as FactProperty[]) {
    const allowed = FACT_PROPERTY_USE[property];
    if (allowed && !allowed.includes(fact.kind)) {
      problems.push(
        fact.origin.yaml.problem(
          [...fact.origin.at, property],
          `is not used with ${fact.kind} (only ${allowed.join(', ')})`,
        ),
      );
    }
  }
}

function checkDates(fact: FactRecord, problems: SeedProblem[]): void {
  const { yaml, at } = fact.origin;
  const parsed: { start?: number[]; end?: number[] } = {};
  for (const side of ['start', 'end'] as const) {
    const value = fact.values[side];
    if (value === undefined) continue;
    parsed[side] = parsePartialDate(String(value));
    if (!parsed[side])
      problems.push(yaml.problem([...at, side], `${JSON.stringify(String(value))} ${PARTIAL_DATE_HINT}`));
  }
  if (parsed.start && parsed.end && endsBeforeStart(parsed.start, parsed.end)) {
    problems.push(yaml.problem([...at, 'end'], `"${fact.values.end}" is before the start "${fact.values.start}"`));
  }
}

function checkEvidence(fact: FactRecord, texts: Map<string, SourceText>, problems: SeedProblem[]): void {
  for (const evidence of fact.evidence) {
    const text = texts.get(evidence.source);
    // A missing source document is reported once, against the file's `source` field.
    if (!text) continue;
    const { yaml, at } = evidence.origin;
    if (evidence.line > text.lineCount) {
      problems.push(yaml.problem([...at, 'line'], `${evidence.source} has only ${text.lineCount} lines`));
      continue;
    }
    if (text.hasQuoteAt(evidence.line, evidence.quote)) continue;
    const elsewhere = text.linesWithQuote(evidence.quote);
    const hint = elsewhere.length > 0 ? ` (it begins on line ${elsewhere.join(', ')})` : '';
    problems.push(
      yaml.problem(
        [...at, 'quote'],
        `${JSON.stringify(evidence.quote)} is not in ${evidence.source} starting at line ${evidence.line}${hint}`,
      ),
    );
  }
}
