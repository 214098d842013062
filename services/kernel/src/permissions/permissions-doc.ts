import { policy } from './policy.js';
import type { Grant, Scope } from './policy.js';

const scopeText: Record<Scope, string> = {
  unit: 'own unit',
  grid: 'own grid',
  city: 'own city',
  province: 'own province',
  national: 'national',
};

/** docs/PERMISSIONS.md, rendered from the policy table so the two cannot drift. */
export function renderPermissionsDoc(): string {
  const operations = Object.keys(policy) as (keyof typeof policy)[];
  const roles = [
    ...new Set(
      operations.flatMap((operation) =>
        (policy[operation].grants as readonly Grant[]).map((grant) => grant.role),
      ),
    ),
  ].sort();
  const lines = [
    '# Permissions',
    '',
    '<!-- Generated from services/kernel/src/permissions/policy.ts by `pnpm docs:permissions`; a test fails when it is stale. -->',
    '',
    'Each cell is the scope a role holds an operation in; an empty cell (and any role not listed) grants nothing.',
    "Scopes: **own unit** — records assigned to the user's handling unit (`department` claim) inside their city;",
    "**own grid** — records in the user's grid cell (`grid` claim); **own city** / **own province** / **national** —",
    "records inside the user's `division` claim, which must be of that level. Service accounts (`node-sync`) hold no",
    'user operation: they only synchronise.',
    '',
    `| role | ${operations.join(' | ')} |`,
    `|---|${operations.map(() => '---').join('|')}|`,
    ...roles.map((role) => {
      const cells = operations.map((operation) =>
        (policy[operation].grants as readonly Grant[])
          .filter((grant) => grant.role === role)
          .map((grant) => scopeText[grant.scope])
          .join(', '),
      );
      return `| ${role} | ${cells.join(' | ')} |`;
    }),
    '',
    '## Operations',
    '',
    ...operations.map((operation) => `- \`${operation}\`: ${policy[operation].description}.`),
    '',
    '## Enforcement',
    '',
    "1. **Gateway**: a root field whose operation none of the caller's roles grants is refused with `FORBIDDEN` before any node is asked; lists fan out only to nodes inside the caller's division.",
    "2. **Node service layer**: every resolver calls `authorize`, narrows the request to the granted scope ∩ the node's division (plus unit/grid), and filters by it.",
    "3. **PostgreSQL row-level security**: every request's transaction runs as `city_ops_app` with `city_ops.division_low/high`, `city_ops.unit` and `city_ops.grid` set by `set_config(…, true)`; rows outside are invisible and cannot be inserted or moved there.",
    '',
    '## Personal data',
    '',
    "Callers' names, phones and house-number addresses, and parties' names, ID numbers and legal representatives, are shown unmasked only to the holders of `personal-data.read` above, inside the owning city; a handling unit only on work assigned to it and never when the caller asked for confidentiality (保密). Everyone else — other cities, provinces, the ministry — and every change-log (sync) payload get masked values (`张*`, `138****5678`, `中山路***`). `personal-data.reveal` shows one ticket's caller after a stated reason. `caller.lookup` finds tickets by a caller's phone, only at the owning city's node (no other holds phones unmasked), and a list's free-text filter matches the address only where the reader sees it unmasked. Every unmasked read, every reveal and every caller lookup (`personal-data.lookup`, with the tickets it showed) is written to the audit log.",
    '',
  ];
  return lines.join('\n');
}
