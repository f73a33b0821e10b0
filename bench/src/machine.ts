import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  neo4j: string;
  date: string;
}

export function describeMachine(neo4jVersion: string): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    neo4j: neo4jVersion,
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  };
}
