import { describeMachine } from './machine.js';
import type { MachineInfo } from './machine.js';
import { startBenchFederation } from './federation.js';
import type { BenchFederation, NodePlan } from './federation.js';
import { startBenchPostgres } from './postgres.js';
import type { BenchPostgres } from './postgres.js';

export interface BenchEnvironment {
  postgres: BenchPostgres;
  federation: BenchFederation;
  machine: MachineInfo;
}

/**
 * Starts PostgreSQL and the nodes, runs `work`, and always stops everything it started, so a
 * failed scenario leaves no server or postgres process behind.
 */
export async function withEnvironment<T>(
  plan: readonly NodePlan[],
  work: (environment: BenchEnvironment) => Promise<T>,
): Promise<T> {
  const postgres = await startBenchPostgres();
  try {
    const federation = await startBenchFederation(postgres, plan);
    try {
      return await work({ postgres, federation, machine: describeMachine(postgres.info.version) });
    } finally {
      await federation.close();
    }
  } finally {
    await postgres.stop();
  }
}
