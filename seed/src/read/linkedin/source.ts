import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ReadError } from '../../records/model.ts';

/** The files of an export the reader uses; every other file of the archive stays unread. */
export const EXPORT_FILES = ['Email Addresses.csv', 'Profile.csv', 'Positions.csv', 'Education.csv', 'Skills.csv'];

/** A LinkedIn export as a folder, a zip or one of its CSV files: the files it has, opened on demand. */
export interface ExportSource {
  has(name: string): boolean;
  open(name: string): Promise<Readable>;
  /** The name evidence gives for a record of this CSV: the file on disk the user imported. */
  fileOf(name: string): string;
  close(): void;
}

/**
 * The most a zip may expand to across the files read. The five files of a long career are
 * kilobytes; anything near this size is no LinkedIn export but a zip bomb or the wrong file.
 */
export const MAX_UNZIPPED_BYTES = 32 * 1024 * 1024;

const wanted = (name: string) => EXPORT_FILES.find((file) => file.toLowerCase() === name.toLowerCase());

export async function folderSource(path: string): Promise<ExportSource> {
  const found = new Map<string, string>();
  for (const name of await readdir(path)) {
    const file = wanted(name);
    if (file) found.set(file, name);
  }
  return {
    has: (name) => found.has(name),
    open: async (name) => createReadStream(join(path, found.get(name) ?? name)),
    fileOf: (name) => found.get(name) ?? name,
    close: () => undefined,
  };
}

export function fileSource(path: string): ExportSource {
  const file = basename(path);
  const name = wanted(file);
  return {
    has: (asked) => asked === name,
    open: async () => createReadStream(path),
    fileOf: () => file,
    close: () => undefined,
  };
}

export async function zipSource(path: string, maxBytes = MAX_UNZIPPED_BYTES): Promise<ExportSource> {
  const file = basename(path);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  } catch (error) {
    throw new ReadError(`${file} is not a readable zip archive: ${(error as Error).message}`);
  }
  const entries = new Map<string, yauzl.Entry>();
  try {
    for await (const entry of zip.eachEntry()) {
      // LinkedIn puts its files at the top; a same-named file in a subfolder is something else.
      if (entry.fileName.includes('/')) continue;
      const name = wanted(entry.fileName);
      if (name) entries.set(name, entry);
    }
  } catch (error) {
    zip.close();
    throw new ReadError(`${file} is a damaged zip archive: ${(error as Error).message}`);
  }
  // yauzl checks each entry against the size it declares, so the declared sizes can be trusted.
  const total = [...entries.values()].reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > maxBytes) {
    zip.close();
    throw new ReadError(
      `${file}: its profile files would expand to ${total} bytes, more than the ${maxBytes} a LinkedIn export needs; refused as a possible zip bomb`,
    );
  }
  return {
    has: (name) => entries.has(name),
    open: async (name) => {
      const entry = entries.get(name);
      if (!entry) throw new ReadError(`${file} has no ${name}`);
      try {
        return await zip.openReadStreamPromise(entry);
      } catch (error) {
        throw new ReadError(`${file}: cannot read ${name}: ${(error as Error).message}`);
      }
    },
    fileOf: () => file,
    close: () => zip.close(),
  };
}
