/**
 * The GraphQL documents the bench sends: the fields the explorer asks for in each view
 * (web/src/lib/api/operations.graphql), so answer sizes are those a user's browser receives.
 */
const NODE = 'id kind name nameZh orgKind year';
const EVIDENCE = 'evidence { source line quote } conflicts { field claims { value evidence { source line quote } } }';
const EDGE = `id kind source target start end role degree field context position roleZh fieldZh location year week note ${EVIDENCE}`;
const PAGE = 'totalCount pageInfo { endCursor hasNextPage }';
const AFFILIATION = `person { ${NODE} } organization { ${NODE} } relation role degree field roleZh fieldZh location start end ${EVIDENCE}`;

export const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 20) { ${PAGE} items {
    id kind name nameZh aliases
    ... on Person {
      headline coauthorCount activeYears { from to }
      latestAffiliation { organization { ${NODE} } relation role degree }
    }
    ... on Organization { orgKind location } ... on Publication { year }
  } }
}`;

export const ENTITY = `query EntityDetail($id: ID!) {
  entity(id: $id) {
    __typename id kind name nameZh aliases
    ... on Person {
      headline homepage partial
      affiliations { ${AFFILIATION} }
      publications { ${PAGE} items { id name year award venue { ${NODE} } authors { ${NODE} } } }
      mentors { id kind name nameZh } mentees { id kind name nameZh }
      skills { ${NODE} } topics { ${NODE} } awards { ${NODE} } projects { ${NODE} }
    }
    ... on Organization { orgKind location parent { ${NODE} } units { ${NODE} } }
  }
}`;

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) { nodes { ${NODE} } edges { ${EDGE} } truncated }
}`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops) { nodes { ${NODE} } edges { ${EDGE} } length }
}`;

export const COMMON_GROUND = `query CommonGround($people: [ID!]!) {
  commonGround(people: $people) {
    organizations { organization { ${NODE} } affiliations { ${AFFILIATION} } overlap { start end } overlapStatus }
    coauthoredPublications { ${NODE} } sharedCoauthors { ${NODE} } sharedMentors { ${NODE} } sharedSkills { ${NODE} }
  }
}`;

export const COAUTHORS = `query Coauthors($person: ID!) {
  coauthors(person: $person) { ${PAGE} items { person { ${NODE} } publications { ${NODE} } count } }
}`;

export const LINEAGE = `query Lineage($person: ID!) {
  lineage(person: $person) { nodes { ${NODE} } edges { ${EDGE} } truncated }
}`;

export const ALUMNI = `query Alumni($organization: ID!) {
  alumni(organization: $organization, includeUnits: true) { ${PAGE} items { ${AFFILIATION} } }
}`;

const PEOPLE = `people(first: 10) { totalCount items { ${NODE} } }`;

export const TALENT_MAP = `query TalentMap($by: TalentDimension!) {
  talentMap(by: $by) { ${PAGE} items { group { ${NODE} } count ${PEOPLE} } }
}`;

export const TALENT_FLOW = `query TalentFlow {
  talentFlow { ${PAGE} items { from { ${NODE} } to { ${NODE} } count ${PEOPLE} } }
}`;

export const STATS = `query Stats { stats { nodes { kind count } relationships { kind count } } }`;
