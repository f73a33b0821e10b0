import type { EntityKind, FactProperty, RelationKind } from '../../kinds.ts';
import type { EntityRecord, Evidence, ImportRecord, RelationRecord } from '../../records/model.ts';
import { isChineseOnly, named, orgKindOf, plain, snippetOf } from './text.ts';
import type { Json } from './validate.ts';

export type Values = Partial<Record<FactProperty, string | number>>;

/**
 * What the section readers share for one file: where things are, and which refs exist.
 * Organizations, skills, topics and venues are named once per résumé: the file is one
 * person's CV, so the same name in it is the same thing. People are never merged here.
 */
export class ResumeContext {
  private readonly refs = new Map<string, string>();
  private readonly counts = new Map<string, number>();
  private readonly linked = new Set<string>();

  constructor(
    readonly file: string,
    private readonly raw: Json,
    private readonly lines: Map<string, number>,
    readonly notes: Map<string, string[]>,
  ) {}

  /** Evidence for a pointer; the snippet and line are those of the section element it lies in. */
  evidence(pointer: string): Evidence {
    const element = pointer.split('/').slice(0, 3).join('/');
    const line = this.lines.get(element);
    return {
      file: this.file,
      locator: pointer,
      ...(line !== undefined && { line }),
      snippet: snippetOf(valueAt(this.raw, element)),
    };
  }

  newRef(prefix: string): string {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    return `${prefix}-${n}`;
  }

  /**
   * The ref of a thing named once per file, and its entity record the first time it is named.
   * `extra` fills the record only then.
   */
  shared(
    kind: EntityKind,
    text: string,
    pointer: string,
    extra: Partial<EntityRecord> = {},
  ): { ref: string; entity?: EntityRecord } {
    const name = plain(text);
    const key = `${kind}:${name.normalize('NFKC').toLowerCase()}`;
    const known = this.refs.get(key);
    if (known) return { ref: known };
    const ref = this.newRef(kind.toLowerCase());
    this.refs.set(key, ref);
    return { ref, entity: this.entity(ref, kind, name, pointer, extra) };
  }

  organization(
    text: string,
    pointer: string,
    fallbackKind: string | undefined,
    homepage?: unknown,
    warnings?: string[],
  ) {
    const orgKind = orgKindOf(text, fallbackKind);
    return this.shared('ORGANIZATION', text, pointer, {
      ...(orgKind && { details: { orgKind } }),
      ...(typeof homepage === 'string' && { homepage }),
      ...(warnings?.length && { warnings }),
    });
  }

  entity(
    ref: string,
    kind: EntityKind,
    text: string,
    pointer: string,
    extra: Partial<EntityRecord> = {},
  ): EntityRecord {
    return { type: 'entity', ref, kind, ...named(plain(text)), ...extra, evidence: this.evidence(pointer) };
  }

  /** A relation, unless the same one was already made (a skill listed twice). */
  relation(
    kind: RelationKind,
    from: string,
    to: string,
    pointer: string,
    values: Values = {},
    warnings: string[] = [],
  ): RelationRecord | undefined {
    const key = `${kind}|${from}|${to}|${JSON.stringify(values)}`;
    if (this.linked.has(key)) return undefined;
    this.linked.add(key);
    const kept = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== ''));
    return {
      type: 'relation',
      kind,
      from,
      to,
      ...(Object.keys(kept).length > 0 && { values: kept }),
      basis: 'stated',
      ...(warnings.length > 0 && { warnings }),
      evidence: this.evidence(pointer),
    };
  }
}

/** A fact's text, with its Chinese twin when the text is Chinese only (`role` and `roleZh`). */
export function fact(property: 'role' | 'field', value: unknown): Values {
  if (typeof value !== 'string') return {};
  const text = plain(value);
  if (!text) return {};
  return isChineseOnly(text) ? { [property]: text, [`${property}Zh`]: text } : { [property]: text };
}

export function valueAt(doc: unknown, pointer: string): unknown {
  let value = doc;
  for (const token of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Json)[token.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return value;
}

export function* present(...records: (ImportRecord | undefined)[]): Generator<ImportRecord> {
  for (const record of records) if (record) yield record;
}
