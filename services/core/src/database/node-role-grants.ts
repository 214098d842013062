/**
 * What an administrator of a shared PostgreSQL server runs, once, before a node first
 * starts on it with a role that is not a superuser (docs/DEPLOYMENT.md explains each
 * line). The node's role owns its database and everything the migrations create in it,
 * and is a member of `city_ops_app`, the role every request switches to (SET LOCAL
 * ROLE, scoped-transaction.ts) so that row-level security applies to it. It must not
 * be a superuser, nor have CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS.
 *
 * Why ADMIN OPTION: the landed migration 20261121110000 creates `city_ops_app` only if
 * it does not exist (so a role that may not create roles passes when it does), but then
 * runs `GRANT city_ops_app TO CURRENT_USER` unconditionally, which PostgreSQL 15
 * allows only to a superuser, a CREATEROLE role or a member WITH ADMIN OPTION, even
 * when the membership already exists. Migrations are frozen, so the option is granted;
 * once the node has started (the migration ran), it can be taken back.
 */

/** Connections a node's pool opens at most (open-database.ts). */
export const NODE_POOL_SIZE = 10;

/** The role every request runs as; created by the first migration, shared by the nodes of a server. */
export const REQUEST_ROLE = 'city_ops_app';

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export interface NodeGrantTarget {
  /** The node's login role (the user of its DATABASE_URL). */
  role: string;
  /** The node's database (the database of its DATABASE_URL). */
  database: string;
}

/** The role and database a node's postgres:// DATABASE_URL names. */
export function nodeGrantTargetOf(url: string): NodeGrantTarget {
  const parsed = new URL(url);
  const role = decodeURIComponent(parsed.username);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!role || !database) {
    throw new Error(
      'DATABASE_URL must name the node role and its database: postgres://<role>:<password>@<host>:<port>/<database>',
    );
  }
  return { role, database };
}

/** The setup script (psql; each statement on its own, CREATE DATABASE cannot run in a transaction). */
export function nodeRoleGrants(target: NodeGrantTarget): string {
  const role = quoteIdentifier(target.role);
  const database = quoteIdentifier(target.database);
  return `-- Setup for the node role ${role} and its database ${database} on a shared PostgreSQL server.
-- Run once as a superuser (or a role with CREATEROLE and CREATEDB), e.g.
--   psql -v ON_ERROR_STOP=1 -h <host> -U postgres -d postgres -f grants.sql
-- docs/DEPLOYMENT.md says why each statement is needed.

-- Once per server, shared by every node on it: the role each request runs as. It
-- cannot log in; the nodes' migrations grant it what a request may do in their databases.
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${REQUEST_ROLE}') THEN
    CREATE ROLE ${REQUEST_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
  END IF;
END $$;

-- The node's login role: no superuser, no CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS.
-- A node opens at most ${NODE_POOL_SIZE} connections (its pool); the limit leaves room for
-- \`pnpm migrate\` or a restart overlapping the old process, and keeps a runaway node from
-- taking the server's other slots. Set its password afterwards (psql: \\password ${role}).
CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS CONNECTION LIMIT ${2 * NODE_POOL_SIZE};

-- Its database, owned by it: the migrations create tables, functions, policies and the
-- pg_trgm extension (trusted) in it. UTF-8 with a UTF-8 ctype, so pg_trgm treats Chinese
-- characters as word characters; C collation, the byte order the code compares keys in.
CREATE DATABASE ${database} OWNER ${role} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8';

-- Only its own role may connect: every node's role is a member of ${REQUEST_ROLE}, which
-- holds privileges in every node's database, so another node's role must not get in.
REVOKE ALL ON DATABASE ${database} FROM PUBLIC;

-- Membership in the request role (SET LOCAL ROLE ${REQUEST_ROLE} in every request's
-- transaction), with ADMIN OPTION because the first migration runs
-- GRANT ${REQUEST_ROLE} TO CURRENT_USER.
GRANT ${REQUEST_ROLE} TO ${role} WITH ADMIN OPTION;

-- After the node's first start (its migrations have run), the admin option is no longer
-- needed; take it back so the node cannot grant or revoke ${REQUEST_ROLE} for others:
--   REVOKE ADMIN OPTION FOR ${REQUEST_ROLE} FROM ${role};
`;
}
