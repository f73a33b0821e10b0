import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { ReadError, type ImportRecord, type Reader } from '../records/model.ts';
import { readEducation, readEmail, readPositions, readProfile, readSkills } from './linkedin/files.ts';
import { LINKEDIN_HEADERS } from './linkedin/rows.ts';
import {
  EXPORT_FILES,
  fileSource,
  folderSource,
  MAX_UNZIPPED_BYTES,
  zipSource,
  type ExportSource,
} from './linkedin/source.ts';

/**
 * LinkedIn's "Get a copy of your data" archive, as the zip LinkedIn sends, the folder it
 * unpacks to, or one CSV of it: the person, their positions, schools and skills. Of the
 * dozens of files in the archive only five are read; messages, connections and the rest
 * concern other people and stay closed.
 */

const splitHeader = (line: string) => line.split(',').map((column) => column.trim().replace(/^"|"$/g, ''));

/** Whether a line of CSV is the header of one of the export's files (name lower-cased). */
function isLinkedinHeader(line: string, name: string): boolean {
  const columns = splitHeader(line);
  const has = (file: string) => (LINKEDIN_HEADERS[file] ?? []).every((column) => columns.includes(column));
  // Positions and Education headers are LinkedIn's own; `Name` or `First Name` alone could be anyone's.
  if (has('Positions.csv') || has('Education.csv')) return true;
  if (has('Profile.csv')) return name === 'profile.csv' || columns.includes('Maiden Name');
  if (name === 'skills.csv') return columns.length === 1 && columns[0] === 'Name';
  return name === 'email addresses.csv' && has('Email Addresses.csv');
}

/**
 * A zip is recognized by LinkedIn's name for it or by an export file named in its first
 * entries; a folder, for which `head` lists its file names one a line, by holding both
 * Profile.csv and Positions.csv; a CSV by its header, after any `Notes:` preamble.
 */
export function detectLinkedin(name: string, head: string): boolean {
  const base = basename(name).toLowerCase();
  if (/linkedindataexport/.test(base)) return true;
  if (base.endsWith('.zip')) return head.startsWith('PK') && /(?:Profile|Positions)\.csv/.test(head);
  if (base.endsWith('.csv')) {
    const lines = head
      .replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '')
      .split(/\r?\n/)
      .slice(0, 12);
    return lines.some((line) => isLinkedinHeader(line, base));
  }
  const listed = new Set(head.split(/\r?\n/).map((line) => basename(line.trim())));
  return listed.has('Profile.csv') && listed.has('Positions.csv');
}

/** The source a path names; a lone CSV brings the Profile.csv beside it, which says whose it is. */
async function openSource(path: string, maxZipBytes: number): Promise<ExportSource> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new ReadError(`${basename(path)} does not exist`);
  if (info.isDirectory()) return folderSource(path);
  if (path.toLowerCase().endsWith('.zip')) return zipSource(path, maxZipBytes);
  const file = EXPORT_FILES.find((known) => known.toLowerCase() === basename(path).toLowerCase());
  if (!file) throw new ReadError(`${basename(path)} is not one of the files of a LinkedIn export this reads`);
  const single = fileSource(path);
  const folder = await folderSource(dirname(path));
  const beside = (name: string) =>
    name === file || ((name === 'Profile.csv' || name === 'Email Addresses.csv') && folder.has(name));
  return {
    has: beside,
    open: (name) => (name === file ? single.open(name) : folder.open(name)),
    fileOf: (name) => folder.fileOf(name),
    close: () => undefined,
  };
}

export interface LinkedinReaderOptions {
  /** How far a zip may expand across the files read (zip-bomb guard). */
  maxZipBytes?: number;
}

export function createLinkedinReader(options: LinkedinReaderOptions = {}): Reader {
  const maxZipBytes = options.maxZipBytes ?? MAX_UNZIPPED_BYTES;
  return {
    format: 'linkedin',
    detect: detectLinkedin,
    async *read(path: string): AsyncGenerator<ImportRecord> {
      const source = await openSource(path, maxZipBytes);
      try {
        if (!source.has('Profile.csv')) {
          throw new ReadError(
            `${basename(path)} is not a LinkedIn export: it has no Profile.csv to say whose positions, schools and skills these are`,
          );
        }
        yield* readProfile(source, await readEmail(source));
        if (source.has('Positions.csv')) yield* readPositions(source);
        if (source.has('Education.csv')) yield* readEducation(source);
        if (source.has('Skills.csv')) yield* readSkills(source);
      } finally {
        source.close();
      }
    },
  };
}

export const linkedinReader: Reader = createLinkedinReader();
