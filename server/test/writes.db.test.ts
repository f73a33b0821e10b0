import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, data, post, seededApp, testConfig, type App } from './helpers/api.ts';
import { listen } from './helpers/http.ts';

const TOKEN = 'test-admin-token-0123456789';
const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'seed', 'test', 'fixtures');
const STATE_OF_OA = path.join(FIXTURES, 'import', 'state-of-oa.bib');
const MEETS_SEED = path.join(FIXTURES, 'import', 'meets-seed');

interface Upload {
  name: string;
  content: string;
}

const fixture = (file: string, name = path.basename(file)): Upload => ({ name, content: readFileSync(file, 'utf8') });
const meetsSeed = () =>
  ['people.csv', 'organizations.csv', 'affiliations.csv'].map((f) =>
    fixture(path.join(MEETS_SEED, f), `meets-seed/${f}`),
  );

const REPORT = `dataset format dryRun records created files { name }
  matched { record entity reason } merged { a b reason }
  flagged { a b reasonsFor reasonsAgainst } skipped { file locator reason }
  written { unchanged nodes relationships }`;

/** A GraphQL multipart request (the spec graphql-yoga implements): operations, map, then the files. */
async function upload(
  url: string,
  field: 'importPreview' | 'importCommit',
  files: Upload[],
  { token = TOKEN, dataset }: { token?: string | null; dataset?: string } = {},
) {
  const form = new FormData();
  const query = `mutation ($files: [Upload!]!, $dataset: String, $paths: [String!]) {
    ${field}(files: $files, dataset: $dataset, paths: $paths) { ${REPORT} } }`;
  // Multipart parsers keep only a file's base name; a folder's layout travels in `paths`.
  const paths = files.some((f) => f.name.includes('/')) ? files.map((f) => f.name) : undefined;
  form.append('operations', JSON.stringify({ query, variables: { files: files.map(() => null), dataset, paths } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  files.forEach((file, i) => form.append(String(i), new Blob([file.content]), file.name));
  const headers: Record<string, string> = { 'x-graphql-yoga-csrf': '1' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/graphql`, { method: 'POST', body: form, headers });
  const text = await response.text();
  return { status: response.status, ...((text ? JSON.parse(text) : {}) as { data?: any; errors?: any[] }) };
}

/** A JSON request with the admin token (or another). */
async function write(app: App, query: string, variables: Record<string, unknown> = {}, token: string | null = TOKEN) {
  const response = await app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

const DUPLICATES = `{ possibleDuplicates(first: 50) { totalCount items {
  id datasets reasonsFor reasonsAgainst locators
  a { id name datasets } b { id name datasets } } } }`;

describe('writes: off without a token', () => {
  const ctx = seededApp();

  it('answers every mutation with WRITES_DISABLED, saying how to enable writes', async () => {
    const result = await post(ctx.app, 'mutation { removeDataset(name: "seed") { name } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('WRITES_DISABLED');
    expect(result.errors?.[0]?.message).toMatch(/COHORT_ADMIN_TOKEN/);
    const { datasets, writesEnabled } = await data(ctx.app, '{ writesEnabled datasets { name } }');
    expect(writesEnabled).toBe(false);
    expect(datasets.map((d: { name: string }) => d.name)).toContain('seed');
  });

  it('still refuses multipart requests', async () => {
    const server = await listen(ctx.app.handle);
    try {
      const result = await upload(server.url, 'importCommit', [fixture(STATE_OF_OA)]);
      expect(result.status).toBeGreaterThanOrEqual(400);
      expect(result.data?.importCommit).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('writes with the admin token', () => {
  const ctx = seededApp();
  let app: App;
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    app = buildApp(ctx.driver, { config: { ...testConfig, adminToken: TOKEN } });
    ({ url, close } = await listen(app.handle));
  });
  afterAll(() => close());

  const pairIds = async () => {
    const { possibleDuplicates } = await data(app, DUPLICATES);
    return possibleDuplicates.items.map((d: any) => [d.a.id, d.b.id].sort().join(' ')) as string[];
  };

  it('refuses a wrong or missing token with 401 UNAUTHENTICATED, as JSON and as multipart', async () => {
    for (const token of ['not-the-token-at-all', null]) {
      const json = await write(app, 'mutation { removeDataset(name: "seed") { name } }', {}, token);
      expect(json.status).toBe(401);
      expect(json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const multipart = await upload(url, 'importCommit', [fixture(STATE_OF_OA)], { token });
      expect(multipart.status).toBe(401);
      expect(multipart.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const { datasets } = await data(app, '{ writesEnabled datasets { name } }');
    expect(datasets.map((d: { name: string }) => d.name)).toEqual(['seed']);
  });

  it('takes only the import mutations as multipart', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: '{ stats { nodes { kind } } }' }));
    form.append('map', '{}');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      body: form,
      headers: { 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/importPreview or importCommit/);
  });

  it('previews an import without changing the graph', async () => {
    const result = await upload(url, 'importPreview', [fixture(STATE_OF_OA)]);
    expect(result.errors).toBeUndefined();
    const report = result.data.importPreview;
    expect(report).toMatchObject({ dataset: 'state-of-oa', format: 'bibtex', dryRun: true, written: null });
    expect(report.files).toEqual([{ name: 'state-of-oa.bib' }]);
    expect(report.created).toBeGreaterThanOrEqual(10);
    const { search, datasets } = await data(
      app,
      '{ datasets { name } search(text: "Heather Piwowar", kinds: [PERSON]) { totalCount } }',
    );
    expect(search.totalCount).toBe(0);
    expect(datasets.map((d: { name: string }) => d.name)).toEqual(['seed']);
  });

  it('commits an import, and removes the dataset again', async () => {
    const result = await upload(url, 'importCommit', [fixture(STATE_OF_OA)]);
    expect(result.errors).toBeUndefined();
    expect(result.data.importCommit).toMatchObject({ dryRun: false, written: { unchanged: false } });
    expect(result.data.importCommit.written.nodes).toBeGreaterThanOrEqual(10);
    const found = await data(app, '{ search(text: "Heather Piwowar", kinds: [PERSON]) { items { id datasets } } }');
    expect(found.search.items[0].datasets).toEqual(['state-of-oa']);

    const removed = await write(app, 'mutation { removeDataset(name: "state-of-oa") { name nodes relationships } }');
    expect(removed.data.removeDataset).toMatchObject({
      name: 'state-of-oa',
      nodes: result.data.importCommit.written.nodes,
    });
    const after = await data(
      app,
      '{ search(text: "Heather Piwowar", kinds: [PERSON]) { totalCount } datasets { name } }',
    );
    expect(after.search.totalCount).toBe(0);
    expect(after.datasets.map((d: { name: string }) => d.name)).toEqual(['seed']);
    const again = await write(app, 'mutation { removeDataset(name: "state-of-oa") { name } }');
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'name' } });
  });

  it('names the file when an upload cannot be imported, never the server folder', async () => {
    const result = await upload(url, 'importCommit', [{ name: 'notes.txt', content: 'nothing to see here' }]);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'files' });
    expect(result.errors?.[0]?.message).toMatch(/^Cannot tell the format of notes\.txt/);
    expect(result.errors?.[0]?.message).not.toMatch(/cohort-upload|tmp/);
  });

  it('keeps a possible duplicate from a folder upload, lists it, and a decision of different keeps it gone', async () => {
    const first = await upload(url, 'importCommit', meetsSeed());
    expect(first.errors).toBeUndefined();
    expect(first.data.importCommit.flagged).toContainEqual(expect.objectContaining({ b: 'person:jian-sun' }));
    expect(await pairIds()).toEqual(['person:jian-sun person:jian-sun-2']);
    const { possibleDuplicates } = await data(app, DUPLICATES);
    const [pair] = possibleDuplicates.items;
    expect(pair).toMatchObject({
      datasets: ['meets-seed'],
      reasonsFor: ['the same name as person:jian-sun'],
      locators: ['people.csv, row 3'],
    });
    expect([pair.a.name, pair.b.name]).toEqual(['Jian Sun', 'Jian Sun']);

    const decided = await write(
      app,
      'mutation ($id: ID!) { resolveDuplicate(id: $id, decision: DIFFERENT) { id decision merged kept { id } } }',
      {
        id: pair.id,
      },
    );
    expect(decided.data.resolveDuplicate).toMatchObject({ id: pair.id, decision: 'DIFFERENT', merged: null });
    expect(await pairIds()).toEqual([]);

    // Removed and imported again, the dataset brings the same namesake back: not flagged again.
    await write(app, 'mutation { removeDataset(name: "meets-seed") { name } }');
    const again = await upload(url, 'importCommit', meetsSeed());
    expect(again.data.importCommit.flagged).toEqual([]);
    expect(await pairIds()).toEqual([]);
    const unknown = await write(app, 'mutation { resolveDuplicate(id: "person:a|person:b", decision: SAME) { id } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('merges a pair decided the same: relationships and evidence move onto the kept person', async () => {
    const lab: Upload[] = [
      { name: 'vision-lab/people.csv', content: 'id,name,name_zh,aliases,orcid,homepage,headline\njs,Jian Sun,,,,,\n' },
      {
        name: 'vision-lab/organizations.csv',
        content: 'id,name,name_zh,aliases,kind,ror,parent\nlab,Example Vision Lab,,,LAB,,\n',
      },
      {
        name: 'vision-lab/affiliations.csv',
        content: 'person,organization,relation,role,degree,field,start,end\njs,lab,WORKED_AT,Researcher,,,2020,\n',
      },
    ];
    const imported = await upload(url, 'importCommit', lab);
    expect(imported.errors).toBeUndefined();
    const pairs = await pairIds();
    expect(pairs).toContain('person:jian-sun person:jian-sun-3');
    const { possibleDuplicates } = await data(app, DUPLICATES);
    const pair = possibleDuplicates.items.find(
      (d: any) => [d.a.id, d.b.id].sort().join(' ') === 'person:jian-sun person:jian-sun-3',
    );

    const merged = await write(
      app,
      'mutation ($id: ID!) { resolveDuplicate(id: $id, decision: SAME) { decision merged kept { id datasets } } }',
      {
        id: pair.id,
      },
    );
    expect(merged.data.resolveDuplicate).toMatchObject({
      decision: 'SAME',
      merged: 'person:jian-sun-3',
      kept: { id: 'person:jian-sun', datasets: ['seed', 'vision-lab'] },
    });
    // The other flag about the merged person concerned a pair already decided different: it goes.
    expect(await pairIds()).toEqual([]);
    const { entity, gone } = await data(
      app,
      `{ entity(id: "person:jian-sun") { ... on Person { affiliations { organization { name } role evidence { dataset locator } } } }
         gone: entity(id: "person:jian-sun-3") { id } }`,
    );
    expect(gone).toBeNull();
    expect(entity.affiliations).toContainEqual({
      organization: { name: 'Example Vision Lab' },
      role: 'Researcher',
      evidence: [{ dataset: 'vision-lab', locator: 'row 2' }],
    });

    // Taking the dataset out takes its word back from the kept person, and leaves the person.
    await write(app, 'mutation { removeDataset(name: "vision-lab") { name } }');
    const after = await data(
      app,
      '{ entity(id: "person:jian-sun") { datasets ... on Person { affiliations { organization { name } } } } }',
    );
    expect(after.entity.datasets).toEqual(['seed']);
    expect(after.entity.affiliations.map((a: any) => a.organization.name)).not.toContain('Example Vision Lab');
    await write(app, 'mutation { removeDataset(name: "meets-seed") { name } }');
  });
});
