import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCityNode } from '@city-ops/city';
import { parseNodeEnvironment } from '@city-ops/core';
import type { RunningNode } from '@city-ops/core';
import { startIdentityServer } from '@city-ops/identity';
import type { IdentityServer } from '@city-ops/identity';
import { postGraphQL } from '../support/federation.js';
import { findPostgresBinDir, startPostgresServer } from '../support/postgres-server.js';
import type { PostgresServer } from '../support/postgres-server.js';

/**
 * A node whose role owns its database but is no superuser and may not create roles,
 * set up by an administrator with exactly what `pnpm migrate --print-grants` prints,
 * run through psql as an administrator would. Roles are cluster-wide, so this file
 * creates them on a throwaway server of its own (in both legs, which so count alike)
 * rather than on the shared one.
 */

const run = promisify(execFile);
const migrateCli = fileURLToPath(
  new URL('../../services/core/src/database/migrate-cli.ts', import.meta.url),
);

const NODE_ROLE = 'city_320100_node';
const NODE_DATABASE = 'city_320100_db';

async function printedGrants(url: string): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', migrateCli, '--print-grants'],
    {
      env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: url },
    },
  );
  return stdout;
}

describe('a node role that is not a superuser, set up with the printed grants', () => {
  let server: PostgresServer;
  let identity: IdentityServer;
  let node: RunningNode | undefined;
  let admin: pg.Client;
  let nodeUrl: string;

  beforeAll(async () => {
    server = await startPostgresServer();
    identity = await startIdentityServer({ port: 0 });
    admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    nodeUrl = server
      .databaseUrl(NODE_DATABASE)
      .replace('postgres@', `${encodeURIComponent(NODE_ROLE)}@`);
  }, 120_000);

  afterAll(async () => {
    await node?.close();
    await admin?.end();
    await identity?.close();
    await server?.stop();
  });

  it('prints what an administrator runs: the request role, the node role without privileges, its database, the membership', async () => {
    const sql = await printedGrants(
      `postgres://${NODE_ROLE}:secret@db.example:5432/${NODE_DATABASE}`,
    );
    expect(sql).toContain(
      `CREATE ROLE "${NODE_ROLE}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`,
    );
    expect(sql).toContain('CREATE ROLE city_ops_app NOLOGIN');
    expect(sql).toContain(`CREATE DATABASE "${NODE_DATABASE}" OWNER "${NODE_ROLE}"`);
    expect(sql).toContain(`REVOKE ALL ON DATABASE "${NODE_DATABASE}" FROM PUBLIC;`);
    expect(sql).toContain(`GRANT city_ops_app TO "${NODE_ROLE}" WITH ADMIN OPTION;`);
    // Never the password of the URL.
    expect(sql).not.toContain('secret');
  });

  it('migrates as that role and serves scoped reads and writes; another node role cannot get in', async () => {
    // Exactly the printed script, through psql, as the server's superuser.
    const binDir = await findPostgresBinDir();
    const script = await printedGrants(nodeUrl);
    await new Promise<void>((resolve, reject) => {
      const child = execFile(
        path.join(binDir, 'psql'),
        ['-v', 'ON_ERROR_STOP=1', '-X', '-q', '-d', server.url, '-f', '-'],
        { env: { PATH: process.env['PATH'] ?? '' } },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`psql failed: ${stderr}`)) : resolve(),
      );
      child.stdin?.end(script);
    });

    const { rows: roles } = await admin.query<{
      rolsuper: boolean;
      rolcreaterole: boolean;
      rolcreatedb: boolean;
      rolbypassrls: boolean;
      rolreplication: boolean;
    }>(
      'SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication FROM pg_roles WHERE rolname = $1',
      [NODE_ROLE],
    );
    expect(roles).toEqual([
      {
        rolsuper: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolbypassrls: false,
        rolreplication: false,
      },
    ]);

    // The node migrates its database itself on start, as its own role.
    node = await startCityNode({
      config: parseNodeEnvironment({
        NODE_TIER: 'city',
        NODE_DIVISION: '320100',
        PORT: '0',
        KEYCLOAK_URL: identity.url,
        LOG_LEVEL: 'silent',
        DATABASE_URL: nodeUrl,
      }),
    });
    const inNodeDatabase = new pg.Client({ connectionString: server.databaseUrl(NODE_DATABASE) });
    await inNodeDatabase.connect();
    try {
      const { rows } = await inNodeDatabase.query<{ owner: string; migrations: string }>(
        `SELECT (SELECT tableowner FROM pg_tables WHERE tablename = 'hotline_ticket') AS owner,
                (SELECT count(*)::text FROM kysely_migration) AS migrations`,
      );
      expect(rows[0]!.owner).toBe(NODE_ROLE);
      expect(Number(rows[0]!.migrations)).toBeGreaterThan(0);
    } finally {
      await inNodeDatabase.end();
    }

    // A write and a scoped read, each in a transaction as city_ops_app under row-level security.
    const agent = identity.issueToken('agent.320100');
    const created = await postGraphQL<{ createTicket: { id: string } }>(
      node.graphqlUrl,
      agent,
      'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id } }',
      {
        input: {
          division: '320106',
          channel: 'PHONE',
          intakeClass: 'COMPLAINT',
          categoryCode: '010101',
          title: '最小权限',
          content: '最小权限部署下受理的工单。',
          caller: { name: '张三', phone: '13812345678' },
          location: { address: '鼓楼区中山路123号' },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const listed = await postGraphQL<{ tickets: { nodes: { id: string }[] } }>(
      node.graphqlUrl,
      agent,
      '{ tickets(first: 10) { nodes { id } } }',
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.tickets.nodes.map((ticket) => ticket.id)).toEqual([
      created.data!.createTicket.id,
    ]);

    // Every node role is a member of city_ops_app: another one must not reach this database.
    await admin.query('CREATE ROLE city_320200_node LOGIN');
    await admin.query('GRANT city_ops_app TO city_320200_node');
    const intruder = new pg.Client({
      connectionString: server.databaseUrl(NODE_DATABASE).replace('postgres@', 'city_320200_node@'),
    });
    await expect(intruder.connect()).rejects.toMatchObject({ code: '42501' });

    // After the first start the admin option can go: the node still serves (nothing left to migrate).
    await node.close();
    node = undefined;
    await admin.query(`REVOKE ADMIN OPTION FOR city_ops_app FROM "${NODE_ROLE}"`);
    node = await startCityNode({
      config: parseNodeEnvironment({
        NODE_TIER: 'city',
        NODE_DIVISION: '320100',
        PORT: '0',
        KEYCLOAK_URL: identity.url,
        LOG_LEVEL: 'silent',
        DATABASE_URL: nodeUrl,
      }),
    });
    const again = await postGraphQL<{ tickets: { nodes: { id: string }[] } }>(
      node.graphqlUrl,
      agent,
      '{ tickets(first: 10) { nodes { id } } }',
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.tickets.nodes).toHaveLength(1);
  });
});
