import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths.ts';

// Docker cannot run here, so this checks what can be checked without it: the compose file and
// the Dockerfile agree with the code and the README.
const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'));
const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

function sourceText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.includes('generated'))
    .map((file) => readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
}

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with a healthcheck and a volume for its data', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('starts the app only when Neo4j is healthy, pointing NEO4J_URI at the neo4j service', () => {
    const app = compose.services.app;
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    // The app's password must be the one Neo4j was given.
    expect(compose.services.neo4j.environment.NEO4J_AUTH).toBe(`neo4j/${app.environment.NEO4J_PASSWORD}`);
  });

  it('gives the app only settings the code reads and the README documents', () => {
    const code = sourceText(path.join(repoRoot, 'server', 'src')) + sourceText(path.join(repoRoot, 'db', 'src'));
    const names = [...Object.keys(compose.services.app.environment)].filter((name) => name !== 'NODE_ENV');
    for (const name of names) {
      expect(code, `${name} is read by the server`).toContain(`env.${name}`);
      expect(readme, `${name} is in the README's configuration table`).toMatch(new RegExp(`\\| \`${name}\` \\|`));
    }
  });
});

describe('Dockerfile', () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages.at(-1) ?? '';

  it('builds the client in one stage and runs with production dependencies only in another', () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]).toContain('RUN npm ci');
    expect(stages[0]).toContain('RUN npm run build');
    expect(runtime).toContain('npm ci --omit=dev');
    expect(runtime).toContain('COPY --from=build /app/web/dist web/dist');
  });

  it('runs node directly, as an unprivileged user, on a supported Node.js LTS, with a readiness check', () => {
    expect(runtime).toMatch(/^node:(22|24)-/);
    expect(runtime).toContain('USER node');
    expect(runtime).toContain('CMD ["node", "--import", "tsx", "server/src/main.ts"]');
    expect(runtime).toMatch(/HEALTHCHECK[\s\S]*\/ready/);
  });

  it('copies every workspace manifest, so npm ci sees the whole lock file', () => {
    const workspaces = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).workspaces as string[];
    for (const stage of stages) {
      for (const workspace of workspaces) expect(stage).toContain(`COPY ${workspace}/package.json ${workspace}/`);
    }
  });

  it('is what the README tells Docker users to run', () => {
    expect(readme).toContain('docker compose up');
    expect(compose.services.app.restart).toBe('unless-stopped');
  });
});
