import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { downloadedBytes, mavenCommand, mavenWrapper, runMaven } from '../src/maven.ts';
import { dbDir } from '../src/paths.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A folder holding an `mvn` with the given script and mode. */
function folderWithMvn(script: string, mode = 0o755): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cohort-maven-test-'));
  folders.push(folder);
  writeFileSync(path.join(folder, 'mvn'), `#!/bin/sh\n${script}\n`);
  chmodSync(path.join(folder, 'mvn'), mode);
  return folder;
}

describe('the Maven the Neo4j fetch runs', () => {
  it('is mvn from PATH when there is one', () => {
    const folder = folderWithMvn('exit 0');
    const maven = mavenCommand({ PATH: ['/nonexistent', folder].join(path.delimiter) });
    expect(maven).toEqual({ command: path.join(folder, 'mvn'), args: [], wrapper: false });
  });

  it('is the wrapper in db/ when PATH has no mvn, or only one that cannot run', () => {
    const notExecutable = folderWithMvn('exit 0', 0o644);
    for (const PATH of ['', '/nonexistent', notExecutable]) {
      expect(mavenCommand({ PATH })).toEqual({ command: '/bin/sh', args: [mavenWrapper], wrapper: true });
    }
    expect(mavenWrapper).toBe(path.join(dbDir, 'mvnw'));
    expect(statSync(mavenWrapper).mode & 0o111).not.toBe(0);
  });

  it('has the wrapper fetch a checked Maven 3.9 from the central repository', () => {
    const properties = readFileSync(path.join(dbDir, '.mvn', 'wrapper', 'maven-wrapper.properties'), 'utf8');
    expect(properties).toMatch(
      /^distributionUrl=https:\/\/[^/]+\/maven2\/org\/apache\/maven\/apache-maven\/(3\.9\.\d+)\/apache-maven-\1-bin\.zip$/m,
    );
    expect(properties).toMatch(/^distributionSha256Sum=[0-9a-f]{64}$/m);
    expect(readFileSync(mavenWrapper, 'utf8')).toMatch(/Licensed to the Apache Software Foundation/);
  });
});

describe("Maven's transfer progress", () => {
  it('reads the size of each file Maven reports as downloaded', () => {
    const at = 'https://repo.example/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar';
    expect(downloadedBytes(`Downloaded from central: ${at} (5.1 MB at 3.2 MB/s)`)).toBe(5_100_000);
    expect(downloadedBytes(`Downloaded from central: ${at} (14 kB at 125 kB/s)`)).toBe(14_000);
    expect(downloadedBytes(`Downloaded from my-mirror: ${at} (812 B at 8.1 kB/s)`)).toBe(812);
    expect(downloadedBytes(`Downloading from central: ${at}`)).toBeUndefined();
    expect(downloadedBytes('[INFO] Copying neo4j-kernel-5.26.30.jar')).toBeUndefined();
  });

  it("passes progress on as files arrive, and keeps Maven's last words when it fails", async () => {
    const folder = folderWithMvn(
      [
        'echo "Downloaded from central: https://repo.example/a.pom (2 kB at 1 MB/s)"',
        'echo "Downloaded from central: https://repo.example/a.jar (1.5 MB at 1 MB/s)"',
        'echo "[ERROR] Could not resolve dependencies for $*" >&2',
        'echo "[ERROR] Re-run Maven using the -X switch to enable full debug logging." >&2',
        'exit 3',
      ].join('\n'),
    );
    const env = { ...process.env, PATH: folder };
    const progress: unknown[] = [];
    const result = await runMaven(mavenCommand(env), ['-B', 'verify'], {
      cwd: folder,
      env,
      progressEveryMs: 0,
      onProgress: (transfer) => progress.push(transfer),
    });
    expect(progress).toEqual([
      { files: 1, bytes: 2_000 },
      { files: 2, bytes: 1_502_000 },
    ]);
    expect(result.code).toBe(3);
    expect(result.transfer).toEqual({ files: 2, bytes: 1_502_000 });
    // Its words, without the advice it ends every failure with; stdout and stderr in any order.
    expect([...result.lastLines].sort()).toEqual([
      'Downloaded from central: https://repo.example/a.jar (1.5 MB at 1 MB/s)',
      'Downloaded from central: https://repo.example/a.pom (2 kB at 1 MB/s)',
      '[ERROR] Could not resolve dependencies for -B verify',
    ]);
  });
});
