import { randomUUID } from 'node:crypto';
import { badUserInput } from '../errors.js';

/**
 * A record's id starts with the division code of the node that owns it
 * (`320100-<uuid>`, a supervision order `320000-SO-<uuid>`), so anyone can tell
 * where a record lives from its id alone: the gateway routes by it, and a node
 * refuses a write it does not own without reading anything.
 */
const OWNER_PREFIX = /^(\d{6})-/;

/** The division that owns the record `id`, or undefined when `id` is not a record id. */
export function recordOwnerOf(id: string): string | undefined {
  return OWNER_PREFIX.exec(id)?.[1];
}

/** The division that owns a record id; BAD_USER_INPUT naming `field` otherwise. */
export function ownerDivisionOfId(id: string, field: string): string {
  const owner = recordOwnerOf(id);
  if (!owner) {
    throw badUserInput(field, {
      zh: `"${id}" 不是记录 ID：ID 以所属城市的行政区划代码开头。`,
      en: `"${id}" is not a record id: ids start with the owning city's division code.`,
    });
  }
  return owner;
}

/** A new id for a record owned by `owner`; `kind` marks ids of other series (SO, SS, DR…). */
export function newRecordId(owner: string, kind?: string): string {
  return kind ? `${owner}-${kind}-${randomUUID()}` : `${owner}-${randomUUID()}`;
}
