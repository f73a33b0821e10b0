import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { LauncherError, resolveNeo4j } from '@cohort/db';
import { bulkImportFiles } from './bulk/bulk-import.ts';
import { importFiles } from './import/import-files.ts';
import { ImportRefused, type ImportReport } from './import/plan.ts';
import { FORMATS } from './read/index.ts';
import { removeDataset } from './write/write-dataset.ts';

const USAGE = `Usage: npm run import -- PATH... [options]
       npm run import -- --bulk PATH... [options]
       npm run import -- --remove NAME

Imports files (or folders, for a LinkedIn export or Cohort CSV) as one dataset.
  --dataset NAME   the dataset's name (default: the first file's name)
  --format F       the files' format, when detection is not wanted: ${FORMATS.join(', ')}
  --dry-run        read and resolve, report what would change, write nothing
  --strict         refuse the whole import if any record cannot be read
  --report FILE    also write the report as JSON
  --review         list the possible duplicates in full
  --remove NAME    take a dataset out of the graph: what only it said goes
  --bulk           a first import into the empty database of the managed Neo4j, with neo4j-admin:
                   far faster for large datasets; Neo4j is stopped during the load`;

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        dataset: { type: 'string' },
        format: { type: 'string' },
        'dry-run': { type: 'boolean' },
        strict: { type: 'boolean' },
        report: { type: 'string' },
        review: { type: 'boolean' },
        remove: { type: 'string' },
        bulk: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
}

function printReport(report: ImportReport, review: boolean): void {
  const { resolution: r, written } = report;
  const verb = report.dryRun ? 'would be' : 'were';
  const omitted = r.omitted ?? { merges: 0, matches: 0, possibleDuplicates: 0, skipped: 0, warnings: 0 };
  const inParts = report.parts ? ` in ${report.parts} parts` : '';
  console.log(
    `Dataset ${report.dataset} (${report.format}, ${report.files.length} files): ${r.records} records read${inParts}.`,
  );
  console.log(
    `Entities: ${r.entities.created} new, ${r.entities.matched} found in the graph, ` +
      `${r.merges.length + omitted.merges} merges within ${report.parts ? 'a part' : 'the dataset'}.`,
  );
  if (written?.interrupted)
    console.log(`An import of this dataset begun at ${written.interrupted} did not finish: this one completed it.`);
  if (written?.unchanged) console.log('Unchanged: the graph already holds this dataset as it is.');
  else if (written) {
    console.log(
      `Written: ${written.nodeCount} nodes, ${written.relationshipCount} relationships; no longer stated: ` +
        `${written.removed.nodes} nodes, ${written.removed.relationships} relationships.`,
    );
  } else console.log(`Nothing ${verb} written (dry run).`);
  const flagged = r.possibleDuplicates.length + omitted.possibleDuplicates;
  console.log(`Possible duplicates: ${flagged}${review || flagged === 0 ? '' : ' (--review lists them)'}.`);
  if (review) {
    for (const d of r.possibleDuplicates)
      console.log(`  ${d.a} ~ ${d.b}\n    for: ${d.for.join('; ')}\n    against: ${d.against.join('; ')}`);
  }
  for (const s of r.skipped) console.log(`Skipped ${s.file} ${s.locator}: ${s.reason}`);
  for (const w of r.warnings) console.log(`Note ${w.file} ${w.locator}: ${w.warning}`);
  const left = Object.entries(omitted).filter(([, n]) => n > 0);
  if (left.length > 0)
    console.log(`Not listed, to keep the report short: ${left.map(([list, n]) => `${n} more ${list}`).join(', ')}.`);
}

async function main(): Promise<number> {
  const { values, positionals } = parse();
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.remove && positionals.length === 0) usage('Name the files to import, or --remove a dataset.');
  if (values.bulk) {
    if (values.remove || values['dry-run']) usage('--bulk loads files: it goes with neither --remove nor --dry-run.');
    const report = await bulkImportFiles(positionals, {
      dataset: values.dataset,
      format: values.format,
      strict: values.strict,
      progress: true,
      log: (line) => console.log(line),
    });
    printReport(report, values.review ?? false);
    console.log(
      `Bulk load: CSV files written in ${report.bulk.csvSeconds.toFixed(1)} s, neo4j-admin import ${report.bulk.importSeconds.toFixed(1)} s.`,
    );
    if (values.report) writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const target = await resolveNeo4j();
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  try {
    if (values.remove) {
      const removed = await removeDataset(driver, values.remove, { database: target.database });
      if (!removed) throw new ImportRefused(`There is no dataset named "${values.remove}".`);
      console.log(
        `Removed the dataset ${values.remove}: it had stated ${removed.nodes} nodes and ${removed.relationships} relationships.`,
      );
      return 0;
    }
    const report = await importFiles(driver, positionals, {
      dataset: values.dataset,
      format: values.format,
      dryRun: values['dry-run'],
      strict: values.strict,
      database: target.database,
      progress: true,
      log: (line) => console.log(line),
    });
    printReport(report, values.review ?? false);
    if (values.report) writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    await driver.close();
    await target.release();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  const known = error instanceof ImportRefused || error instanceof LauncherError;
  console.error(known ? (error as Error).message : error);
  process.exitCode = 1;
}
