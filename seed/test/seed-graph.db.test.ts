import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactEmails } from '../src/checks/email.ts';
import { REAL_SOURCES_DIR } from './helpers/data-copy.ts';
import { loadRealGraph, query, search, testDriver } from './helpers/database.ts';

const CV = '000_047d70e5b9cb1943.txt';

interface Claim {
  value: string;
  source: string;
  line: number;
  quote: string;
}

describe('the seed graph', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await loadRealGraph(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  async function topHit(text: string): Promise<string | undefined> {
    return (await search(driver, text))[0]?.id;
  }

  describe('entity resolution', () => {
    it('keeps the six people surnamed Zhang as six people', async () => {
      const rows = await query<{ id: string }>(
        driver,
        "MATCH (p:Person) WHERE any(n IN [p.name] + p.aliases WHERE n =~ '(?i).*\\\\bzhang\\\\b.*') RETURN p.id AS id ORDER BY id",
      );
      expect(rows.map((r) => r.id)).toEqual([
        'person:chaopeng-zhang',
        'person:qianhao-zhang',
        'person:tao-zhang',
        'person:wenjie-zhang',
        'person:xiangyu-zhang',
        'person:zhongfei-zhang',
      ]);
    });

    it.each(['张祥雨', 'Xiangyu Zhang', 'Zhang Xiangyu', 'zhangxiangyu'])(
      'finds 张祥雨 as one person by %j',
      async (text) => {
        expect(await topHit(text)).toBe('person:xiangyu-zhang');
        const people = await query(
          driver,
          "MATCH (p:Person) WHERE p.nameZh = '张祥雨' OR p.name = 'Xiangyu Zhang' RETURN p.id",
        );
        expect(people).toHaveLength(1);
      },
    );

    it.each(['曹琼', 'Qiong Cao'])('finds 曹琼 as one person by %j', async (text) => {
      expect(await topHit(text)).toBe('person:qiong-cao');
    });

    it.each(['北京大学', 'Peking University', 'PKU', '北大'])('finds Peking University first by %j', async (text) => {
      expect(await topHit(text)).toBe('org:peking-university');
    });

    it.each([
      ['org:peking-university', ['北京大学', 'Peking University', 'PKU']],
      ['org:beihang-university', ['北京航空航天大学', 'Beihang University', 'BUAA']],
      ['org:megvii', ['Megvii', '旷视科技', 'Face++']],
      ['org:microsoft-research-asia', ['Microsoft Research Asia', '微软亚洲研究院', '微软亚研院']],
    ])('resolves every name of %s to that one node', async (id, names) => {
      for (const name of names) {
        const holders = await query<{ id: string }>(
          driver,
          'MATCH (o:Organization) WHERE any(n IN [o.name, o.nameZh] + o.aliases WHERE toLower(n) = toLower($name)) RETURN o.id AS id',
          { name },
        );
        expect(
          holders.map((h) => h.id),
          name,
        ).toEqual([id]);
        // The analyzer drops symbols, so "Face++" searches for "face"; exact names are matched above.
        if (/^[\p{L}\s]+$/u.test(name)) {
          expect(
            (await search(driver, name)).slice(0, 3).map((hit) => hit.id),
            name,
          ).toContain(id);
        }
      }
    });

    it('records the Tencent internship conflict with both quotes, keeping the first value', async () => {
      const [internship] = await query<{ start: string; conflicts: string }>(
        driver,
        `MATCH (:Person {id: 'person:chaopeng-zhang'})-[r:WORKED_AT]->(:Organization {id: 'org:tencent-youtu-lab'})
         RETURN r.start AS start, r.conflicts AS conflicts`,
      );
      expect(internship?.start).toBe('2018-05');
      const conflicts = JSON.parse(internship?.conflicts ?? '[]') as { field: string; claims: Claim[] }[];
      const start = conflicts.find((c) => c.field === 'start');
      expect(start?.claims).toEqual(
        expect.arrayContaining([
          { value: '2018-05', source: CV, line: 49, quote: 'May 2018 - April 2019' },
          { value: '2018-03', source: CV, line: 126, quote: 'Mar 2018 - April 2019' },
        ]),
      );
    });
  });

  describe('facts from the documents', () => {
    async function authors(publication: string): Promise<string[]> {
      const rows = await query<{ id: string }>(
        driver,
        'MATCH (p:Person)-[r:AUTHORED]->(:Publication {id: $publication}) RETURN p.id AS id ORDER BY r.position',
        { publication },
      );
      return rows.map((r) => r.id);
    }

    it('lists authors in order', async () => {
      expect(await authors('pub:non-local-recurrent-neural-memory')).toEqual([
        'person:canmiao-fu',
        'person:qiong-cao',
        'person:wenjie-pei',
        'person:chaopeng-zhang',
        'person:xiaoyong-shen',
        'person:yong-zhao',
        'person:yu-wing-tai',
      ]);
      expect(await authors('pub:textsnake')).toEqual([
        'person:shangbang-long',
        'person:jiaqiang-ruan',
        'person:wenjie-zhang',
        'person:xin-he',
        'person:wenhao-wu',
        'person:cong-yao',
      ]);
    });

    it('knows who taught which week of Practical Deep Learning, and who assisted', async () => {
      const weeks = await query<{ week: number; id: string }>(
        driver,
        "MATCH (p:Person)-[r:TAUGHT]->(:Course {id: 'course:practical-deep-learning'}) RETURN r.week AS week, p.id AS id ORDER BY week",
      );
      expect(weeks.map((w) => `${w.week} ${w.id}`)).toEqual([
        '1 person:xiangyu-zhang',
        '2 person:yichen-wei',
        '3 person:jian-sun',
        '4 person:xiangyu-zhang',
        '5 person:kai-jia',
        '6 person:shuchang-zhou',
        '7 person:gang-yu',
        '8 person:xinyu-zhou',
        '9 person:haoqiang-fan',
        '10 person:haoqiang-fan',
        '11 person:jian-sun',
      ]);
      const assistants = await query<{ id: string }>(
        driver,
        "MATCH (p:Person)-[:ASSISTED]->(:Course {id: 'course:practical-deep-learning'}) RETURN p.id AS id ORDER BY id",
      );
      expect(assistants.map((a) => a.id)).toEqual(['person:guangzeng-xie', 'person:yuekai-zhao']);
    });

    it('traces mentorship from mentor to mentee', async () => {
      const rows = await query<{ pair: string }>(
        driver,
        "MATCH (m:Person)-[r:MENTORED]->(s:Person) RETURN m.id + ' -> ' + s.id + ' (' + coalesce(r.context, '') + ')' AS pair",
      );
      expect(rows.map((r) => r.pair)).toEqual(
        expect.arrayContaining([
          'person:tiezhen-wang -> person:chaopeng-zhang (host)',
          'person:qiong-cao -> person:chaopeng-zhang (leader)',
          'person:jian-sun -> person:xiangyu-zhang (advisor)',
          'person:kaiming-he -> person:xiangyu-zhang (advisor)',
          'person:long-quan -> person:yichen-wei (advisor)',
          'person:john-galeotti -> person:qianhao-zhang (supervisor)',
          'person:allen-yang -> person:qianhao-zhang (supervisor)',
          'person:yingming-li -> person:wang-x (advisor)',
          'person:zhongfei-zhang -> person:wang-x (advisor)',
        ]),
      );
    });

    it('places people at organizations and their units, with partial dates', async () => {
      const rows = await query<{ fact: string }>(
        driver,
        `MATCH (p:Person)-[r:STUDIED_AT]->(:Organization)-[:PART_OF*0..2]->(o:Organization)
         RETURN p.id + ' ' + o.id + ' ' + coalesce(r.start, '?') + '..' + coalesce(r.end, '?') AS fact`,
      );
      expect(rows.map((r) => r.fact)).toEqual(
        expect.arrayContaining([
          'person:chaopeng-zhang org:peking-university 2017-08..2020-07',
          'person:chaopeng-zhang org:beihang-university 2013-08..2017-07',
          'person:tao-zhang org:fuyang-normal-university 2010..2014',
          'person:tao-zhang org:central-china-normal-university 2016..2020',
        ]),
      );
      const lecturers = await query<{ id: string }>(
        driver,
        `MATCH (p:Person)-[:TAUGHT]->(:Course {id: 'course:practical-deep-learning'})
         WHERE NOT (p)-[:WORKED_AT]->(:Organization)-[:PART_OF*0..2]->(:Organization {id: 'org:megvii'})
         RETURN DISTINCT p.id AS id`,
      );
      expect(lecturers).toEqual([]);
    });

    it('marks a person known only by initials as partial', async () => {
      const [wang] = await query<{ partial: boolean; name: string }>(
        driver,
        "MATCH (p:Person {id: 'person:wang-x'}) RETURN p.partial AS partial, p.name AS name",
      );
      expect(wang).toEqual({ partial: true, name: 'Wang, X.' });
    });
  });

  describe('storage contract', () => {
    it('gives every node the Entity label, its kind label and the common properties', async () => {
      const bad = await query(
        driver,
        `MATCH (n:Entity)
         WHERE n.id IS NULL OR n.name IS NULL OR NOT n.aliases IS :: LIST<STRING NOT NULL> NOT NULL
            OR size(labels(n)) <> 2 OR n.email IS NOT NULL
            OR (n:Person AND valueType(n.partial) <> 'BOOLEAN NOT NULL')
            OR (n:Organization AND NOT n.orgKind IN ['UNIVERSITY', 'COMPANY', 'LAB', 'INSTITUTE'])
         RETURN n.id`,
      );
      expect(bad).toEqual([]);
      const kinds = await query<{ kind: string; label: string }>(
        driver,
        "MATCH (n:Entity) UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label RETURN DISTINCT n.kind AS kind, label",
      );
      for (const { kind, label } of kinds) expect(label.toUpperCase()).toBe(kind);
    });

    it('stores years, positions, weeks and evidence lines as integers', async () => {
      const [relationships] = await query<{ types: string[] }>(
        driver,
        `MATCH ()-[r]->()
         UNWIND [r.evidenceLines, r.position, r.week, r.year] AS value
         WITH value WHERE value IS NOT NULL
         RETURN collect(DISTINCT valueType(value)) AS types`,
      );
      expect(new Set(relationships?.types)).toEqual(new Set(['LIST<INTEGER NOT NULL> NOT NULL', 'INTEGER NOT NULL']));
      const [publications] = await query<{ types: string[] }>(
        driver,
        'MATCH (p:Publication) WHERE p.year IS NOT NULL RETURN collect(DISTINCT valueType(p.year)) AS types',
      );
      expect(publications?.types).toEqual(['INTEGER NOT NULL']);
    });

    it('gives every relationship a readable id and evidence that checks out against its source', async () => {
      const relationships = await query<{
        id: string;
        type: string;
        from: string;
        to: string;
        sources: string[];
        lines: number[];
        quotes: string[];
      }>(
        driver,
        `MATCH (a)-[r]->(b) RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to,
           r.evidenceSources AS sources, r.evidenceLines AS lines, r.evidenceQuotes AS quotes`,
      );
      expect(relationships.length).toBeGreaterThan(200);
      const texts = new Map<string, string[]>();
      const squeeze = (text: string) => text.replace(/\s+/g, '');
      for (const r of relationships) {
        expect(r.id.startsWith(`${r.type}:${r.from}->${r.to}#`)).toBe(true);
        expect(r.sources.length).toBeGreaterThan(0);
        expect(r.lines).toHaveLength(r.sources.length);
        expect(r.quotes).toHaveLength(r.sources.length);
        r.sources.forEach((source, i) => {
          if (!texts.has(source)) {
            texts.set(source, redactEmails(readFileSync(path.join(REAL_SOURCES_DIR, source), 'utf8')).split('\n'));
          }
          const lines = texts.get(source) as string[];
          const line = r.lines[i] as number;
          const rest = squeeze(lines.slice(line - 1).join('\n'));
          const at = rest.indexOf(squeeze(r.quotes[i] as string));
          expect(at, `${r.id}: ${source}:${line} ${r.quotes[i]}`).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThan(squeeze(lines[line - 1] as string).length);
        });
      }
    });
  });

  describe('privacy', () => {
    async function storedStrings(): Promise<string[]> {
      const rows = await query<{ values: unknown[] }>(
        driver,
        // Everything but a dataset's file digests: hexadecimal hashes, not text from any source.
        `MATCH (n) RETURN [k IN keys(n) WHERE NOT (n:Dataset AND k IN ['files', 'contentHash']) | n[k]] AS values
         UNION ALL
         MATCH ()-[r]->() RETURN [k IN keys(r) | r[k]] AS values`,
      );
      return rows.flatMap((r) => r.values.flat()).filter((v): v is string => typeof v === 'string');
    }

    it('stores no e-mail address anywhere, and redacts them in quotes', async () => {
      const strings = await storedStrings();
      expect(strings.length).toBeGreaterThan(1000);
      const addresses = strings.filter((s) => /[\w.}]\s?@\s?[\w-]+\.[a-z]/i.test(s));
      expect(addresses).toEqual([]);
      const [host] = await query<{ quotes: string[] }>(
        driver,
        "MATCH (:Person {id: 'person:tiezhen-wang'})-[r:MENTORED]->(:Person {id: 'person:chaopeng-zhang'}) RETURN r.evidenceQuotes AS quotes",
      );
      expect(host?.quotes).toContain('Host: [email]');
      const keys = await query(driver, "MATCH (n) WHERE 'email' IN keys(n) RETURN n.id");
      expect(keys).toEqual([]);
    });

    it('stores nothing shaped like a phone number', async () => {
      const phoneLike = (await storedStrings()).filter(
        (s) => /\d{7,}/.test(s) || /\+\s?\d{2}[\s-]?\d{3}/.test(s) || /\d{3}[-\s]\d{4}[-\s]\d{4}/.test(s),
      );
      expect(phoneLike).toEqual([]);
    });
  });
});
