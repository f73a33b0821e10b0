import type { EntityRecord } from '../records.ts';
import { pinyinNameForms } from './pinyin.ts';

/** Generated spellings of an entity's names, beyond those the data declares. */
export function generatedAliases(entity: EntityRecord): string[] {
  return entity.kind === 'PERSON' && entity.nameZh ? pinyinNameForms(entity.nameZh) : [];
}

/** Declared aliases first, then generated ones, without repeating the name or each other. */
export function storedAliases(entity: EntityRecord): string[] {
  const taken = new Set([entity.name, entity.nameZh]);
  const aliases: string[] = [];
  for (const alias of [...entity.aliases, ...generatedAliases(entity)]) {
    if (taken.has(alias)) continue;
    taken.add(alias);
    aliases.push(alias);
  }
  return aliases;
}
