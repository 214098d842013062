import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../errors.js';
import { newRecordId, ownerDivisionOfId, recordOwnerOf } from './record-id.js';

const uuid = '00000000-0000-4000-8000-000000000001';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

/** The error `ownerDivisionOfId` throws for `id`, as a client sees it. */
function refusalOf(id: string, field: string): { code?: string; field: unknown; message: string } {
  try {
    ownerDivisionOfId(id, field);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: errorCodeOf(error), field: error.extensions['field'], message: error.message };
  }
  throw new Error(`"${id}" was read as a record id`);
}

describe('the owner of a record id', () => {
  it('is the six-digit division the id starts with, for the id of every record series', () => {
    // A ticket, case or enforcement record; a supervision order, a directive.
    expect(recordOwnerOf(`320100-${uuid}`)).toBe('320100');
    expect(recordOwnerOf(`110000-${uuid}`)).toBe('110000');
    expect(recordOwnerOf(`320000-SO-${uuid}`)).toBe('320000');
    expect(recordOwnerOf(`000000-DR-${uuid}`)).toBe('000000');
  });

  it('is read from the first six characters only: whatever follows the hyphen is the node’s', () => {
    expect(recordOwnerOf('320100-')).toBe('320100');
    expect(recordOwnerOf('320100-T-1')).toBe('320100');
    expect(recordOwnerOf('320100-330100-x')).toBe('320100');
  });

  it('is none for an id whose division is not exactly six digits followed by a hyphen', () => {
    for (const id of [
      '',
      '-',
      '320100',
      '32010-x',
      '3201000-x',
      '32O100-x',
      '３２０１００-x',
      '320100_x',
      ' 320100-x',
      'x320100-x',
      `SO-320000-${uuid}`,
      `${uuid}`,
    ]) {
      expect(recordOwnerOf(id), JSON.stringify(id)).toBeUndefined();
    }
  });

  it('is none for a record number (city, series letters, date, sequence: a ticket’s is 20 digits)', () => {
    expect(recordOwnerOf('32010020261205000001')).toBeUndefined();
    expect(recordOwnerOf('320100AJ20261205000001')).toBeUndefined();
    expect(recordOwnerOf('320100ZF20261205000001')).toBeUndefined();
  });
});

describe('ownerDivisionOfId', () => {
  it('returns the owning division of a record id', () => {
    expect(ownerDivisionOfId(`320200-${uuid}`, 'input.id')).toBe('320200');
    expect(ownerDivisionOfId(`330000-SO-${uuid}`, 'input.recordId')).toBe('330000');
  });

  it('refuses anything else as BAD_USER_INPUT naming the field and what an id looks like', () => {
    expect(refusalOf('32010020261205000001', 'input.ticketId')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.ticketId',
      message:
        'input.ticketId: "32010020261205000001" is not a record id: ids start with the owning city\'s division code.',
    });
    expect(refusalOf('', 'input.id')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
  });
});

describe('newRecordId', () => {
  it('starts with the owner, so the record is found and routed by its id alone', () => {
    const id = newRecordId('320100');
    expect(id).toMatch(new RegExp(`^320100-${UUID}$`));
    expect(recordOwnerOf(id)).toBe('320100');
  });

  it('puts the series between owner and uuid for ids of another series', () => {
    const id = newRecordId('320000', 'SO');
    expect(id).toMatch(new RegExp(`^320000-SO-${UUID}$`));
    expect(recordOwnerOf(id)).toBe('320000');
  });

  it('is new each time', () => {
    expect(newRecordId('320100')).not.toBe(newRecordId('320100'));
  });
});
