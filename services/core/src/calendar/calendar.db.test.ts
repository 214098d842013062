import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { verifyAuditChain } from '../audit/verify-audit-chain.js';
import type { Principal } from '@city-ops/kernel';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import { errorCodeOf, createLogger } from '@city-ops/kernel';
import type { NodeRuntime, RequestContext } from '../node-context.js';
import type { CalendarDayTable, CalendarTables } from './calendar-day-table.js';
import { listWorkingCalendar, removeCalendarDay, setCalendarDay } from './calendar-service.js';
import { DEFAULT_DEADLINE_RULES } from './deadline-rules.js';
import { invalidateWorkingCalendar, workingCalendarOf } from './working-calendar-cache.js';
import { DEFAULT_WORKING_HOURS } from './working-hours.js';
import { addWorkingDays } from './working-time.js';

function principal(roles: string[], division = '320100'): Principal {
  return {
    subject: `s-${roles.join('-')}-${division}`,
    username: `${roles[0] ?? 'nobody'}.${division}`,
    roles,
    division,
    department: undefined,
    grid: undefined,
    clientId: 'city-ops-web',
    token: '',
    expiresAt: new Date('2099-01-01T00:00:00Z'),
  };
}

/** The calendar through the service functions the resolvers call, on a migrated node database. */
describe('the working calendar', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;
  let city: NodeRuntime;
  /** The calendar as the migration seeded it, read once. */
  let seed: Selectable<CalendarDayTable>[];

  const as = (who: Principal, node: NodeRuntime = city): RequestContext => ({
    node,
    principal: who,
    requestId: 'req-calendar',
    clientAddress: '127.0.0.1',
    language: 'zh',
  });
  const supervisor = () => as(principal(['city-supervisor']));

  /** The error code a call fails with (undefined when it succeeds). */
  async function codeOf(work: Promise<unknown>): Promise<string | undefined> {
    try {
      await work;
      return undefined;
    } catch (error) {
      return errorCodeOf(error) ?? String(error);
    }
  }

  const calendar = () => database.db.withTables<CalendarTables>();

  const calendarAudit = () =>
    database.db
      .selectFrom('audit_log')
      .select(['actor_username', 'action', 'entity', 'entity_ids', 'scope', 'detail'])
      .where('action', '=', 'calendar.edit')
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('calendar');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
    city = {
      tier: 'city',
      // The parts of a city's spoke the calendar asks about: it owns the city's records.
      spoke: { tier: 'city', ownsRecords: true, feedFlowsWholeUp: true, resolvers: [] },
      division: '320100',
      db: database.db,
      logger: createLogger('calendar-test', 'silent'),
      timeZone: 'Asia/Shanghai',
      workingTime: { timeZone: 'Asia/Shanghai', workingHours: DEFAULT_WORKING_HOURS },
      deadlineRules: DEFAULT_DEADLINE_RULES,
      startedAt: new Date(),
    };
    seed = await calendar()
      .selectFrom('calendar_day')
      .select([sql<string>`day::text`.as('day'), 'kind', 'name', 'updated_by', 'updated_at'])
      .execute();
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  // Every test starts from the seeded calendar, whichever edits ran before it, and reads it
  // afresh (the cache is per database, so it would outlive the reset).
  beforeEach(async () => {
    await database.db.transaction().execute(async (trx) => {
      await trx.withTables<CalendarTables>().deleteFrom('calendar_day').execute();
      await trx.withTables<CalendarTables>().insertInto('calendar_day').values(seed).execute();
    });
    invalidateWorkingCalendar(city);
  });

  it('is seeded with the State Council schedule, readable by any signed-in user of the node', async () => {
    const days = await listWorkingCalendar(as(principal(['hotline-agent'])), 2026);
    expect(days).toHaveLength(39);
    expect(days.every((day) => day.day.startsWith('2026-') && day.updatedBy === 'seed')).toBe(true);
    const spring = days.filter((day) => day.day >= '2026-02-01' && day.day < '2026-03-01');
    expect(spring.map((day) => [day.day, day.kind])).toEqual([
      ['2026-02-14', 'WORKDAY'],
      ...Array.from({ length: 9 }, (_, index) => [`2026-02-${15 + index}`, 'HOLIDAY']),
      ['2026-02-28', 'WORKDAY'],
    ]);
    expect(spring[1]?.name).toBe('春节');
    expect(spring[0]?.name).toBe('春节调休上班');
    expect(await listWorkingCalendar(as(principal(['hotline-agent'])), 2025)).toHaveLength(33);
    expect(await listWorkingCalendar(as(principal(['hotline-agent'])), 2027)).toEqual([]);
  });

  it('drives deadlines from the seed (the Spring Festival 2026 example)', async () => {
    const calendar = await workingCalendarOf(city);
    // Fri 02-13 15:00 + 3 working days: Sat 02-14 (make-up), Tue 02-24, Wed 02-25 → 17:30 = 09:30Z.
    expect(addWorkingDays(new Date('2026-02-13T07:00:00Z'), 3, calendar, city.workingTime)).toEqual(
      new Date('2026-02-25T09:30:00Z'),
    );
  });

  it('lets the city supervisor set a day: written, audited in the same transaction, cache invalidated', async () => {
    // The audit log is append-only: what this test wrote comes after what was there.
    const audited = (await calendarAudit()).length;
    const before = await workingCalendarOf(city);
    expect(before.isWorkingDay('2026-03-02')).toBe(true);
    expect(await workingCalendarOf(city)).toBe(before);

    const saved = await setCalendarDay(supervisor(), {
      day: '2026-03-02',
      kind: 'HOLIDAY',
      name: ' 防汛停工 ',
    });
    expect(saved).toMatchObject({
      day: '2026-03-02',
      kind: 'HOLIDAY',
      name: '防汛停工',
      updatedBy: 'city-supervisor.320100',
    });
    expect(saved.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);

    const after = await workingCalendarOf(city);
    expect(after).not.toBe(before);
    expect(after.isWorkingDay('2026-03-02')).toBe(false);

    // Changing it again replaces the entry.
    await setCalendarDay(supervisor(), { day: '2026-03-02', kind: 'HOLIDAY', name: '停工' });
    const rows = await listWorkingCalendar(supervisor(), 2026);
    expect(rows.filter((row) => row.day === '2026-03-02').map((row) => row.name)).toEqual(['停工']);

    // A make-up Saturday.
    await setCalendarDay(supervisor(), { day: '2026-03-07', kind: 'WORKDAY', name: '补班' });
    expect((await workingCalendarOf(city)).isWorkingDay('2026-03-07')).toBe(true);

    expect((await calendarAudit()).slice(audited)).toEqual([
      {
        actor_username: 'city-supervisor.320100',
        action: 'calendar.edit',
        entity: 'calendar_day',
        entity_ids: ['2026-03-02'],
        scope: '320100',
        detail: { change: 'set', kind: 'holiday', name: '防汛停工' },
      },
      expect.objectContaining({
        entity_ids: ['2026-03-02'],
        detail: expect.objectContaining({ name: '停工' }),
      }),
      expect.objectContaining({
        entity_ids: ['2026-03-07'],
        detail: expect.objectContaining({ kind: 'workday' }),
      }),
    ]);
  });

  it('lets the city supervisor remove a day, audited, and the day follows Monday–Friday again', async () => {
    await setCalendarDay(supervisor(), { day: '2026-03-02', kind: 'HOLIDAY', name: '停工' });
    const audited = (await calendarAudit()).length;
    const cached = await workingCalendarOf(city);
    expect(cached.isWorkingDay('2026-03-02')).toBe(false);

    expect(await removeCalendarDay(supervisor(), '2026-03-02')).toBe(true);
    expect((await workingCalendarOf(city)).isWorkingDay('2026-03-02')).toBe(true);
    // Removing a seeded holiday: Mon 2026-02-16 becomes an ordinary Monday.
    expect(await removeCalendarDay(supervisor(), '2026-02-16')).toBe(true);
    expect((await workingCalendarOf(city)).isWorkingDay('2026-02-16')).toBe(true);

    // Nothing to remove: false, and nothing audited.
    expect(await removeCalendarDay(supervisor(), '2026-03-03')).toBe(false);

    const entries = (await calendarAudit()).slice(audited);
    expect(entries.map((entry) => [entry.entity_ids, entry.detail])).toEqual([
      [['2026-03-02'], { change: 'remove', kind: 'holiday', name: '停工' }],
      [['2026-02-16'], { change: 'remove', kind: 'holiday', name: '春节' }],
    ]);
    expect((await verifyAuditChain(database.db)).intact).toBe(true);
  });

  it('refuses anyone but the city supervisor of this city, writing nothing', async () => {
    const audited = (await calendarAudit()).length;
    const day = { day: '2026-04-01', kind: 'HOLIDAY' as const, name: '试' };
    const province: NodeRuntime = { ...city, tier: 'province', division: '320000' };
    for (const context of [
      as(principal(['hotline-agent'])),
      as(principal(['dispatcher', 'auditor'])),
      as(principal(['provincial-supervisor'], '320000')),
      // A district's supervisor does not edit the whole city's calendar.
      as(principal(['city-supervisor'], '320106')),
      // Another city's supervisor, had the request reached this node.
      as(principal(['city-supervisor'], '320200')),
      // Every node keeps its own calendar; a city supervisor does not edit a province's.
      as(principal(['city-supervisor']), province),
    ]) {
      expect(await codeOf(setCalendarDay(context, day)), context.principal.username).toBe(
        'FORBIDDEN',
      );
      expect(await codeOf(removeCalendarDay(context, '2026-02-17'))).toBe('FORBIDDEN');
    }
    expect(await calendarAudit()).toHaveLength(audited);
    const april = await listWorkingCalendar(supervisor(), 2026);
    expect(april.some((row) => row.day === '2026-04-01')).toBe(false);
    expect(april.some((row) => row.day === '2026-02-17')).toBe(true);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const problemsOf = async (work: Promise<unknown>) => {
      try {
        await work;
      } catch (error) {
        const extensions = (error as { extensions?: Record<string, unknown> }).extensions ?? {};
        expect(extensions['code']).toBe('BAD_USER_INPUT');
        return extensions['field'];
      }
      throw new Error('expected BAD_USER_INPUT');
    };
    const set = (input: { day: string; kind: 'HOLIDAY' | 'WORKDAY'; name: string }) =>
      setCalendarDay(supervisor(), input);
    expect(await problemsOf(set({ day: '2026-02-30', kind: 'HOLIDAY', name: 'x' }))).toBe(
      'input.day',
    );
    expect(await problemsOf(set({ day: '20260301', kind: 'HOLIDAY', name: 'x' }))).toBe(
      'input.day',
    );
    expect(await problemsOf(set({ day: '2101-01-01', kind: 'HOLIDAY', name: 'x' }))).toBe(
      'input.day',
    );
    expect(await problemsOf(set({ day: '2026-03-04', kind: 'HOLIDAY', name: '  ' }))).toBe(
      'input.name',
    );
    // Wed 2026-03-04 works anyway: WORKDAY is for weekend days.
    expect(await problemsOf(set({ day: '2026-03-04', kind: 'WORKDAY', name: '补班' }))).toBe(
      'input.kind',
    );
    expect(await problemsOf(removeCalendarDay(supervisor(), '1999-12-31'))).toBe('day');
    expect(await problemsOf(listWorkingCalendar(supervisor(), 1999))).toBe('year');
    expect(await problemsOf(listWorkingCalendar(supervisor(), 2101))).toBe('year');
  });
});
