import type { EntityRecord } from '../records.ts';
import { formatField, type FieldPath, type SeedProblem } from '../problems.ts';
import { generatedAliases } from './aliases.ts';

interface IdentityKey {
  key: string;
  /** What the key is, for the message: `e-mail`, `name "Xiangyu Zhang"`. */
  label: string;
  field: FieldPath;
  /** Generated spellings may coincide with each other (张伟 and 章伟); only a declared one decides. */
  declared: boolean;
}

const HAN = /\p{Script=Han}/u;

function squeezeHan(text: string): string | undefined {
  const squeezed = text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
  return squeezed.length >= 2 ? squeezed : undefined;
}

/**
 * A personal name as an identity: the words of the name in any order, once it has at least
 * two words of two letters or more. A surname alone, or initials ("X. Wang"), are no identity:
 * different people share them.
 */
export function personNameKey(name: string): string | undefined {
  if (HAN.test(name)) return squeezeHan(name);
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // A nickname in brackets, "Zhongfei (Mark) Zhang", is not part of the legal name.
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’-]/g, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (words.length < 2 || words.some((word) => word.length < 2)) return undefined;
  return words.sort().join(' ');
}

/** Any other name: case, spacing and punctuation aside, the same words are the same thing. */
export function thingNameKey(name: string): string | undefined {
  // Symbols stay: C, C++ and C# are three languages.
  const squeezed = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.,:;'’"()_-]/gu, '');
  return squeezed || undefined;
}

function identityKeys(entity: EntityRecord): IdentityKey[] {
  const keys: IdentityKey[] = [];
  if (entity.email) {
    keys.push({
      key: `email:${entity.email.toLowerCase()}`,
      label: `e-mail address`,
      field: ['email'],
      declared: true,
    });
  }
  const isPerson = entity.kind === 'PERSON';
  // A partial name is a fragment; only an e-mail address can identify its bearer.
  if (isPerson && entity.partial) return keys;
  const toKey = isPerson ? personNameKey : thingNameKey;
  const names: [string, FieldPath, boolean][] = [
    [entity.name, ['name'], true],
    ...(entity.nameZh ? [[entity.nameZh, ['nameZh'], true] as [string, FieldPath, boolean]] : []),
    ...entity.aliases.map((alias, i): [string, FieldPath, boolean] => [alias, ['aliases', i], true]),
    ...generatedAliases(entity).map((alias): [string, FieldPath, boolean] => [alias, ['nameZh'], false]),
  ];
  for (const [name, field, declared] of names) {
    const key = toKey(name);
    if (key) keys.push({ key: `name:${key}`, label: `name ${JSON.stringify(name)}`, field, declared });
  }
  return keys;
}

/**
 * Refuses two ids that name one real entity: the same e-mail address, Chinese name or full
 * name (in either order, or as the pinyin of the other's Chinese name), within one kind.
 */
export function checkIdentities(entities: Iterable<EntityRecord>, problems: SeedProblem[]): void {
  const holders = new Map<string, { entity: EntityRecord; key: IdentityKey }>();
  const reported = new Set<string>();
  for (const entity of entities) {
    for (const key of identityKeys(entity)) {
      const slot = `${entity.kind}|${key.key}`;
      const holder = holders.get(slot);
      if (!holder) {
        holders.set(slot, { entity, key });
        continue;
      }
      if (holder.entity.id === entity.id) continue;
      if (!holder.key.declared && !key.declared) continue;
      const pair = `${holder.entity.id}|${entity.id}`;
      if (reported.has(pair)) continue;
      reported.add(pair);
      const first = holder.entity.origin;
      const where = `${first.yaml.display}:${first.yaml.lineOf([...first.at, ...holder.key.field])}`;
      problems.push(
        entity.origin.yaml.problem(
          [...entity.origin.at, ...key.field],
          `${entity.id} (${key.label}) and ${holder.entity.id} (${holder.key.label}, ${formatField(holder.key.field)} at ${where}) ` +
            'are the same entity; declare it once and reference that id',
        ),
      );
    }
  }
}
