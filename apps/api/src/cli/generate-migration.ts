/**
 * Writes a migration holding the SQL that brings the schema from the existing migrations to what
 * the entities declare. Usage: pnpm --filter @rebound/api migration:generate <PascalName>
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDataSource } from '../database/data-source';

function render(name: string, timestamp: number, up: string[], down: string[]): string {
  const lines = (queries: string[]): string =>
    queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (name === undefined || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    throw new Error('usage: generate-migration <PascalCaseName>');
  }
  const dataSource = await createDataSource({ kind: 'embedded', dataDir: 'memory://' });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (sql.upQueries.length === 0) {
    console.log('entities and migrations agree: nothing to generate');
    return;
  }
  const timestamp = Date.now();
  const file = path.join(__dirname, '..', 'database', 'migrations', `${timestamp}-${name}.ts`);
  const down = sql.downQueries.map((query) => query.query).reverse();
  writeFileSync(
    file,
    render(
      name,
      timestamp,
      sql.upQueries.map((query) => query.query),
      down,
    ),
  );
  console.log(
    `wrote ${path.relative(process.cwd(), file)} (${sql.upQueries.length} statements); add it to database/migrations.ts`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
