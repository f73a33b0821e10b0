import { importFiles, ImportRefused } from '@cohort/seed';
import type { GraphQLContext } from '../context.ts';
import type { ImportReport } from '../generated/resolvers.ts';
import { badInput, text } from '../resolvers/arguments.ts';
import { requireWrites } from './access.ts';
import { toImportReport } from './import-report.ts';
import { withUploads } from './uploads.ts';

interface ImportArgs {
  files: File[];
  dataset?: string | null;
  format?: string | null;
  paths?: string[] | null;
}

/** The importer speaks to the command line; here its options are the mutation's arguments. */
const CLI_OPTIONS: [string, string][] = [
  ['--dataset', 'the dataset argument'],
  ['--format', 'the format argument'],
  ['--remove', 'removeDataset'],
];

function inApiTerms(message: string, folder: string): string {
  let out = message.split(`${folder}/`).join('');
  for (const [option, argument] of CLI_OPTIONS) out = out.split(option).join(argument);
  return out;
}

/**
 * Imports uploaded files with the seed's importer, as `npm run import` does; a refusal comes
 * back as BAD_USER_INPUT on `files`, naming files as they were sent, never the temporary folder.
 */
export async function importUploads(ctx: GraphQLContext, args: ImportArgs, dryRun: boolean): Promise<ImportReport> {
  requireWrites(ctx.writes);
  const dataset = args.dataset == null ? undefined : text(args.dataset, 'dataset', 80);
  const format = args.format == null ? undefined : text(args.format, 'format', 40);
  return withUploads(args.files, args.paths, async (paths, folder) => {
    try {
      const report = await importFiles(ctx.driver, paths, { dataset, format, dryRun, database: ctx.database });
      return toImportReport(report);
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      throw badInput('files', inApiTerms(error.message, folder));
    }
  });
}
