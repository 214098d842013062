import type { Types } from '@city-ops/schema';
import type { Bilingual, InputProblems } from '@city-ops/kernel';
import type { EnforcementOfficerJson } from '../../database/tables.js';
import type { RequestContext } from '../../node-context.js';
import { creditCodeProblem, idNumberProblem } from './party-identifiers.js';

/** As the shared SDL defines it (a schema change breaks the type-check here). */
export type FileEnforcementCaseInput = Types.FileEnforcementCaseInput;

/** A validated filing, trimmed and ready to store. */
export interface EnforcementFiling {
  division: string;
  source: string;
  violatedArticle: string;
  penaltyArticle: string;
  partyKind: string;
  partyName: string;
  partyIdNumber: string | null;
  partyCreditCode: string | null;
  partyLegalRepresentative: string | null;
  officers: EnforcementOfficerJson[];
  procedure: string;
  isMajor: boolean;
  linkedTicketId: string | null;
  linkedCaseId: string | null;
}

const CERTIFICATE = /^[A-Za-z0-9-]{4,32}$/;
const MAX_OFFICERS = 10;

/** Identifiers are compared without spaces and with a capital X / capital letters. */
const normalised = (value: string | null | undefined) =>
  value ? value.replace(/\s/g, '').toUpperCase() || null : null;

function checkOfficers(
  problems: InputProblems,
  officers: FileEnforcementCaseInput['officers'],
): EnforcementOfficerJson[] {
  if (officers.length < 2) {
    problems.add('input.officers', {
      zh: `办案须有至少两名持有执法证件的执法人员（《行政处罚法》第42条）；现有 ${officers.length} 名。`,
      en: `at least two officers with enforcement certificates act on a case (行政处罚法 art. 42); got ${officers.length}.`,
    });
  }
  if (officers.length > MAX_OFFICERS) {
    problems.add('input.officers', {
      zh: `最多 ${MAX_OFFICERS} 名执法人员（现有 ${officers.length} 名）。`,
      en: `at most ${MAX_OFFICERS} officers (got ${officers.length}).`,
    });
  }
  const seen = new Map<string, number>();
  return officers.map((officer, index) => {
    const name = problems.text(`input.officers.${index}.name`, officer.name, { min: 1, max: 50 });
    const certificateNumber = officer.certificateNumber.trim();
    if (!CERTIFICATE.test(certificateNumber)) {
      problems.add(`input.officers.${index}.certificateNumber`, {
        zh: '应为执法证号，由 4–32 个字母、数字或连字符组成。',
        en: 'must be an enforcement certificate number (执法证号) of 4–32 letters, digits or hyphens.',
      });
    } else if (seen.has(certificateNumber)) {
      problems.add(`input.officers.${index}.certificateNumber`, {
        zh: `与第 ${seen.get(certificateNumber)} 名执法人员的证号相同：两名执法人员须持两个不同的证件。`,
        en: `is the certificate of officer ${seen.get(certificateNumber)} too: two officers means two certificates.`,
      });
    }
    seen.set(certificateNumber, index);
    return { name: name ?? '', certificateNumber };
  });
}

type PartyField = 'idNumber' | 'creditCode' | 'legalRepresentative';

/**
 * How each kind of party is identified: a person by an ID number, an organisation by
 * its credit code. What belongs to the other kind is refused, saying what to give.
 */
const PARTY_IDENTIFICATION: Record<
  FileEnforcementCaseInput['party']['kind'],
  {
    identifier: PartyField;
    problem: (value: string) => Bilingual | undefined;
    refused: Partial<Record<PartyField, Bilingual>>;
  }
