import type {
  EnforcementProcedure,
  EnforcementSource,
  FileEnforcementCaseInput,
  PartyKind,
} from '../generated/graphql';
import type { FormFieldPath } from '../forms/field-errors';

/** The 立案 form's values, as antd's Form holds them. */
export interface EnforcementFilingValues {
  division?: string;
  source?: EnforcementSource;
  violatedArticle?: string;
  penaltyArticle?: string;
  party?: {
    kind?: PartyKind;
    name?: string;
    idNumber?: string;
    creditCode?: string;
    legalRepresentative?: string;
  };
  officers?: { name?: string; certificateNumber?: string }[];
  procedure?: EnforcementProcedure;
  isMajor?: boolean;
  /** The number of the ticket the case came from (the API takes its id). */
  linkedTicket?: string;
  /** The number of the city operations case it came from. */
  linkedCase?: string;
}

/** How many officer rows the form starts with: a case needs two (行政处罚法 art. 42). */
export const INITIAL_OFFICERS = 2;

/**
 * Every field of the form an API problem can be shown beside, the officers' rows included
 * (`input.officers.1.certificateNumber`) up to `officerRows`.
 */
export function filingFormFields(officerRows: number): FormFieldPath[] {
  const officers = Array.from({ length: officerRows }, (_, row) => [
    ['officers', String(row), 'name'],
    ['officers', String(row), 'certificateNumber'],
  ]).flat();
  return [
    ['division'],
    ['source'],
    ['violatedArticle'],
    ['penaltyArticle'],
    ['party', 'kind'],
    ['party', 'name'],
    ['party', 'idNumber'],
    ['party', 'creditCode'],
    ['party', 'legalRepresentative'],
    ...officers,
    ['procedure'],
    ['isMajor'],
    ['linkedTicket'],
    ['linkedCase'],
  ];
}

const blankToUndefined = (text: string | undefined) => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * The mutation's input from the form. Texts go as typed (the API judges them and names each
 * refused one); a person's fields or an organisation's, never both; linked records by the
 * ids their numbers resolved to.
 */
export function fileEnforcementInputOf(
  values: EnforcementFilingValues,
  links: { linkedTicketId?: string; linkedCaseId?: string },
  idempotencyKey: string,
): FileEnforcementCaseInput {
  const kind = values.party?.kind ?? 'PERSON';
  return {
    idempotencyKey,
    division: values.division ?? '',
    source: values.source ?? 'PATROL',
    violatedArticle: values.violatedArticle ?? '',
    penaltyArticle: values.penaltyArticle ?? '',
    party:
      kind === 'PERSON'
        ? {
            kind,
            name: values.party?.name ?? '',
            idNumber: blankToUndefined(values.party?.idNumber),
          }
        : {
            kind,
            name: values.party?.name ?? '',
            creditCode: blankToUndefined(values.party?.creditCode),
            legalRepresentative: blankToUndefined(values.party?.legalRepresentative),
          },
    officers: (values.officers ?? []).map((officer) => ({
      name: officer.name ?? '',
      certificateNumber: officer.certificateNumber ?? '',
    })),
    procedure: values.procedure ?? 'ORDINARY',
    isMajor: values.isMajor ?? false,
    ...links,
  };
}
