import type { EntityKind } from '../kinds.ts';
import { personNameKey, thingNameKey } from './identity.ts';
import { pinyinNameForms } from './pinyin.ts';

const HAN = /\p{Script=Han}/u;

/** A publication title as an identity: letters and digits only, in lower case, accents aside. */
export function titleKey(title: string): string | undefined {
  const key = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return key.length >= 8 ? key : undefined;
}

/** "Jevin D. West" without its middle initial, when two full words remain. */
function withoutInitials(name: string): string | undefined {
  if (HAN.test(name)) return undefined;
  const full = name.split(/\s+/).filter((word) => word.replace(/[^\p{L}]/gu, '').length >= 2);
  return full.length >= 2 ? personNameKey(full.join(' ')) : undefined;
}

/** The key a node is found by when nothing stronger than its name identifies it. */
export function nameKeyOf(kind: EntityKind, name: string): string | undefined {
  if (kind === 'PERSON') return personNameKey(name) ?? withoutInitials(name);
  if (kind === 'PUBLICATION') return titleKey(name);
  return thingNameKey(name);
}

/**
 * Every key a name may be stored under: the name's own, and for a Chinese personal name the
 * keys of its pinyin in both orders, so 张祥雨 meets Xiangyu Zhang.
 */
export function nameKeysOf(kind: EntityKind, names: (string | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const own = nameKeyOf(kind, name);
    if (own) keys.add(own);
    // "Jevin D. West" is also "Jevin West": a middle initial leaves two full words to match on.
    const bare = kind === 'PERSON' ? withoutInitials(name) : undefined;
    if (bare) keys.add(bare);
    if (kind === 'PERSON' && HAN.test(name)) {
      for (const form of pinyinNameForms(name)) {
        const key = personNameKey(form);
        if (key) keys.add(key);
      }
    }
  }
  return [...keys];
}
