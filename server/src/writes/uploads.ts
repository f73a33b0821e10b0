import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { badInput } from '../resolvers/arguments.ts';

/**
 * A file's path as given, relative to the upload folder. Readers of folder formats (LinkedIn,
 * Cohort CSV) need a picked folder's files where they were in it (`export/Positions.csv`);
 * anything that would climb out of the folder is refused.
 */
function safeRelativePath(name: string): string {
  const parts = name.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.some((part) => part === '..' || part.includes('\0'))) {
    throw badInput('paths', `paths: "${name.slice(0, 80)}" cannot name an uploaded file.`);
  }
  return parts.join(path.sep);
}

/**
 * Writes the uploads to a new temporary folder, gives `work` what to import (each top-level file
 * or folder, in the order sent) and the folder, and removes the folder afterwards, whatever
 * happens.
 */
export async function withUploads<T>(
  files: readonly File[],
  paths: readonly string[] | null | undefined,
  work: (paths: string[], folder: string) => Promise<T>,
): Promise<T> {
  if (files.length === 0) throw badInput('files', 'files: send at least one file.');
  if (paths && paths.length !== files.length) {
    throw badInput(
      'paths',
      `paths: give one path for each file; there are ${files.length} files and ${paths.length} paths.`,
    );
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'cohort-upload-'));
  try {
    const tops: string[] = [];
    const written = new Set<string>();
    for (const [i, file] of files.entries()) {
      const name = paths?.[i] ?? file.name;
      const relative = safeRelativePath(name);
      if (written.has(relative)) throw badInput('files', `files: "${name}" is sent twice.`);
      written.add(relative);
      const target = path.join(folder, relative);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, Buffer.from(await file.arrayBuffer()));
      const top = path.join(folder, relative.split(path.sep)[0]!);
      if (!tops.includes(top)) tops.push(top);
    }
    return await work(tops, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
