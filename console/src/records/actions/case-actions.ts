import {
  COMMENT,
  REASON,
  commentAction,
  reasonAction,
  requiredTextOf,
  withComment,
  withReason,
} from './action-descriptor';
import type { ActionDescriptor, ActionField, ActionValues } from './action-descriptor';
import { attachFirst, filesOf } from './attach-first';
import type { VersionReader } from './attach-first';
import {
  ApproveCaseExtension,
  ApproveCaseReturn,
  CaseVersion,
  DispatchCase,
  EvaluateCase,
  FileCase,
  ParkCase,
  RejectCaseExtension,
  RejectCaseReturn,
  ReportBackCase,
  RequestCaseExtension,
  RequestCaseReturn,
  ResumeCase,
  StartHandlingCase,
  VerifyCase,
  VoidCase,
} from './case-action-documents';

/** The case's version after its files were attached. */
const caseVersion: VersionReader = async (request, id) =>
  (await request(CaseVersion, { id })).caseReport?.version;

const BEFORE_PHOTOS: ActionField = {
  name: 'beforePhotos',
  label: '处理前照片',
  kind: 'photos',
  required: false,
};
const AFTER_PHOTOS: ActionField = {
  name: 'afterPhotos',
  label: '处理后照片',
  kind: 'photos',
  required: false,
};

const numberOf = (values: ActionValues, name: string): number =>
  typeof values[name] === 'number' ? values[name] : 0;

/**
 * Every action of the 数字城管 loop (the case machine), by its name in `allowedActions`.
 * The unit's photos go with the steps that prove its work — 处理前 when it starts, 处理后
 * when it reports back — attached before the step, which then names the version they reached.
 */
export const CASE_ACTIONS: Readonly<Record<string, ActionDescriptor>> = {
  file: commentAction(FileCase),
  void: {
    fields: [{ ...REASON, hint: '不予立案的原因，如：不属于城市管理范围、重复上报' }],
    send: (request, record, values) => request(VoidCase, { input: withReason(record, values) }),
  },
  dispatch: {
    fields: [{ name: 'handlingUnit', label: '处置单位', kind: 'unit', required: true }, COMMENT],
    send: (request, record, values) =>
      request(DispatchCase, {
        input: {
          ...withComment(record, values),
          handlingUnit: typeof values.handlingUnit === 'string' ? values.handlingUnit : '',
        },
      }),
  },
  startHandling: {
    fields: [BEFORE_PHOTOS, COMMENT],
    send: async (request, record, values) => {
      const current = await attachFirst(
        request,
        record,
        filesOf(values, BEFORE_PHOTOS.name),
        'BEFORE_HANDLING',
        caseVersion,
      );
      return request(StartHandlingCase, { input: withComment(current, values) });
    },
  },
  reportBack: {
    fields: [
      {
        name: 'result',
        label: '处置结果',
        kind: 'longText',
        required: true,
        hint: '做了什么、现场现在的情况',
      },
      AFTER_PHOTOS,
      COMMENT,
    ],
    send: async (request, record, values) => {
      const current = await attachFirst(
        request,
        record,
        filesOf(values, AFTER_PHOTOS.name),
        'AFTER_HANDLING',
        caseVersion,
      );
      return request(ReportBackCase, {
        input: { ...withComment(current, values), result: requiredTextOf(values, 'result') },
      });
    },
  },
  verifyPass: {
    fields: [COMMENT],
    send: (request, record, values) =>
      request(VerifyCase, { input: { ...withComment(record, values), passed: true } }),
  },
  verifyFail: {
    fields: [
      {
        ...COMMENT,
        label: '仍存在的问题',
        required: true,
        hint: '现场核查发现的问题，处置单位将据此返工',
      },
    ],
    send: (request, record, values) =>
      request(VerifyCase, {
        input: { ...withComment(record, values), passed: false },
      }),
  },
  requestExtension: {
    fields: [
      { name: 'workingDays', label: '延期工作日数', kind: 'workingDays', required: true },
      REASON,
    ],
    send: (request, record, values) =>
      request(RequestCaseExtension, {
        input: { ...withReason(record, values), workingDays: numberOf(values, 'workingDays') },
      }),
  },
  approveExtension: commentAction(ApproveCaseExtension),
  rejectExtension: reasonAction(RejectCaseExtension),
  requestReturn: {
    fields: [{ ...REASON, hint: '不属于本单位职责的，请写明应由哪个单位处置' }],
    send: (request, record, values) =>
      request(RequestCaseReturn, { input: withReason(record, values) }),
  },
  approveReturn: commentAction(ApproveCaseReturn),
  rejectReturn: reasonAction(RejectCaseReturn),
  park: {
    fields: [{ ...REASON, hint: '暂时无法处置的原因' }],
    send: (request, record, values) => request(ParkCase, { input: withReason(record, values) }),
  },
  resume: commentAction(ResumeCase),
  evaluate: {
    fields: [
      { name: 'score', label: '评分', kind: 'number', required: true, min: 0, max: 100 },
      COMMENT,
    ],
    send: (request, record, values) =>
      request(EvaluateCase, {
        input: { ...withComment(record, values), score: numberOf(values, 'score') },
      }),
  },
};
