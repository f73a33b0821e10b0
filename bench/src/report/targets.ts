import type { TierResult } from '../results.ts';
import type { ShapeResult } from '../run/measure.ts';
import { bytes, ms, num, shortError } from './format.ts';

export interface TargetVerdict {
  target: string;
  met: boolean | undefined;
  detail: string;
}

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const names = (shapes: ShapeResult[]) => shapes.map((s) => s.name).join(', ');

/** The issue's targets, checked on the reference tier (T1 when it was run) and T0 for scaling. */
export function verdicts(reference: TierResult, t0: TierResult | undefined): TargetVerdict[] {
  const shapes = reference.shapes;
  const failed = shapes.filter((s) => s.status !== 'ok');
  const large = shapes.filter((s) => s.defaults && s.bytes > 1_000_000);
  const slow = (limit: number) => shapes.filter((s) => s.targetMs === limit && !(finite(s.p95) && s.p95 <= limit));
  const heavy = shapes.filter((s) => s.status === 'ok' && !(finite(s.ratio) && s.ratio <= 1.2));
  const out: TargetVerdict[] = [
    {
      target: 'no query shape reaches the 5 s query timeout (or fails)',
      met: failed.length === 0,
      detail: failed.length
        ? `failing: ${failed.map((s) => `${s.name} (${shortError(s.error)})`).join(', ')}`
        : 'none fails',
    },
    {
      target: 'no answer with default arguments over 1 MB',
      met: large.length === 0,
      detail: large.length ? `over: ${large.map((s) => `${s.name} ${bytes(s.bytes)}`).join(', ')}` : 'all under',
    },
    ...[300, 1000].map((limit) => {
      const missed = slow(limit);
      return {
        target: `p95 ≤ ${limit} ms for its shapes`,
        met: missed.length === 0,
        detail: missed.length
          ? `missed by: ${missed.map((s) => (s.status === 'ok' ? `${s.name} ${ms(s.p95)} ms` : `${s.name} (${s.status})`)).join(', ')}`
          : 'all within',
      };
    }),
    {
      target: 'GraphQL ≤ 1.2× bare driver at p95',
      met: heavy.length === 0,
      detail: heavy.length ? `over: ${heavy.map((s) => `${s.name} ${num(s.ratio, 2)}×`).join(', ')}` : 'all within',
    },
  ];
  if (t0 && reference.tier !== 'T0') {
    const before = new Map(t0.shapes.map((s) => [s.name, s]));
    const grown = shapes.filter((s) => {
      const base = before.get(s.name);
      return s.scaling && !(base && finite(s.p95) && finite(base.p95) && s.p95 <= 2 * Math.max(base.p95, 1));
    });
    out.push({
      target: `${reference.tier} p95 ≤ 2× T0 p95 (entity, neighborhood depth 1, search, coauthors)`,
      met: grown.length === 0,
      detail: grown.length ? `grew more: ${names(grown)}` : 'all within',
    });
  }
  const comparison = reference.comparison;
  out.push({
    target: 'online import (dataset writer) ≥ 60% of raw UNWIND throughput',
    met: comparison ? comparison.ratio >= 0.6 : undefined,
    detail: comparison
      ? `${num(comparison.writer.rowsPerSecond)} against ${num(comparison.raw.rowsPerSecond)} rows/s: ${num(100 * comparison.ratio)}%`
      : 'not measured',
  });
  return out;
}
