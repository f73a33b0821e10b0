import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context.ts';
import type { EntityRow } from '../data/rows.ts';
import type { EntityKind } from '../generated/resolvers.ts';

/** Ids are short slugs; anything longer cannot name an entity and is refused unread. */
export const MAX_ID_LENGTH = 200;

/** A client mistake, named by the argument it concerns. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function unknownId(argument: string, id: string): GraphQLError {
  return badInput(argument, `${argument}: no entity has the id "${id}".`);
}

/** An integer argument within bounds; an explicit null means the schema's default. */
export function intInRange(
  value: number | null | undefined,
  argument: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const chosen = value ?? fallback;
  if (chosen < min || chosen > max) {
    throw badInput(argument, `${argument} must be between ${min} and ${max}; got ${chosen}.`);
  }
  return chosen;
}

export function text(value: string, argument: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badInput(argument, `${argument} must not be empty.`);
  if (trimmed.length > maxLength) {
    throw badInput(argument, `${argument} must be at most ${maxLength} characters; got ${trimmed.length}.`);
  }
  return trimmed;
}

export function nonEmptyList<T>(value: readonly T[] | null | undefined, argument: string): readonly T[] | null {
  if (value && value.length === 0) {
    throw badInput(argument, `${argument} must name at least one value, or be left out for all of them.`);
  }
  return value ?? null;
}

const KIND_NAMES: Record<EntityKind, string> = {
  PERSON: 'a person',
  ORGANIZATION: 'an organization',
  PUBLICATION: 'a publication',
  VENUE: 'a venue',
  COURSE: 'a course',
  PROJECT: 'a project',
  SKILL: 'a skill',
  TOPIC: 'a topic',
  AWARD: 'an award',
  REPOSITORY: 'a repository',
};

/** The entities the ids name, refusing unknown ids and, when `kind` is given, other kinds. */
export async function existing(
  ctx: GraphQLContext,
  ids: readonly string[],
  argument: string,
  kind?: EntityKind,
): Promise<EntityRow[]> {
  const tooLong = ids.find((id) => id.length > MAX_ID_LENGTH);
  if (tooLong !== undefined) throw badInput(argument, `${argument}: no entity has an id that long.`);
  const found = await ctx.loaders.entity.loadAll(ids);
  return found.map((entity, i) => {
    if (!entity) throw unknownId(argument, ids[i] ?? '');
    if (kind && entity.kind !== kind) {
      throw badInput(argument, `${argument}: "${entity.id}" is not ${KIND_NAMES[kind]}.`);
    }
    return entity;
  });
}

export async function existingOne(
  ctx: GraphQLContext,
  id: string,
  argument: string,
  kind?: EntityKind,
): Promise<EntityRow> {
  const [entity] = await existing(ctx, [id], argument, kind);
  if (!entity) throw unknownId(argument, id);
  return entity;
}
