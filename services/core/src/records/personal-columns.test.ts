import { describe, expect, it } from 'vitest';
import { maskAddress, maskIdNumber, maskName, maskPhone } from '../permissions/masking.js';
import { maskPersonalColumns, recordChangePayload } from './personal-columns.js';
import type { PersonalColumn } from './record-kind.js';

/** A ticket's shape as far as masking goes: the caller is a person, the rest is not personal. */
interface TicketRow {
  id: string;
  title: string;
  caller_name: string | null;
  caller_phone: string | null;
  address: string | null;
  created_at: Date;
}

const tickets: { personalColumns: readonly PersonalColumn<TicketRow>[] } = {
  personalColumns: [
    { column: 'caller_name', mask: maskName },
    { column: 'caller_phone', mask: maskPhone },
    { column: 'address', mask: maskAddress },
  ],
};

/** An enforcement party: personal only when it is a person, an organisation's name is public. */
interface PartyRow {
  id: string;
  party_kind: 'PERSON' | 'ORGANISATION';
  party_name: string;
  party_id_number: string | null;
}

const parties: { personalColumns: readonly PersonalColumn<PartyRow>[] } = {
  personalColumns: [
    { column: 'party_name', mask: maskName, when: (row) => row.party_kind === 'PERSON' },
    { column: 'party_id_number', mask: maskIdNumber },
  ],
};

const ticket: TicketRow = {
  id: 't-1',
  title: '占道经营 13812345678',
  caller_name: '张三',
  caller_phone: '13812345678',
  address: '鼓楼区中山路123号4栋502',
  created_at: new Date('2026-11-21T02:30:00Z'),
};

describe('maskPersonalColumns', () => {
  it('masks each personal column with its own rule and leaves the others as they are', () => {
    expect(maskPersonalColumns(tickets, ticket)).toEqual({
      ...ticket,
      caller_name: '张*',
      caller_phone: '138****5678',
      address: '鼓楼区中山路***',
    });
  });

  it('does not change the row it was given (an unmasked reader may still be shown it)', () => {
    const before = { ...ticket };
    maskPersonalColumns(tickets, ticket);
    expect(ticket).toEqual(before);
  });

  it("masks a party's name only when the party is a person, and the ID number always", () => {
    const person: PartyRow = {
      id: 'e-1',
      party_kind: 'PERSON',
      party_name: '李四',
      party_id_number: '110101199003071233',
    };
    expect(maskPersonalColumns(parties, person)).toEqual({
      ...person,
      party_name: '李*',
      party_id_number: '110101********1233',
    });
    const organisation: PartyRow = {
      id: 'e-2',
      party_kind: 'ORGANISATION',
      party_name: '南京某某餐饮有限公司',
      party_id_number: null,
    };
    expect(maskPersonalColumns(parties, organisation)).toEqual(organisation);
  });

  it('keeps a null column null (an anonymous caller)', () => {
    const anonymous = { ...ticket, caller_name: null, caller_phone: null };
    expect(maskPersonalColumns(tickets, anonymous)).toEqual({
      ...anonymous,
      address: '鼓楼区中山路***',
    });
  });

  it('masks a number or a list that a sync payload carries in a personal column, as its text', () => {
    // A replica stores such a value in its text column as text: it must not arrive unmasked.
    const payload = { ...ticket, caller_phone: 13812345678, caller_name: ['张三'] };
    const masked = maskPersonalColumns(tickets, payload as unknown as TicketRow);
    expect(masked.caller_phone).toBe('138****5678');
    expect(masked.caller_name).toBe('[*****');
  });

  it('masks idempotently, so a replica re-masks its masked rows to themselves', () => {
    const once = maskPersonalColumns(tickets, ticket);
    expect(maskPersonalColumns(tickets, once)).toEqual(once);
  });

  it('hands a row of a kind without personal columns back unchanged', () => {
    expect(maskPersonalColumns({ personalColumns: [] }, ticket)).toEqual(ticket);
  });
});

describe('recordChangePayload', () => {
  it('carries the masked row, with instants as ISO strings', () => {
    expect(recordChangePayload(tickets, ticket)).toEqual({
      id: 't-1',
      title: '占道经营 13812345678',
      caller_name: '张*',
      caller_phone: '138****5678',
      address: '鼓楼区中山路***',
      created_at: '2026-11-21T02:30:00.000Z',
    });
  });
});
