import { z } from 'zod';
import {
  ENTITY_KINDS,
  ID_PREFIX,
  MENTOR_CONTEXTS,
  ORG_KINDS,
  PUB_KINDS,
  RELATION_KINDS,
  type EntityKind,
} from '../kinds.ts';
import { EMAIL_EXACT } from '../checks/email.ts';

const text = z.string().trim().min(1, 'must not be empty');
/** YAML reads `2019` as a number and `2019-05` as a string; both are fine where text is meant. */
const scalarText = z.union([z.string(), z.number()]).transform((value) => String(value));
const positiveInt = z.number().int().min(1);

function idOf(kind: EntityKind) {
  const prefix = ID_PREFIX[kind];
  return z
    .string()
    .regex(
      new RegExp(`^${prefix}:[a-z0-9]+(-[a-z0-9]+)*$`),
      `is not a valid ${kind} id (expected ${prefix}: and lower-case words joined by -)`,
    );
}

const common = {
  name: text,
  nameZh: text.optional(),
  aliases: z.array(text).optional(),
};

const thing = (kind: EntityKind) =>
  z.strictObject({
    id: idOf(kind),
    kind: z.literal(kind),
    ...common,
    description: text.optional(),
    url: text.optional(),
  });

/** One schema per kind of entity a source file may declare (organizations live in the registry). */
export const ENTITY_SCHEMAS = {
  PERSON: z.strictObject({
    id: idOf('PERSON'),
    kind: z.literal('PERSON'),
    ...common,
    headline: text.optional(),
    homepage: text.optional(),
    email: z.string().regex(EMAIL_EXACT, 'is not an e-mail address').optional(),
    partial: z.boolean().optional(),
  }),
  PUBLICATION: z.strictObject({
    id: idOf('PUBLICATION'),
    kind: z.literal('PUBLICATION'),
    ...common,
    year: z.number().int().min(1000).max(9999).optional(),
    pubKind: z.enum(PUB_KINDS),
    award: text.optional(),
  }),
  VENUE: thing('VENUE'),
  COURSE: thing('COURSE'),
  PROJECT: thing('PROJECT'),
  SKILL: thing('SKILL'),
  TOPIC: thing('TOPIC'),
  AWARD: thing('AWARD'),
  REPOSITORY: thing('REPOSITORY'),
} as const;

export type SourceEntityKind = keyof typeof ENTITY_SCHEMAS;
export type EntityInput = z.output<(typeof ENTITY_SCHEMAS)[SourceEntityKind]>;

export const ORGANIZATION_SCHEMA = z.strictObject({
  id: idOf('ORGANIZATION'),
  // Optional because the registry holds nothing else; allowed so an entry may say so anyway.
  kind: z.literal('ORGANIZATION').optional(),
  ...common,
  orgKind: z.enum(ORG_KINDS),
  location: text.optional(),
});
export type OrganizationInput = z.output<typeof ORGANIZATION_SCHEMA>;

export const REGISTRY_SCHEMA = z.strictObject({
  organizations: z.array(z.unknown()),
});

export const EVIDENCE_SCHEMA = z.strictObject({
  line: positiveInt,
  quote: text,
});

export const FACT_SCHEMA = z.strictObject({
  kind: z.enum(RELATION_KINDS),
  from: text,
  to: text,
  key: scalarText.optional(),
  role: text.optional(),
  roleZh: text.optional(),
  degree: text.optional(),
  field: text.optional(),
  fieldZh: text.optional(),
  location: text.optional(),
  start: scalarText.optional(),
  end: scalarText.optional(),
  year: z.number().int().min(1000).max(9999).optional(),
  context: z.enum(MENTOR_CONTEXTS).optional(),
  position: positiveInt.optional(),
  week: positiveInt.optional(),
  note: text.optional(),
  // `inferred`: the document does not say it but it follows unambiguously from what it says.
  basis: z.enum(['stated', 'inferred']).optional(),
  evidence: z.array(EVIDENCE_SCHEMA).min(1, 'needs at least one {line, quote}'),
});
export type FactInput = z.output<typeof FACT_SCHEMA>;

export const SOURCE_FILE_SCHEMA = z.strictObject({
  source: z.string().regex(/^[^/\\]+\.txt$/, 'must name a .txt file in the sources folder'),
  entities: z.array(z.unknown()).optional(),
  facts: z.array(z.unknown()).optional(),
});

export const ENTITY_KIND_SCHEMA = z.enum(ENTITY_KINDS);
