import { divisionContains, narrowerScope } from '@city-ops/schema';
import { policy } from '@city-ops/kernel';
import type { Grant, Operation, Scope } from '@city-ops/kernel';
import { loadRealmExport } from '@city-ops/identity';
import { startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The permission matrix, generated from the policy table: every demo role × every
 * operation × (own scope, a sibling city, the parent province, another province),
 * each expected allow or deny by this file's own reading of the table, checked
 * through the gateway and straight at the node (bypassing the gateway must not
 * widen anything).
 */

interface Actor {
  name: string;
  roles: readonly string[];
  division: string;
  department: string | undefined;
  grid: string | undefined;
  token: () => string;
}

interface RecordFixture {
  id: string;
  /** 工单编号 / 案件编号: the owning city's division, the kind's series letters, digits. */
  number: string;
  division: string;
  units: string[];
  grid?: string;
  confidential?: boolean;
  callerName?: string;
}

const breadth: Record<Scope, number> = { unit: 0, grid: 0, city: 1, province: 2, national: 3 };

/** This test's own reading of the policy: the broadest grant that fits where the actor sits. */
function grantOf(actor: Actor, operation: Operation): Grant | undefined {
  const fits = (scope: Scope) => {
    const isNational = actor.division === '000000';
    const isProvince = !isNational && actor.division.endsWith('0000');
    const isCity = !isNational && !isProvince;
    if (scope === 'national') return isNational;
    if (scope === 'province') return isProvince;
    if (scope === 'city') return isCity;
    if (scope === 'unit') return isCity && actor.department !== undefined;
    return isCity && actor.grid !== undefined;
  };
  return (policy[operation].grants as readonly Grant[])
    .filter((grant) => actor.roles.includes(grant.role) && fits(grant.scope))
    .sort((a, b) => breadth[b.scope] - breadth[a.scope])[0];
}

function canReach(actor: Actor, operation: Operation, record: RecordFixture): boolean {
  const grant = grantOf(actor, operation);
  if (!grant || !divisionContains(actor.division, record.division)) return false;
  if (grant.scope === 'unit')
    return actor.department !== undefined && record.units.includes(actor.department);
  if (grant.scope === 'grid') return record.grid === actor.grid;
  return true;
}

function seesPersonalData(actor: Actor, record: RecordFixture): boolean {
  const grant = grantOf(actor, 'personal-data.read');
  if (!grant || !divisionContains(actor.division, record.division)) return false;
  if (grant.scope === 'unit')
    return (
      !record.confidential &&
      actor.department !== undefined &&
      record.units.includes(actor.department)
    );
  return true;
}

const denied = (response: GraphQLResponse, field: string) =>
  response.errors?.some((error) => error.extensions?.['code'] === 'FORBIDDEN') === true ||
  ((response.errors ?? []).length === 0 && (response.data?.[field] ?? null) === null);

const owningNode = (division: string) =>
  division.endsWith('0000') ? division : division.slice(0, 4) + '00';

describe('the permission matrix', () => {
  let federation: TestFederation;
  const actors: Actor[] = [];
  const tickets: RecordFixture[] = [];
  const cases: RecordFixture[] = [];
  const enforcement: RecordFixture[] = [];
  const targets = { own: '320100', sibling: '320200', parent: '320000', other: '330000' };

  beforeAll(async () => {
    federation = await startFederation({
      ministry: true,
      provinces: ['320000', '330000'],
      cities: ['320100', '320200', '330100'],
    });
    const realm = loadRealmExport();
    const names = [
      'agent.320100',
      'dispatcher.320100',
      'unit-cg.320100',
      'unit-sw.320100',
      'inspector.320100',
      'officer.320100',
      'reviewer.320100',
      'supervisor.320100',
      'auditor.320100',
      'supervisor.320000',
      'auditor.320000',
      'analyst.000000',
      'auditor.000000',
    ];
    for (const name of names) {
      const user = realm.users.find((candidate) => candidate.username === name);
      if (!user) throw new Error(`demo user ${name} missing from the realm export`);
      actors.push({
        name,
        roles: user.roles,
        division: user.division,
        department: user.department,
        grid: user.grid,
        token: () => federation.token(name),
      });
    }
    const service = realm.serviceClients.find((client) => client.clientId === 'node-320100')!;
    actors.push({
      name: 'node-320100 (service account)',
      roles: service.roles,
      division: service.division,
      department: undefined,
      grid: undefined,
      token: () => federation.token('node-320100'),
    });
    actors.push({
      name: 'unknown role',
      roles: ['superuser'],
      division: '320100',
      department: undefined,
      grid: undefined,
      token: () =>
        federation.identity.issueToken('agent.320100', { realm_access: { roles: ['superuser'] } }),
    });

    // Tickets through intake, by each city's agent; assignment to units is arranged in the database
    // (dispatching is the workflows' work).
    const fixtures: { division: string; agent: string; lead?: string; confidential?: boolean }[] = [
      { division: '320106', agent: 'agent.320100', lead: '320100-cg' },
      { division: '320104', agent: 'agent.320100', lead: '320100-cg', confidential: true },
      { division: '320115', agent: 'agent.320100' },
      { division: '320205', agent: 'agent.320200' },
      { division: '330106', agent: 'agent.330100' },
    ];
    for (const fixture of fixtures) {
      const response = await federation.query<{ createTicket: { id: string; number: string } }>(
        federation.token(fixture.agent),
        `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number } }`,
        {
          input: {
            division: fixture.division,
            channel: 'PHONE',
            intakeClass: 'COMPLAINT',
            categoryCode: '010101',
            title: '占道经营',
            content: '人行道被流动摊贩占用',
            caller: {
              name: '王小明',
              phone: '13912345678',
              confidential: fixture.confidential ?? false,
            },
            location: { address: '中山路100号' },
          },
        },
      );
      expect(response.errors).toBeUndefined();
      const { id, number } = response.data!.createTicket;
      if (fixture.lead) {
        await federation
          .database(owningNode(fixture.division))
          .updateTable('hotline_ticket')
          .set({ lead_unit: fixture.lead })
          .where('id', '=', id)
          .execute();
      }
      tickets.push({
        id,
        number,
        division: fixture.division,
        units: fixture.lead ? [fixture.lead] : [],
        confidential: fixture.confidential ?? false,
        callerName: '王小明',
      });
    }
    const caseFixtures = [
      { division: '320106', grid: '320100-g001', unit: '320100-cg' },
      { division: '320104', grid: '320100-g002', unit: '320100-sw' },
      { division: '320205', grid: '320200-g001', unit: '320200-cg' },
      { division: '330106', grid: '330100-g001', unit: '330100-cg' },
    ];
    for (const [index, fixture] of caseFixtures.entries()) {
      const city = owningNode(fixture.division);
      const id = `${city}-case-${index}`;
      const number = `${city}AJ20261121${String(index + 1).padStart(6, '0')}`;
      await federation
        .database(city)
        .insertInto('case_report')
        .values({
          id,
          number,
          origin_node: city,
          division: fixture.division,
          source: 'INSPECTOR',
          case_type: 'EVENT',
          major_class: 'CITY_APPEARANCE',
          minor_code: '0101',
          description: '暴露垃圾',
          status: 'FILED',
          grid_cell: fixture.grid,
          handling_unit: fixture.unit,
          created_by: 'fixture',
        })
        .execute();
      cases.push({
        id,
        number,
        division: fixture.division,
        units: [fixture.unit],
        grid: fixture.grid,
      });
    }
    for (const [index, division] of ['320106', '320205', '330106'].entries()) {
      const city = owningNode(division);
      const id = `${city}-enf-${index}`;
      const number = `${city}ZF20261121${String(index + 1).padStart(6, '0')}`;
      await federation
        .database(city)
        .insertInto('enforcement_record')
        .values({
          id,
          number,
          origin_node: city,
          division,
          source: 'PATROL',
          violated_article: '《城市市容和环境卫生管理条例》第十四条',
          penalty_article: '第三十四条',
          party_kind: 'PERSON',
          party_name: '李四',
          party_id_number: '320106199001011234',
          officers: JSON.stringify([
            { name: '赵一', certificateNumber: 'JS-0001' },
            { name: '钱二', certificateNumber: 'JS-0002' },
          ]),
          procedure: 'ORDINARY',
          status: 'FILED',
          created_by: 'fixture',
        })
        .execute();
      enforcement.push({ id, number, division, units: [] });
    }
  });

  afterAll(async () => {
    await federation?.close();
  });

  const byId: {
    operation: Operation;
    field: string;
    records: () => RecordFixture[];
    selection: string;
  }[] = [
    {
      operation: 'ticket.read',
      field: 'ticket',
      records: () => tickets,
      selection: 'id caller { name masked }',
    },
    { operation: 'case.read', field: 'caseReport', records: () => cases, selection: 'id' },
    {
      operation: 'enforcement.read',
      field: 'enforcementRecord',
      records: () => enforcement,
      selection: 'id party { name masked }',
    },
  ];

  for (const { operation, field, records, selection } of byId) {
    it(`${operation} by id: every actor × own city, sibling city, other province — via gateway and at the node`, async () => {
      for (const actor of actors) {
        for (const record of records()) {
          const label = `${actor.name} ${operation} ${record.id} (${record.division})`;
          const query = `query ($id: ID!) { ${field}(id: $id) { ${selection} } }`;
          const viaGateway = await federation.query(actor.token(), query, { id: record.id });
          const atNode = await federation.queryNode(
            owningNode(record.division),
            actor.token(),
            query,
            { id: record.id },
          );
          for (const [path, response] of [
            ['gateway', viaGateway],
            ['node', atNode],
          ] as const) {
            if (canReach(actor, operation, record)) {
              expect(response.errors, `${label} via ${path}`).toBeUndefined();
              const data = response.data?.[field] as {
                id: string;
                caller?: { masked: boolean };
                party?: { masked: boolean };
              };
              expect(data?.id, `${label} via ${path}`).toBe(record.id);
              const masked = data.caller?.masked ?? data.party?.masked;
              if (masked !== undefined)
                expect(masked, `${label} masking via ${path}`).toBe(
                  !seesPersonalData(actor, record),
                );
            } else {
              expect(
                denied(response, field),
                `${label} via ${path}: ${JSON.stringify(response)}`,
              ).toBe(true);
            }
          }
        }
      }
    });
  }

  it('lookups by number: every actor × every record of every kind — via gateway and at the node; what one may not read is null', async () => {
    const lookup = `query ($number: String!) { recordByNumber(number: $number) { ... on HotlineTicket { id caller { masked } } ... on CaseReport { id } ... on EnforcementRecord { id party { masked } } } }`;
    const reads = ['ticket.read', 'case.read', 'enforcement.read'] as const;
    for (const { operation, records } of byId) {
      for (const actor of actors) {
        const readsAny = reads.some((read) => grantOf(actor, read) !== undefined);
        for (const record of records()) {
          const label = `${actor.name} looks up ${record.number} (${record.division})`;
          const viaGateway = await federation.query(actor.token(), lookup, {
            number: record.number,
          });
          const atNode = await federation.queryNode(
            owningNode(record.division),
            actor.token(),
            lookup,
            { number: record.number },
          );
          for (const [path, response] of [
            ['gateway', viaGateway],
            ['node', atNode],
          ] as const) {
            const found = response.data?.['recordByNumber'] as
              | { id: string; caller?: { masked: boolean }; party?: { masked: boolean } }
              | null
              | undefined;
            if (canReach(actor, operation, record)) {
              expect(response.errors, `${label} via ${path}`).toBeUndefined();
              expect(found?.id, `${label} via ${path}`).toBe(record.id);
              const masked = found?.caller?.masked ?? found?.party?.masked;
              if (masked !== undefined)
                expect(masked, `${label} masking via ${path}`).toBe(
                  !seesPersonalData(actor, record),
                );
            } else if (!readsAny) {
              expect(response.errors?.[0]?.extensions?.['code'], `${label} via ${path}`).toBe(
                'FORBIDDEN',
              );
            } else if (path === 'gateway') {
              // Out of reach reads as missing: no error that a record is there.
              expect(response, `${label} via ${path}`).toEqual({
                status: 200,
                data: { recordByNumber: null },
              });
            } else {
              // A node refuses outright a caller from outside its division, whatever is asked.
              expect(denied(response, 'recordByNumber'), `${label} via ${path}`).toBe(true);
            }
          }
        }
      }
    }
  });

  it('caller.lookup: every actor, via gateway, at the city node and at the province node, every search audited', async () => {
    const search = `query ($phone: String!) { ticketsByCallerPhone(phone: $phone, first: 100) { nodes { id caller { phone masked } } } callerHistory(phone: $phone) { total recent { id } } }`;
    const audited = async () =>
      Number(
        (
          await federation
            .database('320100')
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<string>().as('count'))
            .where('action', '=', 'personal-data.lookup')
            .executeTakeFirstOrThrow()
        ).count,
      );
    for (const actor of actors) {
      const label = `${actor.name} looks a caller up`;
      const allowed =
        grantOf(actor, 'caller.lookup') !== undefined && owningNode(actor.division) === '320100';
      const before = await audited();
      const viaGateway = await federation.query<{
        ticketsByCallerPhone: {
          nodes: { id: string; caller: { phone: string; masked: boolean } }[];
        };
        callerHistory: { total: number; recent: { id: string }[] };
      }>(actor.token(), search, { phone: '139 1234 5678' });
      const atNode = await federation.queryNode<typeof viaGateway.data>(
        '320100',
        actor.token(),
        search,
        { phone: '13912345678' },
      );
      const atProvince = await federation.queryNode('320000', actor.token(), search, {
        phone: '13912345678',
      });
      const own = tickets
        .filter((record) => owningNode(record.division) === '320100')
        .map((record) => record.id)
        .sort();
      for (const [path, response] of [
        ['gateway', viaGateway],
        ['node', atNode],
      ] as const) {
        if (allowed) {
          expect(response.errors, `${label} via ${path}`).toBeUndefined();
          const nodes = response.data!.ticketsByCallerPhone.nodes;
          expect(nodes.map((node) => node.id).sort(), `${label} via ${path}`).toEqual(own);
          expect(
            nodes.every((node) => !node.caller.masked && node.caller.phone === '13912345678'),
          ).toBe(true);
          expect(response.data!.callerHistory.total, `${label} via ${path}`).toBe(own.length);
        } else {
          expect(response.errors?.[0]?.extensions?.['code'], `${label} via ${path}`).toBe(
            'FORBIDDEN',
          );
          expect(JSON.stringify(response), `${label} via ${path}`).not.toContain('13912345678');
        }
      }
      // The province holds phones masked: the city's agents are sent to their city.
      expect(atProvince.errors?.[0]?.extensions?.['code'], `${label} at the province`).toBe(
        allowed ? 'NOT_OWNER' : 'FORBIDDEN',
      );
      // Two fields, two doors: four searches, each audited once; a refusal searched nothing.
      expect(await audited(), label).toBe(before + (allowed ? 4 : 0));
    }
  });

  it('ticket.read lists: every actor × own, sibling, parent, other divisions — via gateway and at each city node', async () => {
    const list = `query ($division: String) { tickets(division: $division, first: 100) { nodes { id } } }`;
    for (const actor of actors) {
      for (const [targetName, target] of Object.entries(targets)) {
        const label = `${actor.name} lists ${targetName} ${target}`;
        const grant = grantOf(actor, 'ticket.read');
        const overlaps = narrowerScope(actor.division, target) !== undefined;
        const expected = tickets
          .filter(
            (record) =>
              canReach(actor, 'ticket.read', record) && divisionContains(target, record.division),
          )
          .map((record) => record.id)
          .sort();
        const viaGateway = await federation.query<{ tickets: { nodes: { id: string }[] } }>(
          actor.token(),
          list,
          { division: target },
        );
        if (!grant || !overlaps) {
          expect(viaGateway.errors?.[0]?.extensions?.['code'], label).toBe('FORBIDDEN');
        } else {
          expect(viaGateway.errors, label).toBeUndefined();
          expect(viaGateway.data!.tickets.nodes.map((node) => node.id).sort(), label).toEqual(
            expected,
          );
        }
        for (const city of ['320100', '320200', '330100']) {
          const atNode = await federation.queryNode<{ tickets: { nodes: { id: string }[] } }>(
            city,
            actor.token(),
            list,
            { division: target },
          );
          if (!grant || !overlaps || !narrowerScope(actor.division, city)) {
            expect(atNode.errors?.[0]?.extensions?.['code'], `${label} at ${city}`).toBe(
              'FORBIDDEN',
            );
          } else {
            expect(atNode.errors, `${label} at ${city}`).toBeUndefined();
            expect(
              atNode.data!.tickets.nodes.map((node) => node.id).sort(),
              `${label} at ${city}`,
            ).toEqual(expected.filter((id) => id.startsWith(`${city}-`)));
          }
        }
      }
    }
  });

  it('personal-data.reveal: every actor × own city, sibling city, other province, audited with its reason', async () => {
    const reveal = `mutation ($id: ID!, $reason: String!) { revealTicketCaller(id: $id, reason: $reason) { ticketId name phone } }`;
    for (const actor of actors) {
      for (const record of [tickets[0]!, tickets[3]!, tickets[4]!]) {
        const label = `${actor.name} reveals ${record.id}`;
        const reason = `回访核实 ${actor.name}`;
        const allowed =
          grantOf(actor, 'personal-data.reveal') !== undefined &&
          divisionContains(actor.division, record.division);
        const viaGateway = await federation.query<{
          revealTicketCaller: { name: string; phone: string };
        }>(actor.token(), reveal, { id: record.id, reason });
        const atNode = await federation.queryNode<{ revealTicketCaller: { name: string } }>(
          owningNode(record.division),
          actor.token(),
          reveal,
          { id: record.id, reason },
        );
        for (const [path, response] of [
          ['gateway', viaGateway],
          ['node', atNode],
        ] as const) {
          if (allowed) {
            expect(response.errors, `${label} via ${path}`).toBeUndefined();
            expect(response.data?.revealTicketCaller.name, `${label} via ${path}`).toBe('王小明');
          } else {
            expect(response.errors?.[0]?.extensions?.['code'], `${label} via ${path}`).toMatch(
              /FORBIDDEN|NOT_FOUND/,
            );
            expect(JSON.stringify(response), `${label} via ${path}`).not.toContain('13912345678');
          }
        }
        if (allowed) {
          const audited = await federation
            .database(owningNode(record.division))
            .selectFrom('audit_log')
            .select(['actor_username', 'reason'])
            .where('action', '=', 'personal-data.reveal')
            .where(sql<boolean>`${record.id} = ANY(entity_ids)`)
            .where('reason', '=', reason)
            .execute();
          expect(audited, label).toHaveLength(2);
        }
      }
    }
    const tooShort = await federation.query(federation.token('dispatcher.320100'), reveal, {
      id: tickets[0]!.id,
      reason: '看',
    });
    expect(tooShort.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
  });

  it('audit.read: every actor × own, sibling, parent, other nodes — via gateway and at the node', async () => {
    const log = `query ($node: String) { auditLog(node: $node, first: 100) { nodes { id scope action } } auditChain(node: $node) { intact } }`;
    const homes: Record<string, string> = {
      own: '320100',
      sibling: '320200',
      parent: '320000',
      other: '330000',
    };
    for (const actor of actors) {
      for (const [targetName, node] of Object.entries(homes)) {
        const label = `${actor.name} reads the audit log of ${targetName} node ${node}`;
        const allowed =
          grantOf(actor, 'audit.read') !== undefined &&
          narrowerScope(actor.division, node) !== undefined;
        const viaGateway = await federation.query<{
          auditLog: { nodes: { scope: string; action: string }[] };
          auditChain: { intact: boolean };
        }>(actor.token(), log, { node });
        const atNode = await federation.queryNode<{ auditLog: { nodes: { scope: string }[] } }>(
          node,
          actor.token(),
          log,
          { node },
        );
        for (const [path, response] of [
          ['gateway', viaGateway],
          ['node', atNode],
        ] as const) {
          if (allowed) {
            expect(response.errors, `${label} via ${path}`).toBeUndefined();
            for (const entry of (response.data as { auditLog: { nodes: { scope: string }[] } })
              .auditLog.nodes) {
              expect(
                divisionContains(actor.division, entry.scope) ||
                  divisionContains(entry.scope, actor.division),
                `${label}: entry scope ${entry.scope}`,
              ).toBe(true);
            }
          } else {
            expect(response.errors?.[0]?.extensions?.['code'], `${label} via ${path}`).toBe(
              'FORBIDDEN',
            );
          }
        }
        if (allowed && node === '320100') {
          expect(viaGateway.data!.auditChain.intact, label).toBe(true);
          expect(
            viaGateway.data!.auditLog.nodes.some((entry) => entry.action === 'ticket.create'),
            label,
          ).toBe(true);
        }
      }
    }
  });

  it('ticket.create: every actor × own, sibling, parent, other divisions — via gateway and at the owning node', async () => {
    const create = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
    const places = { own: '320106', sibling: '320205', parent: '320000', other: '330106' };
    for (const actor of actors) {
      for (const [placeName, division] of Object.entries(places)) {
        const label = `${actor.name} creates a ticket in ${placeName} ${division}`;
        const input = {
          division,
          channel: 'PHONE',
          intakeClass: 'CONSULTATION',
          categoryCode: '060101',
          title: '政策咨询',
          content: '咨询办事流程',
          caller: {},
        };
        const allowed =
          grantOf(actor, 'ticket.create') !== undefined &&
          divisionContains(actor.division, division) &&
          !division.endsWith('0000');
        for (const path of ['gateway', 'node'] as const) {
          const response =
            path === 'gateway'
              ? await federation.query<{ createTicket: { id: string } }>(actor.token(), create, {
                  input,
                })
              : await federation.queryNode<{ createTicket: { id: string } }>(
                  owningNode(division),
                  actor.token(),
                  create,
                  { input },
                );
          if (allowed) {
            expect(response.errors, `${label} via ${path}`).toBeUndefined();
            expect(
              response.data?.createTicket.id.startsWith(`${owningNode(division)}-`),
              `${label} via ${path}`,
            ).toBe(true);
          } else {
            expect(response.errors?.length, `${label} via ${path}`).toBeGreaterThan(0);
            expect(response.data?.createTicket ?? null, `${label} via ${path}`).toBeNull();
          }
        }
      }
    }
  });

  it('never puts personal data into a change-log payload', async () => {
    for (const city of ['320100', '320200', '330100']) {
      const payloads = await federation
        .database(city)
        .selectFrom('change_log')
        .select('payload')
        .execute();
      expect(payloads.length).toBeGreaterThan(0);
      for (const { payload } of payloads) {
        const text = JSON.stringify(payload);
        expect(text).not.toContain('王小明');
        expect(text).not.toContain('13912345678');
        expect(text).not.toContain('中山路100号');
      }
      const fixturePayloads = payloads.filter(({ payload }) =>
        JSON.stringify(payload).includes('人行道被流动摊贩占用'),
      );
      expect(fixturePayloads.length).toBeGreaterThan(0);
      for (const { payload } of fixturePayloads) {
        expect(payload).toMatchObject({
          caller_name: '王**',
          caller_phone: '139****5678',
          address: '中山路***',
        });
      }
    }
  });
});
