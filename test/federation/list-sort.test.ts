import { compareCursorKeys, decodeCursor } from '@city-ops/kernel';
import type { CursorKey, ListSort } from '@city-ops/kernel';
import { insertCaseFixture } from '../support/cases.js';
import { insertEnforcementFixture } from '../support/enforcement.js';
import { startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The lists' `sort` through the gateway, merged across the two city nodes of 江苏:
 * every sort field in both directions pages through every record exactly once, in
 * the order each node's SQL gives (compareCursorKeys), with keys tied across nodes
 * and null keys on both nodes.
 */

const CITIES = ['320100', '320200'] as const;
/** A district of each city (玄武区, 梁溪区). */
const DISTRICT = { '320100': '320102', '320200': '320213' } as const;
const BASE = Date.UTC(2026, 10, 20, 1, 0, 0, 456);
const instant = (seconds: number) => new Date(BASE + seconds * 1000);

/**
 * Per city, per record: created, due (null: none), updated — seconds after BASE.
 * The same instants on both nodes, so ties across nodes are broken by id.
 */
const KEYS: Record<(typeof CITIES)[number], [number, number | null, number][]> = {
  '320100': [
    [0, null, 5],
    [1, 3, 5],
    [1, null, 2],
    [2, 3, 0],
  ],
  '320200': [
    [0, 3, 2],
    [1, null, 5],
    [2, 4, 0],
    [2, 1, 5],
  ],
};

interface Fixture {
  id: string;
  city: string;
  created: number;
  due: number | null;
  updated: number;
}

interface ListKind {
  field: string;
  sortType: string;
  dueField: string;
  fixtures: Fixture[];
}

const CREATE_TICKET = /* GraphQL */ `
  mutation ($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
    }
  }
`;

function listQuery(field: string, sortType: string, args = '') {
  return /* GraphQL */ `
    query ($sort: ${sortType}, $first: Int, $after: String) {
      list: ${field}(sort: $sort, first: $first, after: $after${args}) {
        nodes {
          id
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `;
}

type ListPage = GraphQLResponse<{
  list: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}>;

/** The fixtures' ids in the order `sort` must give them, by the keys written, not read back. */
function expectedOrder(fixtures: Fixture[], sort: ListSort): string[] {
  const keyOf = (fixture: Fixture): CursorKey => {
    const seconds =
      sort.by === 'CREATED_AT'
        ? fixture.created
        : sort.by === 'UPDATED_AT'
          ? fixture.updated
          : fixture.due;
    return {
      sort,
      value: seconds === null ? null : instant(seconds).toISOString(),
      id: fixture.id,
    };
  };
  return fixtures
    .map(keyOf)
    .sort(compareCursorKeys)
    .map((key) => key.id);
}

describe('list sorts through the gateway', () => {
  let federation: TestFederation;
  const tickets: Fixture[] = [];
  const cases: Fixture[] = [];
  const records: Fixture[] = [];

  beforeAll(async () => {
    federation = await startFederation({ provinces: ['320000'], cities: [...CITIES] });
    for (const city of CITIES) {
      const db = federation.database(city);
      const agent = federation.token(`agent.${city}`);
      for (const [created, due, updated] of KEYS[city]) {
        const keys = {
          created_at: instant(created),
          due_at: due === null ? null : instant(due),
          updated_at: instant(updated),
        };
        const made = await federation.query<{ createTicket: { id: string } }>(
          agent,
          CREATE_TICKET,
          {
            input: {
              division: DISTRICT[city],
              channel: 'PHONE',
              intakeClass: 'COMPLAINT',
              categoryCode: '010101',
              title: '人行道占道经营',
              content: '市民反映人行道被流动摊贩占用，影响通行。',
              caller: { name: '张三', phone: '13812345678' },
            },
          },
        );
        expect(made.errors).toBeUndefined();
        const ticketId = made.data!.createTicket.id;
        // A unit's open work too, so the inbox has something to sort.
        await db
          .updateTable('hotline_ticket')
          .set({ ...keys, status: 'DISPATCHED', lead_unit: `${city}-cg` })
          .where('id', '=', ticketId)
          .execute();
        tickets.push({ id: ticketId, city, created, due, updated });

        const caseId = `${city}-case-${created}-${updated}-${due ?? 'none'}`;
        await insertCaseFixture(db, {
          id: caseId,
          number: caseId,
          origin_node: city,
          division: DISTRICT[city],
          grid_cell: null,
          handling_unit: `${city}-cg`,
          status: 'DISPATCHED',
          ...keys,
        });
        cases.push({ id: caseId, city, created, due, updated });

        const recordId = await insertEnforcementFixture(
          db,
          {
            created_at: keys.created_at,
            updated_at: keys.updated_at,
            decision_due_at: keys.due_at,
          },
          city,
        );
        records.push({ id: recordId, city, created, due, updated });
      }
    }
  });

  afterAll(async () => {
    await federation?.close();
  });

  // Filled in beforeAll: the arrays above are shared, not copied.
  const kinds: ListKind[] = [
    { field: 'tickets', sortType: 'TicketSort', dueField: 'DUE_AT', fixtures: tickets },
    { field: 'caseReports', sortType: 'CaseSort', dueField: 'DUE_AT', fixtures: cases },
    {
      field: 'enforcementRecords',
      sortType: 'EnforcementSort',
      dueField: 'DECISION_DUE_AT',
      fixtures: records,
    },
  ];

  /** Every page through the gateway, each `after` the previous merged page's endCursor. */
  async function pageThrough(
    token: string,
    kind: Pick<ListKind, 'field' | 'sortType'>,
    sort: ListSort,
    first: number,
  ): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const page: ListPage = await federation.query(token, listQuery(kind.field, kind.sortType), {
        sort,
        first,
        after,
      });
      expect(page.errors).toBeUndefined();
      const { nodes, pageInfo } = page.data!.list;
      expect(nodes.length).toBeLessThanOrEqual(first);
      ids.push(...nodes.map((node) => node.id));
      if (!pageInfo.hasNextPage) return ids;
      // The merged end cursor is a node cursor of the same sort.
      expect(decodeCursor(pageInfo.endCursor!, 'after', sort).id).toBe(ids.at(-1));
      after = pageInfo.endCursor;
    }
    throw new Error(`${kind.field}: more than 20 pages under ${sort.by} ${sort.direction}`);
  }

  it('merges every kind under every sort field and direction, each record once', async () => {
    const supervisor = federation.token('supervisor.320000');
    for (const kind of kinds) {
      expect(kind.fixtures).toHaveLength(8);
      for (const by of ['CREATED_AT', kind.dueField, 'UPDATED_AT']) {
        for (const direction of ['ASC', 'DESC'] as const) {
          const sort = { by, direction };
          const expected = expectedOrder(kind.fixtures, sort);
          for (const first of [3, 8]) {
            const label = `${kind.field} ${by} ${direction}, first ${first}`;
            expect(await pageThrough(supervisor, kind, sort, first), label).toEqual(expected);
          }
        }
      }
    }
  });

  it('puts records without a due time last, from both nodes, in either direction', async () => {
    const supervisor = federation.token('supervisor.320000');
    const kind = kinds[0]!;
    for (const direction of ['ASC', 'DESC'] as const) {
      const ids = await pageThrough(supervisor, kind, { by: 'DUE_AT', direction }, 3);
      const undated = tickets.filter((ticket) => ticket.due === null).map((ticket) => ticket.id);
      expect(new Set(ids.slice(-undated.length))).toEqual(new Set(undated));
      expect(new Set(undated.map((id) => id.slice(0, 6)))).toEqual(new Set(CITIES));
    }
  });

  it('defaults to newest first when no sort is given', async () => {
    const supervisor = federation.token('supervisor.320000');
    const response: ListPage = await federation.query(
      supervisor,
      /* GraphQL */ `
        query {
          list: tickets(first: 100) {
            nodes {
              id
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.list.nodes.map((node) => node.id)).toEqual(
      expectedOrder(tickets, { by: 'CREATED_AT', direction: 'DESC' }),
    );
  });

  it('sorts the home lists: myTickets, ticketInbox and caseInbox', async () => {
    const sort: ListSort = { by: 'DUE_AT', direction: 'ASC' };
    const nanjing = (fixtures: Fixture[]) =>
      expectedOrder(
        fixtures.filter((fixture) => fixture.city === '320100'),
        sort,
      );
    const agent = federation.token('agent.320100');
    const unit = federation.token('unit-cg.320100');
    const ticketSort = { sortType: 'TicketSort' };
    expect(await pageThrough(agent, { field: 'myTickets', ...ticketSort }, sort, 3)).toEqual(
      nanjing(tickets),
    );
    expect(await pageThrough(unit, { field: 'ticketInbox', ...ticketSort }, sort, 3)).toEqual(
      nanjing(tickets),
    );
    expect(await pageThrough(unit, { field: 'caseInbox', sortType: 'CaseSort' }, sort, 3)).toEqual(
      nanjing(cases),
    );
  });

  it('refuses a cursor reused under another sort, at the gateway and at a node', async () => {
    const supervisor = federation.token('supervisor.320000');
    const query = listQuery('tickets', 'TicketSort');
    const first: ListPage = await federation.query(supervisor, query, {
      sort: { by: 'DUE_AT', direction: 'ASC' },
      first: 2,
    });
    expect(first.errors).toBeUndefined();
    const cursor = first.data!.list.pageInfo.endCursor;
    expect(cursor).toBeTruthy();
    for (const sort of [
      null,
      { by: 'DUE_AT', direction: 'DESC' },
      { by: 'UPDATED_AT', direction: 'ASC' },
    ]) {
      for (const answer of [
        await federation.query(supervisor, query, { sort, first: 2, after: cursor }),
        await federation.queryNode('320100', supervisor, query, { sort, first: 2, after: cursor }),
      ]) {
        expect(answer.data ?? null).toBeNull();
        expect(answer.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'after',
        });
        expect(answer.errors?.[0]?.message).toMatch(/^after：是按 DUE_AT ASC 排序时返回的/);
      }
    }
  });

  it('refuses an unknown sort field as bad input', async () => {
    const supervisor = federation.token('supervisor.320000');
    const answer = await federation.query(supervisor, listQuery('tickets', 'TicketSort'), {
      sort: { by: 'NUMBER' },
    });
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
