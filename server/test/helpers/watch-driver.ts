import type { Driver } from 'neo4j-driver';

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
 * sessions: the explicit ones (beginTransaction) the server reads in.
 */
export function watchingStatements(driver: Driver, onRun: (cypher: string) => void): Driver {
  const session: Driver['session'] = (config) => {
    const opened = driver.session(config);
    const beginTransaction: typeof opened.beginTransaction = (txConfig) => {
      const tx = opened.beginTransaction(txConfig);
      const run = ((cypher: string, params?: Record<string, unknown>) => {
        onRun(cypher);
        return tx.run(cypher, params);
      }) as typeof tx.run;
      return replacing(tx, { run });
    };
    return replacing(opened, { beginTransaction });
  };
  return replacing(driver, { session });
}
