import type { Driver, ManagedTransaction, Transaction } from 'neo4j-driver';

/** `target` with `replacements` in place of its own members, its other methods bound to it. */
export function replacing<T extends object>(target: T, replacements: Partial<T>): T {
  return new Proxy(target, {
    get(object, key) {
      if (Object.hasOwn(replacements, key)) return replacements[key as keyof T];
      const value: unknown = Reflect.get(object, key, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

/**
 * The driver, calling `onRun` with the text of every statement run in a transaction of its
 * sessions, whether managed (executeRead) or explicit (beginTransaction).
 */
export function watchingStatements(driver: Driver, onRun: (cypher: string) => void): Driver {
  const watched = <Tx extends ManagedTransaction | Transaction>(tx: Tx): Tx => {
    const run = ((cypher: string, params?: Record<string, unknown>) => {
      onRun(cypher);
      return tx.run(cypher, params);
    }) as Tx['run'];
    return replacing<ManagedTransaction | Transaction>(tx, { run }) as Tx;
  };
  const session: Driver['session'] = (config) => {
    const opened = driver.session(config);
    const executeRead = ((work, txConfig) =>
      opened.executeRead((tx) => work(watched(tx)), txConfig)) as typeof opened.executeRead;
    const beginTransaction: typeof opened.beginTransaction = (txConfig) => watched(opened.beginTransaction(txConfig));
    return replacing(opened, { executeRead, beginTransaction });
  };
  return replacing(driver, { session });
}
