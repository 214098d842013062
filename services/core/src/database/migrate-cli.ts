import { z } from 'zod';
import { databaseUrl } from '../environment.js';
import { parseEnvironment, runService } from '@city-ops/kernel';
import { migrateNodeDatabase } from './migrate.js';
import { nodeGrantTargetOf, nodeRoleGrants } from './node-role-grants.js';
import { openDatabase } from './open-database.js';

/**
 * `pnpm migrate`: applies pending migrations to DATABASE_URL and exits. It lives in
 * core, not in migrations/, because it needs core's database factory and core
 * already depends on the migrations.
 *
 * `pnpm migrate --print-grants`: prints, without connecting, the SQL an administrator
 * of a shared PostgreSQL server runs once so that the node of DATABASE_URL (its role
 * and database) can migrate and serve without being a superuser (docs/DEPLOYMENT.md).
 */
runService('migrate', async () => {
  const printGrants = process.argv.includes('--print-grants');
  const config = parseEnvironment(
    {
      DATABASE_URL: databaseUrl.pipe(
        printGrants
          ? z
              .string({ error: 'must be set: the node role and database to print the grants for' })
              .regex(/^postgres(ql)?:\/\//, 'must be postgres://<role>@<host>/<database>')
          : z.string({
              error: 'must be set: the database to migrate (postgres://… or pglite:<folder>)',
            }),
      ),
    },
    process.env,
  );
  if (printGrants) {
    process.stdout.write(nodeRoleGrants(nodeGrantTargetOf(config.DATABASE_URL)));
    process.exit(0);
  }
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
