import { z } from 'zod';
import { databaseUrl } from '../environment.js';
import { parseEnvironment, runService } from '@city-ops/kernel';
import { migrateNodeDatabase } from './migrate.js';
import { openDatabase } from './open-database.js';

/**
 * `pnpm migrate`: applies pending migrations to DATABASE_URL and exits. It lives in
 * core, not in migrations/, because it needs core's database factory and core
 * already depends on the migrations.
 */
runService('migrate', async () => {
  const config = parseEnvironment(
    {
      DATABASE_URL: databaseUrl.pipe(
        z.string({
          error: 'must be set: the database to migrate (postgres://… or pglite:<folder>)',
        }),
      ),
    },
    process.env,
  );
  const database = await openDatabase({ url: config.DATABASE_URL });
  try {
    const applied = await migrateNodeDatabase(database.db);
    process.stdout.write(
      applied.length
        ? `applied to ${database.location}:\n  ${applied.join('\n  ')}\n`
        : `${database.location} is up to date\n`,
    );
  } finally {
    await database.close();
  }
  process.exit(0);
});
