import type { Types } from '@city-ops/schema';
import { isLeafCategory } from '@city-ops/schema';
import { InputProblems } from '@city-ops/kernel';
import { checkPoint } from '../check-point.js';
import { normalizeCallerPhone } from './caller-phone.js';

/** As the shared SDL defines it (a schema change breaks the type-check here). */
export type CreateTicketInput = Types.CreateTicketInput;

/** Where a ticket's matter is: as an intake stores it and as a ticket's view shows it. */
export interface TicketLocation {
  address: string | null;
  street: string | null;
  community: string | null;
  longitude: number | null;
  latitude: number | null;
}

/** A validated intake, trimmed and ready to store. */
export interface TicketIntake extends TicketLocation {
  division: string;
  channel: string;
  intakeClass: string;
  categoryCode: string;
  title: string;
  content: string;
  callerName: string | null;
  callerPhone: string | null;
  callerConfidential: boolean;
  urgency: string;
}

/**
 * The intake rules of a 12345 ticket. Enum values were already checked by GraphQL;
 * everything else is checked here, and every problem is reported at once.
 */
export function validateTicketIntake(input: CreateTicketInput): TicketIntake {
  const problems = new InputProblems();
  if (!isLeafCategory(input.categoryCode)) {
    problems.add('input.categoryCode', {
      zh: `“${input.categoryCode}”不是三级分类代码（见 ticketCategories）。`,
      en: `"${input.categoryCode}" is not a level-3 category code (see ticketCategories).`,
    });
  }
  const title = problems.text('input.title', input.title, { min: 1, max: 100 });
  const content = problems.text('input.content', input.content, {
    min: 1,
    max: 4000,
    multiline: true,
  });
  const callerName = problems.text('input.caller.name', input.caller.name, { max: 50 });
  // Stored as digits only, the form the caller lookups search (caller-phone.ts).
  const phone = input.caller.phone?.trim() ? normalizeCallerPhone(input.caller.phone) : undefined;
  if (phone && 'problem' in phone) problems.add('input.caller.phone', phone.problem);
  const callerPhone = phone && 'phone' in phone ? phone.phone : null;
  const location = input.location ?? {};
  const address = problems.text('input.location.address', location.address, { max: 200 });
  const street = problems.text('input.location.street', location.street, { max: 100 });
  const community = problems.text('input.location.community', location.community, { max: 100 });
  const point = checkPoint(problems, location, 'input.location', 'input.location');
  problems.throwIfAny();
  return {
    division: input.division,
    channel: input.channel,
    intakeClass: input.intakeClass,
    categoryCode: input.categoryCode,
    title: title ?? '',
    content: content ?? '',
    callerName,
    callerPhone,
    callerConfidential: input.caller.confidential ?? false,
    address,
    street,
    community,
    ...point,
    urgency: input.urgency ?? 'NORMAL',
  };
}
