import type { Types } from '@city-ops/schema';
import { isLeafCategory } from '@city-ops/schema';
import { InputProblems } from '@city-ops/kernel';
import { checkPoint } from '../check-point.js';

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

/** Mainland mobile (1[3-9] + 9 digits) or a landline with its area code (010-12345678, 02584001234). */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/**
 * The intake rules of a 12345 ticket. Enum values were already checked by GraphQL;
 * everything else is checked here, and every problem is reported at once.
 */
export function validateTicketIntake(input: CreateTicketInput): TicketIntake {
  const problems = new InputProblems();
  if (!isLeafCategory(input.categoryCode)) {
    problems.add(
      'input.categoryCode',
      `"${input.categoryCode}" is not a level-3 category code (see ticketCategories).`,
    );
  }
  const title = problems.text('input.title', input.title, { min: 1, max: 100 });
  const content = problems.text('input.content', input.content, {
    min: 1,
    max: 4000,
    multiline: true,
  });
  const callerName = problems.text('input.caller.name', input.caller.name, { max: 50 });
  const callerPhone = input.caller.phone?.replace(/\s/g, '') || null;
  if (callerPhone && !PHONE.test(callerPhone)) {
    problems.add(
      'input.caller.phone',
      'must be a mainland mobile number (11 digits) or a landline with its area code.',
    );
  }
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
