/** One stream number per kind of draw, so adding a draw to one kind never shifts another's. */
export const STREAM = {
  organization: 1,
  person: 2,
  publication: 3,
  thing: 4,
  personFacts: 5,
} as const;

/** Entity ids of the synthetic graph: short, since T2 stores sixteen million of them in relationship ids. */
export const ids = {
  person: (i: number) => `person:p${i}`,
  organization: (i: number) => `org:o${i}`,
  publication: (i: number) => `pub:w${i}`,
  skill: (i: number) => `skill:s${i}`,
  topic: (i: number) => `topic:t${i}`,
  venue: (i: number) => `venue:v${i}`,
};
