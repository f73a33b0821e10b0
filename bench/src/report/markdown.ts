import type { TierResult } from '../results.ts';
import { bytes, ms, num, shortError, table, thousands, times } from './format.ts';
import { verdicts } from './targets.ts';

function machineTable(results: TierResult[]): string {
  return table(
    ['tier', 'run on', 'CPU', 'cores', 'memory', 'Node', 'Neo4j'],
    results.map((r) => [
      r.tier,
      r.machine.date,
      r.machine.cpu,
      String(r.machine.cores),
      `${r.machine.memoryGb} GB`,
      r.machine.node,
      r.machine.neo4j,
    ]),
  );
}

function loadTable(results: TierResult[]): string {
  return table(
    [
      'tier',
      'nodes',
      'relationships',
      'full load (writer)',
      'full load (bulk)',
      'sample',
      'writer',
      'raw UNWIND',
      'writer / raw',
      'bulk',
    ],
    results.map((r) => [
      r.tier,
      thousands(r.graph.nodes),
      thousands(r.graph.relationships),
      r.load ? `${thousands(r.load.rowsPerSecond)} rows/s (${num(r.load.seconds)} s)` : 'not run',
      r.bulkFull ? `${thousands(r.bulkFull.rowsPerSecond)} rows/s (${num(r.bulkFull.seconds)} s)` : 'not run',
      r.comparison ? thousands(r.comparison.sample.nodes + r.comparison.sample.relationships) + ' rows' : '–',
      r.comparison ? `${thousands(r.comparison.writer.rowsPerSecond)} rows/s` : '–',
      r.comparison ? `${thousands(r.comparison.raw.rowsPerSecond)} rows/s` : '–',
      r.comparison ? `${num(100 * r.comparison.ratio)}%` : '–',
      r.comparison?.bulk ? `${thousands(r.comparison.bulk.rowsPerSecond)} rows/s` : '–',
    ]),
  );
}

/** One row per shape, a p50 / p95 pair per tier, and for the reference tier its bare driver, ratio and size. */
function shapeTable(results: TierResult[], reference: TierResult): string {
  const first = results[0] as TierResult;
  const byTier = results.map((r) => new Map(r.shapes.map((s) => [s.name, s])));
  const header = [
    'shape',
    'target p95',
    ...results.map((r) => `${r.tier} p50 / p95 ms`),
    `${reference.tier} bare p95`,
    'GraphQL / bare',
    `${reference.tier} answer`,
    ...(reference !== first ? [`${reference.tier} / ${first.tier} p95`] : []),
    'samples',
  ];
  const rows = reference.shapes.map((s) => {
    const cells = byTier.map((shapes) => {
      const shape = shapes.get(s.name);
      if (!shape) return '–';
      return shape.status === 'ok' ? `${ms(shape.p50)} / ${ms(shape.p95)}` : `**${shape.status}**`;
    });
    const base = byTier[0]?.get(s.name);
    return [
      s.name,
      s.targetMs ? `${s.targetMs} ms` : '5 s',
      ...cells,
      ms(s.bareP95),
      times(s.ratio),
      s.status === 'ok' ? bytes(s.bytes) : shortError(s.error),
      ...(reference !== first ? [base && s.status === 'ok' ? times(s.p95 / base.p95) : '–'] : []),
      String(s.samples),
    ];
  });
  return table(header, rows);
}

/** The generated part of docs/performance.md: machine, load, every shape, and the verdict on each target. */
export function resultsMarkdown(results: TierResult[]): string {
  // The targets are set at T1; T2 is shown beside it, slower by design.
  const reference = results.find((r) => r.tier === 'T1') ?? (results[results.length - 1] as TierResult);
  const t0 = results.find((r) => r.tier === 'T0');
  const verdictLines = verdicts(reference, t0).map(
    (v) => `- ${v.met === undefined ? 'not measured' : v.met ? 'met' : '**NOT met**'}: ${v.target} (${v.detail}).`,
  );
  return [
    '### Machine',
    '',
    machineTable(results),
    '',
    '### Load',
    '',
    loadTable(results),
    '',
    '### Query shapes',
    '',
    shapeTable(results, reference),
    '',
    `### Targets (checked on ${reference.tier})`,
    '',
    ...verdictLines,
  ].join('\n');
}
