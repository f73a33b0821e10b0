import { basename } from 'node:path';
import type { ImportRecord, Reader } from '../records/model.ts';
import { Collector } from './wikidata/collector.ts';
import { entityRecords } from './wikidata/entity.ts';
import { pieces } from './wikidata/source.ts';
import { sparqlRecords } from './wikidata/sparql.ts';

/**
 * Wikidata as the API gives it (`wbgetentities`, `Special:EntityData/Q….json`), as the dumps
 * give it (one entity per line, in a JSON array or not), or a SPARQL query's JSON result:
 * people and organizations, who advised whom, who worked and studied where.
 */
export const wikidataReader: Reader = {
  format: 'wikidata',
  detect(name, head) {
    if (!/\.(?:json|jsonl|ndjson)$/i.test(name) && !/^\s*[[{]/.test(head)) return false;
    const entities = /"entities"\s*:\s*\{\s*"Q\d+"/.test(head);
    const item = /"type"\s*:\s*"item"/.test(head) && /"id"\s*:\s*"Q\d+"/.test(head);
    const sparql = /"head"\s*:\s*\{/.test(head) && /"bindings"\s*:/.test(head) && head.includes('wikidata.org/entity/');
    // Key order is not fixed: some saved entities list their claims before their id and type.
    const statements = /"claims"\s*:/.test(head) && /"mainsnak"\s*:/.test(head);
    return entities || item || sparql || statements;
  },
  read,
};

async function* read(path: string): AsyncGenerator<ImportRecord> {
  const file = basename(path);
  const collector = new Collector(file);
  for await (const piece of pieces(path)) {
    if (piece.type === 'bad') yield { type: 'skipped', file, locator: piece.locator, reason: piece.reason };
    else if (piece.type === 'sparql') yield* sparqlRecords(piece.result, file, collector);
    else yield* entityRecords(piece.entity, file, piece.line, collector);
  }
  yield* collector.finish();
}
