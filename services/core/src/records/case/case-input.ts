import type { Types } from '@city-ops/schema';
import { InputProblems, forbidden } from '@city-ops/kernel';
import { checkPoint } from '../check-point.js';
import type { PointInput } from '../check-point.js';
import type { Access } from '@city-ops/kernel';
import type { RequestContext } from '../../node-context.js';

/** As the shared SDL defines it (a schema change breaks the type-check here). */
export type ReportCaseInput = Types.ReportCaseInput;

/** The classification and place of a case, as both ways of creating one take them. */
export interface CaseClassificationInput {
  type: Types.CaseType;
  majorClass: Types.CaseMajorClass;
  minorCode: string;
  objectCode?: string | null;
}

/** A checked classification: what `checkClassification` returns. */
export interface CaseClassification {
  type: Types.CaseType;
  majorClass: Types.CaseMajorClass;
  minorCode: string;
  objectCode: string | null;
}

/** Where a case is: what `checkPlace` returns, and how a case's view shows it. */
export interface CasePlace {
  address: string | null;
  gridCell: string | null;
  longitude: number | null;
  latitude: number | null;
}

/** A validated case, trimmed and ready to store. */
export interface CaseIntake extends CaseClassification, CasePlace {
  division: string;
  source: Types.CaseSource;
  description: string;
  urgency: Types.Urgency;
}

/**
 * The two-digit code of each major class in its catalogue (GB/T 30428.2): 部件 and
 * 事件 are numbered independently, and a class missing from a type's catalogue is
 * not a class of that type.
 */
export const MAJOR_CLASS_CODES: Record<
  Types.CaseType,
  Partial<Record<Types.CaseMajorClass, string>>
> = {
  COMPONENT: {
    PUBLIC_FACILITIES: '01',
    ROAD_TRAFFIC: '02',
    CITY_APPEARANCE: '03',
    LANDSCAPING: '04',
    HOUSING_LAND: '05',
    OTHER: '06',
  },
  EVENT: {
    CITY_APPEARANCE: '01',
    ADVERTISING: '02',
    CONSTRUCTION: '03',
    EMERGENCY: '04',
    STREET_ORDER: '05',
    OTHER: '06',
  },
};

const GRID_CELL = /^[0-9A-Za-z-]{1,32}$/;
const OBJECT_CODE = /^[0-9A-Za-z-]{1,32}$/;

/** 部件/事件, major class, minor code and object code agree with each other. */
export function checkClassification(
  problems: InputProblems,
  input: CaseClassificationInput,
): CaseClassification {
  const majorCode = MAJOR_CLASS_CODES[input.type][input.majorClass];
  if (majorCode === undefined) {
    const classes = Object.keys(MAJOR_CLASS_CODES[input.type]);
    problems.add('input.majorClass', {
      zh: `${input.majorClass} 不是 ${input.type} 类案件的大类；请使用以下之一：${classes.join('、')}。`,
      en: `${input.majorClass} is not a major class of ${input.type} cases; use one of ${classes.join(', ')}.`,
    });
  }
  if (!/^\d{4}$/.test(input.minorCode)) {
    problems.add('input.minorCode', {
      zh: '应为四位数字的小类代码（如 0101）。',
      en: 'must be a four-digit minor category code (e.g. 0101).',
    });
  } else if (majorCode !== undefined && !input.minorCode.startsWith(majorCode)) {
    problems.add('input.minorCode', {
      zh: `应以 ${majorCode} 开头，即 ${input.type} 类中 ${input.majorClass} 大类的代码。`,
      en: `must start with ${majorCode}, the code of ${input.majorClass} among ${input.type} classes.`,
    });
  }
  const objectCode = input.objectCode?.trim() || null;
  if (objectCode !== null) {
    if (input.type !== 'COMPONENT') {
      problems.add('input.objectCode', {
        zh: '只有部件（COMPONENT）类案件才填写部件编码。',
        en: 'only 部件 (COMPONENT) cases name a managed object.',
      });
    } else if (!OBJECT_CODE.test(objectCode)) {
      problems.add('input.objectCode', {
        zh: '应为 1–32 个字母、数字或连字符。',
        en: 'must be 1–32 letters, digits or hyphens.',
      });
    }
  }
  return {
    type: input.type,
    majorClass: input.majorClass,
    minorCode: input.minorCode,
    objectCode,
  };
}

/** Address, grid cell and point; every problem is added, nothing thrown. */
export function checkPlace(
  problems: InputProblems,
  input: PointInput & { address?: string | null; gridCell?: string | null },
): CasePlace {
  const address = problems.text('input.address', input.address, { max: 200 });
  const gridCell = input.gridCell?.trim() || null;
  if (gridCell !== null && !GRID_CELL.test(gridCell)) {
    problems.add('input.gridCell', {
      zh: '应为 1–32 个字母、数字或连字符（如 320100-g001）。',
      en: 'must be 1–32 letters, digits or hyphens (e.g. 320100-g001).',
    });
  }
  return { address, gridCell, ...checkPoint(problems, input, 'input', 'input.longitude') };
}

/**
 * 信息采集 rules, once the caller may report in the division (authorizeIntake). Who
 * may report where comes first (role, grid), then the form, every problem at once. HOTLINE is refused here: a hotline transfer goes
 * through convertTicketToCase, which keeps the link to the ticket.
 */
export function validateCaseReport(
  input: ReportCaseInput,
  context: RequestContext,
  access: Access,
): CaseIntake {
  const { principal } = context;
  const asInspector = access.scope === 'grid';
  if (!asInspector && !principal.roles.includes('dispatcher')) {
    throw forbidden(
      {
        zh: '热线坐席只能通过工单转办（热线转办）生成案件：请使用 convertTicketToCase。',
        en: 'A hotline agent creates cases only by transferring a ticket (热线转办): use convertTicketToCase.',
      },
      { operation: 'case.create' },
    );
  }
  if (asInspector && input.gridCell && input.gridCell.trim() !== access.grid) {
    throw forbidden(
      {
        zh: `监督员只能在本人负责的网格 ${access.grid ?? ''} 内上报；${input.gridCell} 是其他网格。`,
        en: `An inspector reports only in their own grid ${access.grid ?? ''}; ${input.gridCell} is another grid.`,
      },
      { operation: 'case.create' },
    );
  }
  const problems = new InputProblems();
  if (input.source === 'HOTLINE') {
    problems.add('input.source', {
      zh: '热线转办请使用 convertTicketToCase，以保留与工单的关联。',
      en: 'a hotline transfer is made with convertTicketToCase, which keeps the link to the ticket.',
    });
  } else if (asInspector && input.source !== 'INSPECTOR') {
    problems.add('input.source', {
      zh: '监督员上报的是巡查发现的问题：来源应为 INSPECTOR。',
      en: 'an inspector reports what they found on patrol: INSPECTOR.',
    });
  }
  const classification = checkClassification(problems, input);
  const description = problems.text('input.description', input.description, {
    min: 1,
    max: 4000,
    multiline: true,
  });
  const place = checkPlace(problems, {
    ...input,
    gridCell: asInspector ? (input.gridCell ?? access.grid) : input.gridCell,
  });
  problems.throwIfAny();
  return {
    division: input.division,
    source: input.source,
    ...classification,
    description: description ?? '',
    ...place,
    urgency: input.urgency ?? 'NORMAL',
  };
}
