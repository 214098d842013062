import { describe, expect, it } from 'vitest';
import {
  contributionDelta,
  localDay,
  METRIC_INSTANTS,
  ROLLUP_COLUMNS,
  ROLLUP_INSTANTS,
  rollupContributions,
} from './rollup-contributions.js';
import type { ReplicaRow } from './rollup-contributions.js';
import type { RecordTable } from '../records/record-kind.js';
import { ROLLUP_METRICS } from './indicator-definitions.js';

const zone = 'Asia/Shanghai';

const ticket = {
  id: '320100-a',
  category_code: '010101',
  handling_mode: 'DISPATCH',
  parent_ticket_id: null,
  // 23:30 on 2026-11-20 in Shanghai is 15:30 UTC: the local day is the 20th.
  created_at: '2026-11-20T15:30:00.000Z',
  due_at: '2026-11-25T09:30:00.000Z',
  closed_at: null,
  resolution: null,
  satisfaction: null,
};

describe('rollup contributions', () => {
  it('puts each count on the local day its rule names', () => {
    expect(localDay('2026-11-20T15:30:00.000Z', zone)).toBe('2026-11-20');
    expect(localDay('2026-11-20T16:30:00.000Z', zone)).toBe('2026-11-21');
    expect(rollupContributions('hotline_ticket', ticket, zone)).toEqual([
      { day: '2026-11-20', category: '010101', metric: 'created', amount: 1 },
      { day: '2026-11-25', category: '010101', metric: 'due', amount: 1 },
    ]);
  });

  it('counts closure on time on the due day, and callback results on the closing day', () => {
    const closed = {
      ...ticket,
      closed_at: '2026-11-25T09:30:00.000Z',
      resolution: 'RESOLVED',
      satisfaction: 'BASICALLY_SATISFIED',
    };
    const delta = contributionDelta(
      rollupContributions('hotline_ticket', ticket, zone),
      rollupContributions('hotline_ticket', closed, zone),
    );
    expect([...delta.values()]).toEqual([
      {
        day: '2026-11-25',
        category: '010101',
        counts: {
          closed_on_time: 1,
          closed: 1,
          // 20th 23:30 → 25th 17:30 local: 4 days 18 hours.
          handling_seconds: 114 * 3600,
          called_back: 1,
          resolved: 1,
          rated: 1,
          satisfied: 1,
        },
      },
    ]);
  });

  it('subtracts what a new version no longer counts (a reopened ticket is no longer closed)', () => {
    const closed = { ...ticket, closed_at: '2026-11-26T01:00:00.000Z', resolution: 'UNRESOLVED' };
    const reopened = { ...ticket };
    const delta = [
      ...contributionDelta(
        rollupContributions('hotline_ticket', closed, zone),
        rollupContributions('hotline_ticket', reopened, zone),
      ).values(),
    ];
    expect(delta).toEqual([
      {
        day: '2026-11-26',
        category: '010101',
        counts: { closed: -1, handling_seconds: -129.5 * 3600, called_back: -1 },
      },
    ]);
  });

  it('leaves merged duplicates and direct answers out of the due counts', () => {
    const merged = rollupContributions(
      'hotline_ticket',
      { ...ticket, parent_ticket_id: '320100-p' },
      zone,
    );
    expect(merged.map((entry) => entry.metric)).toEqual(['created', 'merged']);
    const direct = rollupContributions(
      'hotline_ticket',
      { ...ticket, handling_mode: 'DIRECT' },
      zone,
    );
    expect(direct.map((entry) => entry.metric)).toEqual(['created', 'direct']);
  });

  it('sums fines and decision days for enforcement records', () => {
    const record = {
      violated_article: 'A1',
      filed_at: '2026-11-01T02:00:00.000Z',
      decided_at: '2026-11-11T02:00:00.000Z',
      decision_due_at: '2027-01-30T02:00:00.000Z',
      fine_amount: '500.00',
      paid_at: null,
      hearing_requested_at: null,
    };
    const metrics = Object.fromEntries(
      rollupContributions('enforcement_record', record, zone).map((entry) => [
        entry.metric,
        entry.amount,
      ]),
    );
    expect(metrics).toEqual({
      filed: 1,
      decided: 1,
      decided_on_time: 1,
      decision_days: 10,
      fines_imposed_fen: 50000,
    });
  });

  it('counts closed-on-time up to the due instant itself, not a millisecond later', () => {
    const at = (closedAt: string) =>
      rollupContributions('hotline_ticket', { ...ticket, closed_at: closedAt }, zone)
        .filter((entry) => entry.metric === 'closed_on_time')
        .map((entry) => entry.day);
    expect(at('2026-11-25T09:30:00.000Z')).toEqual(['2026-11-25']);
    expect(at('2026-11-25T09:30:00.001Z')).toEqual([]);
  });

  it('sums fractional yuan as whole fen and decision time as whole calendar days', () => {
    const record = {
      violated_article: 'A1',
      // 23:59 on the 1st and 00:01 on the 3rd, local: two calendar days, though 24 h 2 min.
      filed_at: '2026-11-01T15:59:00.000Z',
      decided_at: '2026-11-02T16:01:00.000Z',
      decision_due_at: '2027-01-30T02:00:00.000Z',
      fine_amount: '123.45',
      paid_at: '2026-11-05T02:00:00.000Z',
      amount_paid: '67.80',
      hearing_requested_at: null,
    };
    const metrics = rollupContributions('enforcement_record', record, zone).map((entry) => [
      entry.day,
      entry.metric,
      entry.amount,
    ]);
    // Enforcement records are filed under their violated article.
    expect(
      new Set(rollupContributions('enforcement_record', record, zone).map((e) => e.category)),
    ).toEqual(new Set(['A1']));
    expect(metrics).toEqual([
      ['2026-11-01', 'filed', 1],
      ['2026-11-03', 'decided', 1],
      ['2026-11-03', 'decided_on_time', 1],
      ['2026-11-03', 'decision_days', 2],
      ['2026-11-03', 'fines_imposed_fen', 12345],
      ['2026-11-05', 'fines_collected_fen', 6780],
    ]);
  });

  it('files cases under type and minor code, counts closures with rework and cases parked now', () => {
    const base = {
      id: '320100-c',
      case_type: 'EVENT',
      minor_code: '0101',
      status: 'CLOSED',
      created_at: '2026-11-02T02:00:00.000Z',
      filed_at: '2026-11-02T03:00:00.000Z',
      due_at: '2026-11-04T09:30:00.000Z',
      handled_at: '2026-11-04T09:30:00.000Z',
      closed_at: '2026-11-05T02:00:00.000Z',
      updated_at: '2026-11-05T02:00:00.000Z',
    };
    const metrics = (row: ReplicaRow) =>
      rollupContributions('case_report', row, zone).map(
        (entry) => `${entry.day} ${entry.category} ${entry.metric}`,
      );
    expect(metrics({ ...base, rework_count: 2 })).toEqual([
      '2026-11-02 EVENT:0101 created',
      '2026-11-02 EVENT:0101 filed',
      '2026-11-04 EVENT:0101 due',
      '2026-11-04 EVENT:0101 handled_on_time',
      '2026-11-05 EVENT:0101 closed',
      '2026-11-05 EVENT:0101 closed_reworked',
    ]);
    // Without a rework count (none, or not looked up) a closure is not a reworked one.
    expect(metrics(base)).not.toContain('2026-11-05 EVENT:0101 closed_reworked');
    // Looked up and never failed verification: closed, not reworked.
    expect(metrics({ ...base, rework_count: 0 })).toEqual([
      '2026-11-02 EVENT:0101 created',
      '2026-11-02 EVENT:0101 filed',
      '2026-11-04 EVENT:0101 due',
      '2026-11-04 EVENT:0101 handled_on_time',
      '2026-11-05 EVENT:0101 closed',
    ]);
    const parked = {
      ...base,
      case_type: 'COMPONENT',
      status: 'PARKED',
      due_at: null,
      handled_at: null,
      closed_at: null,
      updated_at: '2026-11-06T20:00:00.000Z',
    };
    expect(metrics(parked)).toEqual([
      '2026-11-02 COMPONENT:0101 created',
      '2026-11-02 COMPONENT:0101 filed',
      '2026-11-07 COMPONENT:0101 parked',
    ]);
  });

  it('reads only the listed columns and dates every count by one of the listed instants', () => {
    const rows: Record<RecordTable, ReplicaRow> = {
      hotline_ticket: {
        ...ticket,
        handling_mode: 'DISPATCH',
        closed_at: '2026-11-24T01:00:00.000Z',
        resolution: 'RESOLVED',
        satisfaction: 'SATISFIED',
      },
      case_report: {
        id: '320100-c',
        case_type: 'EVENT',
        minor_code: '0101',
        status: 'PARKED',
        created_at: '2026-11-02T02:00:00.000Z',
        filed_at: '2026-11-03T02:00:00.000Z',
        due_at: '2026-11-04T02:00:00.000Z',
        handled_at: '2026-11-04T01:00:00.000Z',
        closed_at: '2026-11-05T02:00:00.000Z',
        updated_at: '2026-11-06T02:00:00.000Z',
        rework_count: 1,
      },
      enforcement_record: {
        id: '320100-e',
        violated_article: 'A1',
        filed_at: '2026-11-01T02:00:00.000Z',
        hearing_requested_at: '2026-11-02T02:00:00.000Z',
        decided_at: '2026-11-03T02:00:00.000Z',
        decision_due_at: '2026-12-03T02:00:00.000Z',
        fine_amount: '100.00',
        paid_at: '2026-11-04T02:00:00.000Z',
        amount_paid: '100.00',
      },
    };
    for (const [kind, row] of Object.entries(rows) as [RecordTable, ReplicaRow][]) {
      const listed = new Set<string>([...ROLLUP_COLUMNS[kind], 'rework_count']);
      const only = Object.fromEntries(Object.entries(row).filter(([key]) => listed.has(key)));
      const contributions = rollupContributions(kind, row, zone);
      expect(rollupContributions(kind, only, zone), kind).toEqual(contributions);
      const days = new Set(ROLLUP_INSTANTS[kind].map(({ column }) => localDay(row[column], zone)));
      for (const entry of contributions) {
        expect(days.has(entry.day), `${kind} ${entry.metric}`).toBe(true);
        // Every instant above falls on its own day, so the day names the instant.
        const instant = METRIC_INSTANTS[kind][entry.metric]!;
        expect(localDay(row[instant.column], zone), `${kind} ${entry.metric}`).toBe(entry.day);
        if (instant.status) expect(row['status']).toBe(instant.status);
      }
    }
  });

  it('knows the instant of every metric, each one also a listed instant', () => {
    for (const kind of Object.keys(ROLLUP_METRICS) as RecordTable[]) {
      expect(Object.keys(METRIC_INSTANTS[kind]).sort(), kind).toEqual(
        [...ROLLUP_METRICS[kind]].sort(),
      );
      for (const instant of Object.values(METRIC_INSTANTS[kind])) {
        expect(ROLLUP_INSTANTS[kind]).toContainEqual(instant);
      }
    }
    const merged = { ...ticket, parent_ticket_id: '320100-p', due_at: null };
    const direct = { ...ticket, handling_mode: 'DIRECT', due_at: null };
    for (const row of [merged, direct]) {
      for (const entry of rollupContributions('hotline_ticket', row, zone)) {
        const { column } = METRIC_INSTANTS.hotline_ticket[entry.metric]!;
        expect(localDay(row[column as keyof typeof row], zone), entry.metric).toBe(entry.day);
      }
    }
  });

  it('reads instants given as dates or ISO strings, and nothing from a missing or broken one', () => {
    expect(localDay(new Date('2026-11-20T16:00:00.000Z'), zone)).toBe('2026-11-21');
    expect(localDay('not a time', zone)).toBeUndefined();
    expect(localDay(1_763_654_400_000, zone)).toBeUndefined();
    expect(localDay(null, zone)).toBeUndefined();
    expect(rollupContributions('hotline_ticket', undefined, zone)).toEqual([]);
    // Instants read back from the database arrive as Date objects and count the same.
    const asDates = {
      ...ticket,
      created_at: new Date(ticket.created_at),
      due_at: new Date(ticket.due_at),
      closed_at: new Date('2026-11-25T09:30:00.000Z'),
    };
    expect(
      rollupContributions('hotline_ticket', asDates, zone).map((entry) => entry.metric),
    ).toEqual(['created', 'due', 'closed_on_time', 'closed', 'handling_seconds']);
  });

  it('counts a rating only when given, and only 满意 and 基本满意 as satisfied', () => {
    const metrics = (satisfaction: string | null) =>
      rollupContributions(
        'hotline_ticket',
        { ...ticket, closed_at: '2026-11-24T01:00:00.000Z', resolution: 'RESOLVED', satisfaction },
        zone,
      )
        .map((entry) => entry.metric)
        .filter((metric) => metric === 'rated' || metric === 'satisfied');
    expect(metrics('SATISFIED')).toEqual(['rated', 'satisfied']);
    expect(metrics('BASICALLY_SATISFIED')).toEqual(['rated', 'satisfied']);
    expect(metrics('DISSATISFIED')).toEqual(['rated']);
    expect(metrics('NOT_RATED')).toEqual([]);
    expect(metrics(null)).toEqual([]);
  });

  it('counts a ticket closed before its recorded creation (clock skew) with no negative handling time', () => {
    const skewed = rollupContributions(
      'hotline_ticket',
      { ...ticket, created_at: '2026-11-21T02:00:00.000Z', closed_at: '2026-11-21T01:59:59.000Z' },
      zone,
    );
    expect(skewed.filter((entry) => entry.metric.startsWith('handling'))).toEqual([]);
    expect(skewed.map((entry) => entry.metric)).toContain('closed');
    // Without a creation time nothing is measured, though the closure still counts.
    const { created_at: _created, ...uncreated } = {
      ...ticket,
      closed_at: '2026-11-24T01:00:00.000Z',
    };
    expect(rollupContributions('hotline_ticket', uncreated, zone).map((e) => e.metric)).toEqual([
      'due',
      'closed_on_time',
      'closed',
    ]);
  });

  it('draws a case’s closure and report-back deadlines at the due instant, to the millisecond', () => {
    const due = '2026-11-04T09:30:00.000Z';
    const late = '2026-11-04T09:30:00.001Z';
    const onTime = (closedAt: string | null, handledAt: string | null) =>
      rollupContributions(
        'case_report',
        {
          case_type: 'EVENT',
          minor_code: '0101',
          status: closedAt ? 'CLOSED' : 'DISPATCHED',
          created_at: '2026-11-02T02:00:00.000Z',
          filed_at: null,
          due_at: due,
          handled_at: handledAt,
          closed_at: closedAt,
        },
        zone,
      )
        .map((entry) => entry.metric)
        .filter((metric) => metric.endsWith('on_time'));
    expect(onTime(due, due)).toEqual(['closed_on_time', 'handled_on_time']);
    expect(onTime(late, late)).toEqual([]);
    expect(onTime(null, due)).toEqual(['handled_on_time']);
    expect(onTime(null, null)).toEqual([]);
  });

  it('counts a case without a due time (parked or returned) as not due, and without a filing as not filed', () => {
    const metrics = rollupContributions(
      'case_report',
      {
        case_type: 'EVENT',
        minor_code: '0101',
        status: 'REPORTED',
        created_at: '2026-11-02T02:00:00.000Z',
        filed_at: null,
        due_at: null,
        handled_at: '2026-11-02T03:00:00.000Z',
        closed_at: null,
      },
      zone,
    ).map((entry) => entry.metric);
    expect(metrics).toEqual(['created']);
  });

  it('draws the 90-day decision limit at its instant, and adds nothing for a decision on the filing day', () => {
    const decided = (decidedAt: string, extra: ReplicaRow = {}) =>
      rollupContributions(
        'enforcement_record',
        {
          violated_article: 'A1',
          filed_at: '2026-11-01T02:00:00.000Z',
          decided_at: decidedAt,
          decision_due_at: '2026-11-01T09:00:00.000Z',
          fine_amount: null,
          paid_at: null,
          hearing_requested_at: null,
          ...extra,
        },
        zone,
      ).map((entry) => `${entry.metric} ${entry.amount}`);
    // Decided at its limit, the same day it was filed, no fine: decided on time, 0 days, 0 fen.
    expect(decided('2026-11-01T09:00:00.000Z')).toEqual([
      'filed 1',
      'decided 1',
      'decided_on_time 1',
    ]);
    expect(decided('2026-11-01T09:00:00.001Z')).toEqual(['filed 1', 'decided 1']);
    // No limit recorded: decided, never on time.
    expect(decided('2026-11-01T09:00:00.000Z', { decision_due_at: null })).toEqual([
      'filed 1',
      'decided 1',
    ]);
    // A row that carries no fine amount at all counts no fine either.
    const { fine_amount: _fine, ...withoutFine } = {
      violated_article: 'A1',
      filed_at: '2026-11-01T02:00:00.000Z',
      decided_at: '2026-11-03T02:00:00.000Z',
      fine_amount: '1.00',
    };
    expect(
      rollupContributions('enforcement_record', withoutFine, zone).map((entry) => entry.metric),
    ).toEqual(['filed', 'decided', 'decision_days']);
  });

  it('counts decision days only when both the filing and the decision have a day', () => {
    const metrics = rollupContributions(
      'enforcement_record',
      {
        violated_article: 'A1',
        filed_at: null,
        decided_at: '2026-11-03T02:00:00.000Z',
        decision_due_at: '2026-12-03T02:00:00.000Z',
        fine_amount: '50.00',
        paid_at: null,
        hearing_requested_at: null,
      },
      zone,
    ).map((entry) => `${entry.metric} ${entry.amount}`);
    expect(metrics).toEqual(['decided 1', 'decided_on_time 1', 'fines_imposed_fen 5000']);
  });

  it('counts a hearing request and a payment on their own days', () => {
    const metrics = rollupContributions(
      'enforcement_record',
      {
        violated_article: 'A1',
        filed_at: '2026-11-01T02:00:00.000Z',
        hearing_requested_at: '2026-11-06T17:00:00.000Z',
        decided_at: null,
        decision_due_at: '2027-01-30T02:00:00.000Z',
        paid_at: '2026-11-09T02:00:00.000Z',
        amount_paid: '0.01',
      },
      zone,
    ).map((entry) => `${entry.day} ${entry.metric} ${entry.amount}`);
    expect(metrics).toEqual([
      '2026-11-01 filed 1',
      '2026-11-07 hearings_requested 1',
      '2026-11-09 fines_collected_fen 1',
    ]);
  });

  it('files a record without a category under the empty category, never under "undefined"', () => {
    const categories = (kind: RecordTable, row: ReplicaRow) =>
      rollupContributions(kind, row, zone).map((entry) => entry.category);
    expect(categories('hotline_ticket', { created_at: ticket.created_at })).toEqual(['']);
    expect(categories('case_report', { created_at: ticket.created_at })).toEqual([':']);
    expect(categories('enforcement_record', { filed_at: ticket.created_at })).toEqual(['']);
  });

  it('gives no difference for a version that counts the same', () => {
    const same = rollupContributions('hotline_ticket', ticket, zone);
    expect(contributionDelta(same, rollupContributions('hotline_ticket', ticket, zone)).size).toBe(
      0,
    );
    // A new record adds all it counts; a deleted one takes it all away.
    const added = [...contributionDelta([], same).values()];
    expect(added.map((cell) => [cell.day, cell.counts])).toEqual([
      ['2026-11-20', { created: 1 }],
      ['2026-11-25', { due: 1 }],
    ]);
    const removed = [...contributionDelta(same, []).values()];
    expect(removed.map((cell) => [cell.day, cell.counts])).toEqual([
      ['2026-11-20', { created: -1 }],
      ['2026-11-25', { due: -1 }],
    ]);
  });
});
