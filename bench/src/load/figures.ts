export interface LoadFigures {
  nodes: number;
  relationships: number;
  seconds: number;
  /** Nodes and relationships written per second of wall time. */
  rowsPerSecond: number;
}

export function figures(nodes: number, relationships: number, started: number): LoadFigures {
  const seconds = (performance.now() - started) / 1000;
  return {
    nodes,
    relationships,
    seconds,
    rowsPerSecond: Math.round((nodes + relationships) / Math.max(seconds, 1e-3)),
  };
}
