import { mkdtempSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { javaProcessesFor } from '../src/processes.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { LauncherError } from '../src/errors.ts';
import { parseJavaMajor } from '../src/java.ts';
import { startManagedNeo4j } from '../src/managed-neo4j.ts';
import { isAlive } from '../src/processes.ts';

const homes: string[] = [];
function tempHome(): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'cohort-launcher-test-'));
  homes.push(home);
  return home;
}
afterAll(() => homes.forEach((home) => rmSync(home, { recursive: true, force: true })));

const quiet = () => {};

describe('the managed Neo4j', () => {
  it(
    'starts, reports ready only when Bolt answers, and leaves nothing behind after stop',
    { timeout: 150_000 },
    async () => {
      const home = tempHome();
      const server = await startManagedNeo4j({ home, port: 0, log: quiet });
      expect(javaProcessesFor(home)).toHaveLength(1);
      const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
      try {
        const info = await driver.executeQuery(
          'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition',
        );
        expect(info.records[0]?.get('v')).toMatch(/^5\.26\./);
        expect(info.records[0]?.get('edition')).toBe('community');
        const timeout = await driver.executeQuery(
          "SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value",
        );
        expect(timeout.records[0]?.get('value')).toBe('30s');
      } finally {
        await driver.close();
      }
      // The generated password is kept beside the data, readable by its owner only.
      expect(statSync(path.join(home, 'password')).mode & 0o777).toBe(0o600);
      await server.stop();
      expect(isAlive(server.pid)).toBe(false);
      expect(javaProcessesFor(home)).toHaveLength(0);
    },
  );

  it('refuses a port that is already in use, naming it, and starts nothing', { timeout: 60_000 }, async () => {
    const home = tempHome();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const attempt = startManagedNeo4j({ home, port, log: quiet });
      await expect(attempt).rejects.toThrow(LauncherError);
      await expect(attempt).rejects.toThrow(`Port ${port}`);
      expect(javaProcessesFor(home)).toHaveLength(0);
    } finally {
      blocker.close();
    }
  });

  it('says how to fix a JAVA_HOME without Java', async () => {
    const emptyJavaHome = tempHome();
    const attempt = startManagedNeo4j({
      home: tempHome(),
      port: 0,
      env: { ...process.env, JAVA_HOME: emptyJavaHome },
      log: quiet,
    });
    await expect(attempt).rejects.toThrow(/JAVA_HOME is set to .*no bin\/java.*Java 17 or 21/s);
  });

  it(
    "reports the server's own words when it dies during start-up, and leaves nothing running",
    { timeout: 60_000 },
    async () => {
      const home = tempHome();
      const attempt = startManagedNeo4j({ home, port: 0, heap: 'lots', log: quiet });
      await expect(attempt).rejects.toThrow(/stopped during start-up[\s\S]*Invalid (initial|maximum) heap size/);
      expect(javaProcessesFor(home)).toHaveLength(0);
    },
  );
});

describe('parseJavaMajor', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('no version here')).toBeUndefined();
  });
});
