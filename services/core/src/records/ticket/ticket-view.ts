import { categoryPath } from '@city-ops/schema';
import type { RecordReader } from '../../permissions/personal-data.js';
import type { CoUnitReplies, HotlineTicketRow } from '../../database/tables.js';
import { rowAsSeenBy } from '../row-as-seen.js';
import { recordView } from '../record-view.js';
import type { RecordView } from '../record-view.js';
import type { TicketLocation } from './ticket-input.js';
import { ticketKind } from './ticket-kind.js';

/** A ticket as the GraphQL layer returns it (HotlineTicket in the SDL). */
export interface TicketView extends RecordView<HotlineTicketRow> {
  channel: string;
  intakeClass: string;
  categoryPath: { code: string; name: string }[];
  title: string;
  content: string;
  caller: { name: string | null; phone: string | null; confidential: boolean; masked: boolean };
  location: TicketLocation;
  urgency: string;
  status: string;
  handlingMode: string | null;
  resolution: string | null;
  satisfaction: string | null;
  parentTicketId: string | null;
  caseId: string | null;
  leadUnitCode: string | null;
  coUnitCodes: string[];
  coUnitReplies: CoUnitReplies;
  reply: string | null;
  dueAt: string | null;
  closedAt: string | null;
  extensionRequest: { workingDays: number; reason: string } | null;
}

/**
 * Shapes a row for `reader`, masking personal data unless the reader may see it and this
 * node holds it unmasked. `caller.masked` says whether what is shown was masked, here or
 * before the row reached this node's replica.
 */
export function toTicketView(row: HotlineTicketRow, reader: RecordReader): TicketView {
  const { shown, unmasked } = rowAsSeenBy(ticketKind, row, reader);
  return {
    channel: row.channel,
    intakeClass: row.intake_class,
    categoryPath: categoryPath(row.category_code),
    title: row.title,
    content: row.content,
    caller: {
      name: shown.caller_name,
      phone: shown.caller_phone,
      confidential: row.caller_confidential,
      masked: !unmasked && (row.caller_name !== null || row.caller_phone !== null),
    },
    location: {
      address: shown.address,
      street: row.street,
      community: row.community,
      longitude: row.longitude,
      latitude: row.latitude,
    },
    urgency: row.urgency,
    status: row.status,
    handlingMode: row.handling_mode,
    resolution: row.resolution,
    satisfaction: row.satisfaction,
    parentTicketId: row.parent_ticket_id,
    caseId: row.case_id,
    leadUnitCode: row.lead_unit,
    coUnitCodes: row.co_units,
    coUnitReplies: row.co_unit_replies ?? {},
    reply: row.reply,
    dueAt: row.due_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    extensionRequest:
      row.extension_days !== null
        ? { workingDays: row.extension_days, reason: row.extension_reason ?? '' }
        : null,
    // Last: spread first, it leaves V8 a slow dictionary object ten times as costly to build.
    ...recordView(row),
  };
}
