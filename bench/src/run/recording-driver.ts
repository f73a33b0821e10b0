import type { Driver, Session, Transaction } from 'neo4j-driver';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** What one GraphQL request ran: its read transactions, each a list of statements in order. */
export type Recording = Statement[][];

/** A transaction whose `run` calls are also written to `statements`. */
function recordingTransaction<T extends Pick<Transaction, 'run'>>(tx: T, statements: Statement[]): T {
  return new Proxy(tx, {
    get(target, name, receiver) {
      if (name !== 'run') return Reflect.get(target, name, receiver) as unknown;
      return (cypher: string, params: Record<string, unknown> = {}) => {
        statements.push({ cypher, params });
        return target.run(cypher, params);
      };
    },
  });
}

/**
 * Wraps the server's driver so every statement the data layer runs is recorded with its
 * parameters, exactly as sent; the bare-driver side then replays the same Cypher. It works
 * whichever way the server opens its transactions (explicit ones today, managed ones before),
 * and needs nothing from the server but the driver it is given.
 */
export function recordingDriver(driver: Driver) {
  let recording: Recording = [];
  const begin = (): Statement[] => {
    const statements: Statement[] = [];
    recording.push(statements);
    return statements;
  };
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property, receiver) {
        if (property === 'beginTransaction') {
          return (...args: Parameters<Session['beginTransaction']>) =>
            recordingTransaction(target.beginTransaction(...args), begin());
        }
        if (property === 'executeRead') {
          return (work: Parameters<Session['executeRead']>[0], config?: Parameters<Session['executeRead']>[1]) => {
            const statements = begin();
            return target.executeRead((tx) => {
              // A retried transaction runs `work` again: only the last attempt counts.
              statements.length = 0;
              return work(recordingTransaction(tx, statements));
            }, config);
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver) as unknown;
      return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
    },
  });
  return {
    driver: wrapped,
    /** Returns what was recorded since the last call, and starts a new recording. */
    take(): Recording {
      const taken = recording.filter((statements) => statements.length > 0);
      recording = [];
      return taken;
    },
  };
}

/** Runs a recording on the bare driver: the same transactions, in order, with the same timeout. */
export async function replay(driver: Driver, recording: Recording, timeoutMs: number): Promise<void> {
  for (const statements of recording) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    const tx = session.beginTransaction({ timeout: timeoutMs });
    try {
      for (const { cypher, params } of statements) await tx.run(cypher, params);
      await tx.commit();
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
      await session.close();
    }
  }
}
