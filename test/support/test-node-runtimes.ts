import {
  DEFAULT_DEADLINE_RULES,
  DEFAULT_WORKING_HOURS,
  migrateNodeDatabase,
  openDatabase,
} from '@city-ops/core';
import type { NodeDatabase, NodeRuntime, TierSpoke } from '@city-ops/core';
import type { Logger } from '@city-ops/kernel';
import { createTestNodeDatabase } from './node-database.js';
import type { TestNodeDatabase } from './node-database.js';

const ZONE = 'Asia/Shanghai';

/**
 * Node runtimes over throwaway migrated databases, with no server in front: for tests that
 * call a node's services (applying a batch, computing indicators) directly. `closeAll`
 * closes and drops every database it started.
 */
export class TestNodeRuntimes {
  private readonly databases: TestNodeDatabase[] = [];
  private readonly opened: NodeDatabase[] = [];

  async start(
    tier: NodeRuntime['tier'],
    spoke: TierSpoke,
    division: string,
    logger: Logger,
  ): Promise<NodeRuntime> {
    const testDatabase = await createTestNodeDatabase(`runtime_${tier}`);
    this.databases.push(testDatabase);
    const database = await openDatabase({
      url: testDatabase.url,
      pgliteSeed: testDatabase.pgliteSeed,
    });
    this.opened.push(database);
    await migrateNodeDatabase(database.db);
    return {
      tier,
      spoke,
      division,
      db: database.db,
      logger,
      timeZone: ZONE,
      workingTime: { timeZone: ZONE, workingHours: DEFAULT_WORKING_HOURS },
      deadlineRules: DEFAULT_DEADLINE_RULES,
      startedAt: new Date(),
    };
  }

  async closeAll(): Promise<void> {
    for (const database of this.opened) await database.close();
    for (const database of this.databases) await database.drop();
  }
}