> = {
  PERSON: {
    identifier: 'idNumber',
    problem: idNumberProblem,
    refused: {
      creditCode: {
        zh: '自然人没有统一社会信用代码：请填写 idNumber（身份证号），或将当事人改为 ORGANISATION（单位）。',
        en: 'a person has no 统一社会信用代码: give idNumber, or make the party an ORGANISATION.',
      },
      legalRepresentative: {
        zh: '只有单位才有法定代表人。',
        en: 'only an organisation has a legal representative.',
      },
    },
  },
  ORGANISATION: {
    identifier: 'creditCode',
    problem: creditCodeProblem,
    refused: {
      idNumber: {
        zh: '单位以 creditCode（统一社会信用代码）识别，而非身份证号。',
        en: 'an organisation is identified by its creditCode (统一社会信用代码), not an ID number.',
      },
    },
  },
};

function checkParty(problems: InputProblems, party: FileEnforcementCaseInput['party']) {
  const isPerson = party.kind === 'PERSON';
  const name = problems.text('input.party.name', party.name, { min: 1, max: 100 });
  const idNumber = normalised(party.idNumber);
  const creditCode = normalised(party.creditCode);
  const legalRepresentative = problems.text(
    'input.party.legalRepresentative',
    party.legalRepresentative,
    { max: 50 },
  );
  const given = { idNumber, creditCode, legalRepresentative };
  const rules = PARTY_IDENTIFICATION[party.kind];
  const identifier = given[rules.identifier];
  const problem = identifier ? rules.problem(identifier) : undefined;
  if (problem) problems.add(`input.party.${rules.identifier}`, problem);
  for (const [field, refusal] of Object.entries(rules.refused)) {
    if (given[field as PartyField]) problems.add(`input.party.${field}`, refusal);
  }
  return {
    partyKind: party.kind,
    partyName: name ?? '',
    partyIdNumber: isPerson ? idNumber : null,
    partyCreditCode: isPerson ? null : creditCode,
    partyLegalRepresentative: isPerson ? null : legalRepresentative,
  };
}

/**
 * The filing rules of an enforcement case (立案). Enum values were already checked
 * by GraphQL; everything else is checked here. Problems are collected in
 * `problems`, not thrown: the caller adds what only the database can tell (do the
 * linked ticket and case exist?) and reports them all at once.
 */
export function validateEnforcementFiling(
  input: FileEnforcementCaseInput,
  context: RequestContext,
  problems: InputProblems,
): EnforcementFiling {
  const violatedArticle = problems.text('input.violatedArticle', input.violatedArticle, {
    min: 1,
    max: 200,
  });
  const penaltyArticle = problems.text('input.penaltyArticle', input.penaltyArticle, {
    min: 1,
    max: 200,
  });
  const party = checkParty(problems, input.party);
  const officers = checkOfficers(problems, input.officers);
  const isMajor = input.isMajor ?? false;
  if (isMajor && input.procedure === 'SUMMARY') {
    problems.add('input.isMajor', {
      zh: '重大案件不能适用简易程序，简易程序只适用于警告或数额较小的罚款（《行政处罚法》第51条）。',
      en: 'a major case (重大案件) cannot take the summary procedure, which covers only a warning or a small fine (行政处罚法 art. 51).',
    });
  }
  const linkedTicketId = input.linkedTicketId?.trim() || null;
  const linkedCaseId = input.linkedCaseId?.trim() || null;
  for (const [field, id] of [
    ['input.linkedTicketId', linkedTicketId],
    ['input.linkedCaseId', linkedCaseId],
  ] as const) {
    if (id && !id.startsWith(`${context.node.division}-`)) {
      problems.add(field, {
        zh: `“${id}”不是本市的记录（本市记录的 id 以 ${context.node.division}- 开头）。`,
        en: `"${id}" is not a record of this city (ids start with ${context.node.division}-).`,
      });
    }
  }
  return {
    division: input.division,
    source: input.source,
    violatedArticle: violatedArticle ?? '',
    penaltyArticle: penaltyArticle ?? '',
    ...party,
    officers,
    procedure: input.procedure,
    isMajor,
    linkedTicketId,
    linkedCaseId,
  };
}
