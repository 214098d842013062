import { createTicket } from '@city-ops/core';
import type { NodeRuntime } from '@city-ops/core';
import type { Principal } from '@city-ops/kernel';
import type { RealmUser } from '@city-ops/identity';
import { demoTickets } from './demo-tickets.js';

/**
 * Logs the demo tickets through the same service a hotline agent's request goes
 * through (validation, change log, audit), as that city's demo agent. Only on a
 * node whose database has no tickets yet, so a restarted demo keeps its data.
 */
export async function seedDemoTickets(
  runtime: NodeRuntime,
  agent: RealmUser,
  count: number,
): Promise<number> {
  const existing = await runtime.db
    .selectFrom('hotline_ticket')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  if (Number(existing.count) > 0) return 0;
  const principal: Principal = {
    subject: agent.id,
    username: agent.username,
    roles: agent.roles,
    division: agent.division,
    department: agent.department,
    grid: agent.grid,
    clientId: 'demo-seed',
    token: '',
    expiresAt: new Date(Date.now() + 3_600_000),
  };
  const context = {
    node: runtime,
    principal,
    scope: runtime.division,
    requestId: 'demo-seed',
    clientAddress: null,
    language: 'zh' as const,
  };
  for (const input of demoTickets(runtime.division, count)) {
    await createTicket(input, context);
  }
  return count;
}
