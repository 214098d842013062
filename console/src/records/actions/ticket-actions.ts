import { ApiError } from '../../api/api-error';
import type { Resolution, Satisfaction } from '../../generated/graphql';
import {
  COMMENT,
  REASON,
  commentAction,
  reasonAction,
  requiredTextOf,
  withComment,
  withReason,
} from './action-descriptor';
import type { ActionDescriptor, ActionField, ActionValues, RecordRef } from './action-descriptor';
import { attachFirst, filesOf } from './attach-first';
import type { VersionReader } from './attach-first';
import {
  AnswerTicketDirectly,
  ApproveTicketExtension,
  ApproveTicketReply,
  ArchiveTicket,
  CallBackTicket,
  CloseTicket,
  CoReplyToTicket,
  DispatchTicket,
  MergeTicket,
  RecordIdByNumber,
  RedispatchTicket,
  RejectTicketExtension,
  RejectTicketReply,
  ReopenTicket,
  ReplyToTicket,
  RequestTicketExtension,
  ReturnTicket,
  SignForTicket,
  StartHandlingTicket,
  TicketVersion,
  UnmergeTicket,
} from './ticket-action-documents';

const REPLY: ActionField = {
  name: 'reply',
  label: '答复内容',
  kind: 'longText',
  required: true,
  hint: '办理经过和结果，将告知来电人',
};
const RESOLUTION: ActionField = {
  name: 'resolution',
  label: '解决情况',
  kind: 'enum',
  enum: 'Resolution',
  required: true,
};
const LEAD_UNIT: ActionField = {
  name: 'leadUnit',
  label: '主办单位',
  kind: 'unit',
  required: true,
};
const CO_UNITS: ActionField = {
  name: 'coUnits',
  label: '协办单位',
  kind: 'units',
  required: false,
};
const PHOTOS: ActionField = {
  name: 'photos',
  label: '处理后照片',
  kind: 'photos',
  required: false,
};

/** The ticket's version after its files were attached. */
const ticketVersion: VersionReader = async (request, id) =>
  (await request(TicketVersion, { id })).ticket?.version;

const unitsOf = (values: ActionValues): string[] | undefined =>
  Array.isArray(values.coUnits) && values.coUnits.length > 0
    ? values.coUnits.filter((unit): unit is string => typeof unit === 'string')
    : undefined;
const dispatchInput = (record: RecordRef, values: ActionValues) => ({
  ...withComment(record, values),
  leadUnit: typeof values.leadUnit === 'string' ? values.leadUnit : '',
  coUnits: unitsOf(values),
});

/** Every action of the 12345 loop, by its name in `allowedActions`. */
export const TICKET_ACTIONS: Readonly<Record<string, ActionDescriptor>> = {
  answerDirectly: {
    fields: [REPLY, RESOLUTION, COMMENT],
    send: (request, record, values) =>
      request(AnswerTicketDirectly, {
        input: {
          ...withComment(record, values),
          reply: requiredTextOf(values, 'reply'),
          resolution: values.resolution as Resolution,
        },
      }),
  },
  dispatch: {
    fields: [LEAD_UNIT, CO_UNITS, COMMENT],
    send: (request, record, values) =>
      request(DispatchTicket, { input: dispatchInput(record, values) }),
  },
  redispatch: {
    fields: [LEAD_UNIT, CO_UNITS, COMMENT],
    send: (request, record, values) =>
      request(RedispatchTicket, { input: dispatchInput(record, values) }),
  },
  signFor: commentAction(SignForTicket),
  startHandling: commentAction(StartHandlingTicket),
  requestExtension: {
    fields: [
      { name: 'workingDays', label: '延期工作日数', kind: 'workingDays', required: true },
      REASON,
    ],
    send: (request, record, values) =>
      request(RequestTicketExtension, {
        input: {
          id: record.id,
          version: record.version,
          workingDays: typeof values.workingDays === 'number' ? values.workingDays : 0,
          reason: requiredTextOf(values, 'reason'),
        },
      }),
  },
  approveExtension: commentAction(ApproveTicketExtension),
  rejectExtension: reasonAction(RejectTicketExtension),
  return: {
    fields: [{ ...REASON, hint: '不属于本单位职责的，请写明应由哪个单位办理' }],
    send: (request, record, values) => request(ReturnTicket, { input: withReason(record, values) }),
  },
  reply: {
    fields: [REPLY, RESOLUTION, PHOTOS, COMMENT],
    send: async (request, record, values) => {
      const current = await attachFirst(
        request,
        record,
        filesOf(values, 'photos'),
        'AFTER_HANDLING',
        ticketVersion,
      );
      return request(ReplyToTicket, {
        input: {
          ...withComment(current, values),
          reply: requiredTextOf(values, 'reply'),
          resolution: values.resolution as Resolution,
        },
      });
    },
  },
  coReply: {
    fields: [{ ...REPLY, label: '协办反馈', hint: '本单位的办理情况，供主办单位答复' }],
    send: (request, record, values) =>
      request(CoReplyToTicket, {
        input: { id: record.id, version: record.version, reply: requiredTextOf(values, 'reply') },
      }),
  },
  approveReply: commentAction(ApproveTicketReply),
  rejectReply: reasonAction(RejectTicketReply),
  callBack: {
    fields: [
      { ...RESOLUTION, label: '来电人认为' },
      {
        name: 'satisfaction',
        label: '满意度',
        kind: 'enum',
        enum: 'Satisfaction',
        required: true,
      },
      COMMENT,
    ],
    send: (request, record, values) =>
      request(CallBackTicket, {
        input: {
          ...withComment(record, values),
          resolution: values.resolution as Resolution,
          satisfaction: values.satisfaction as Satisfaction,
        },
      }),
  },
  reopen: commentAction(ReopenTicket),
  close: commentAction(CloseTicket),
  archive: commentAction(ArchiveTicket),
  merge: {
    fields: [
      {
        name: 'parentNumber',
        label: '并入工单编号',
        kind: 'recordNumber',
        required: true,
        hint: '同一诉求已受理的工单编号',
      },
      COMMENT,
    ],
    send: async (request, record, values) => {
      const number = requiredTextOf(values, 'parentNumber');
      const { recordByNumber } = await request(RecordIdByNumber, { number });
      if (!recordByNumber || !('id' in recordByNumber)) {
        throw new ApiError('NOT_FOUND', '没有这个编号的工单。', [
          { field: 'input.parentNumber', message: '没有这个编号的工单，请核对。' },
        ]);
      }
      return request(MergeTicket, {
        input: { ...withComment(record, values), parentId: recordByNumber.id },
      });
    },
  },
  unmerge: commentAction(UnmergeTicket),
};
