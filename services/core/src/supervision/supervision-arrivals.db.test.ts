import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import { arrivalHead, noteArrivals, readArrivals } from './supervision-arrivals.js';
import type { SupervisionArrival } from './supervision-arrivals.js';

/**
 * What a city notes of the supervision orders arriving there and what each audience reads of
 * it: every arrival once, in commit order, a command centre its city's issues and returns, a
 * unit the orders assigned to it. Each test writes the arrivals it reads.
 */
describe('the supervision arrivals a city notes', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  const note = (...arrivals: SupervisionArrival[]) =>
    database.db.transaction().execute((trx) => noteArrivals(trx, arrivals));

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('supervision_arrivals');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('reads an audience its own arrivals after a position, oldest first, each noted once', async () => {
    const from = await arrivalHead(database.db);
    await note(
      { kind: 'issued', sourceId: 'SO1', orderId: 'SO1', division: '320102' },
      { kind: 'issued', sourceId: 'SO2', orderId: 'SO2', division: '320202' },
    );
    await note({
      kind: 'assigned',
      sourceId: 'SS1',
      orderId: 'SO1',
      division: '320102',
      handlingUnit: '320100-cg',
    });
    await note({ kind: 'returned', sourceId: 'SS2', orderId: 'SO1', division: '320102' });
    // Applied again (a batch pulled twice, a resynchronised source): nothing new.
    await note(
      { kind: 'issued', sourceId: 'SO1', orderId: 'SO1', division: '320102' },
      { kind: 'returned', sourceId: 'SS2', orderId: 'SO1', division: '320102' },
    );

    const centre = await readArrivals(database.db, { division: '320100' }, from, 100);
    expect(centre.map((arrival) => [arrival.kind, arrival.orderId])).toEqual([
      ['issued', 'SO1'],
      ['returned', 'SO1'],
    ]);
    expect(BigInt(centre[1]!.position)).toBeGreaterThan(BigInt(centre[0]!.position));
    expect(
      await readArrivals(database.db, { division: '320100' }, centre[0]!.position, 100),
    ).toEqual([centre[1]]);
    expect(await readArrivals(database.db, { division: '320100' }, from, 1)).toEqual([centre[0]]);

    const cg = await readArrivals(
      database.db,
      { division: '320100', unit: '320100-cg' },
      from,
      100,
    );
    expect(cg.map((arrival) => [arrival.kind, arrival.orderId])).toEqual([['assigned', 'SO1']]);
    expect(
      await readArrivals(database.db, { division: '320100', unit: '320100-sw' }, from, 100),
    ).toEqual([]);
    expect(await arrivalHead(database.db)).toBe(centre[1]!.position);
  });

  it('gives a position to a later writer only once the earlier one committed', async () => {
    const from = await arrivalHead(database.db);
    let commitFirst!: () => void;
    const held = new Promise<void>((resolve) => (commitFirst = resolve));
    let noted!: () => void;
    const firstNoted = new Promise<void>((resolve) => (noted = resolve));
    const order: string[] = [];
    const first = database.db.transaction().execute(async (trx) => {
      await noteArrivals(trx, [
        { kind: 'issued', sourceId: 'SO10', orderId: 'SO10', division: '320102' },
      ]);
      noted();
      await held;
      order.push('first');
    });
    await firstNoted;
    const second = note({
      kind: 'issued',
      sourceId: 'SO11',
      orderId: 'SO11',
      division: '320102',
    }).then(() => order.push('second'));
    // Room for the second to commit, were it not held back (no time is asserted: with the
    // lock it waits whatever the delay).
    await Promise.race([second, new Promise((resolve) => setTimeout(resolve, 300))]);
    commitFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    const arrivals = await readArrivals(database.db, { division: '320100' }, from, 100);
    expect(arrivals.map((arrival) => arrival.orderId)).toEqual(['SO10', 'SO11']);
  });
});
