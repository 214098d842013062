import { Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { RecordPageQuery } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { DeadlineTag } from '../tickets/deadline-tag';
import { RevealCallerButton } from './reveal-caller-dialog';

type AnyRecord = NonNullable<RecordPageQuery['recordByNumber']>;
type Ticket = Extract<AnyRecord, { __typename: 'HotlineTicket' }>;
type Case = Extract<AnyRecord, { __typename: 'CaseReport' }>;
type Enforcement = Extract<AnyRecord, { __typename: 'EnforcementRecord' }>;

interface FieldsProps<R> {
  record: R;
  labels: readonly EnumLabel[];
  timeZone: string;
  permissions: readonly string[];
}

/** One row of a record's fields: a label and what to show, or nothing when there is nothing to show. */
type Row = [label: string, value: ReactNode | null | undefined];

function FieldList({ rows }: { rows: readonly Row[] }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="record-fields">
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([label, value]) => (
          <Descriptions.Item key={label} label={label}>
            {value}
          </Descriptions.Item>
        ))}
    </Descriptions>
  );
}

const at = (iso: string | null | undefined, timeZone: string) =>
  iso ? formatInstant(iso, timeZone) : null;

function deadline(
  status: Ticket['deadlineStatus'],
  dueAt: string | null,
  labels: readonly EnumLabel[],
  timeZone: string,
) {
  return dueAt ? (
    <Space size={4}>
      <DeadlineTag status={status} label={enumLabel(labels, 'DeadlineStatus', status)} />
      {formatInstant(dueAt, timeZone)}
    </Space>
  ) : null;
}

/** A ticket's fields; the caller as the API shows them to this user (masked unless allowed). */
export function TicketFields({ record, labels, timeZone, permissions }: FieldsProps<Ticket>) {
  const label = (name: string, value: string | null) =>
    value ? enumLabel(labels, name, value) : null;
  const caller = record.caller;
  return (
    <FieldList
      rows={[
        ['状态', label('TicketStatus', record.ticketStatus)],
        ['办理时限', deadline(record.deadlineStatus, record.dueAt, labels, timeZone)],
        ['诉求分类', record.categoryPath.map((entry) => entry.name).join(' / ')],
        ['所属区域', record.division.name],
        ['来源渠道', label('TicketChannel', record.channel)],
        ['诉求类型', label('IntakeClass', record.intakeClass)],
        ['紧急程度', label('Urgency', record.urgency)],
        ['受理时间', at(record.createdAt, timeZone)],
        [
          '来电人',
          <Space key="caller" size={8} wrap>
            <span>
              {caller.name ?? '—'} {caller.phone ?? ''}
              {caller.confidential ? '（保密）' : ''}
            </span>
            {caller.masked && permissions.includes('personal-data.reveal') && (
              <RevealCallerButton ticketId={record.id} />
            )}
          </Space>,
        ],
        ['地址', record.location.address],
        ['主办单位', record.leadUnit?.name],
        ['协办单位', record.coUnits.map((unit) => unit.name).join('、')],
        [
          '延期申请',
          record.extensionRequest &&
            `${record.extensionRequest.workingDays} 个工作日：${record.extensionRequest.reason}`,
        ],
        ['答复内容', record.reply],
        ['解决情况', label('Resolution', record.resolution)],
        ['满意度', label('Satisfaction', record.satisfaction)],
        [
          '协办反馈',
          record.coUnitReplies.length > 0 &&
            record.coUnitReplies.map((reply) => (
              <div key={reply.unit.name}>
                {reply.unit.name}：{reply.reply}
              </div>
            )),
        ],
        ['办结时间', at(record.closedAt, timeZone)],
        [
          '诉求内容',
          <Typography.Paragraph key="content" style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
            {record.content}
          </Typography.Paragraph>,
        ],
      ]}
    />
  );
}

/** A city operations case's fields. */
export function CaseFields({ record, labels, timeZone }: FieldsProps<Case>) {
  const label = (name: string, value: string | null) =>
    value ? enumLabel(labels, name, value) : null;
  return (
    <FieldList
      rows={[
        ['状态', label('CaseStatus', record.caseStatus)],
        ['处置时限', deadline(record.deadlineStatus, record.dueAt, labels, timeZone)],
        ['来源', label('CaseSource', record.caseSource)],
        ['类型', label('CaseType', record.type)],
        ['大类', label('CaseMajorClass', record.majorClass)],
        ['小类代码', record.minorCode],
        ['紧急程度', label('Urgency', record.urgency)],
        ['地址', record.address],
        ['单元网格', record.gridCell],
        [
          '位置',
          record.longitude !== null && record.latitude !== null
            ? `${record.longitude.toFixed(6)}, ${record.latitude.toFixed(6)}`
            : null,
        ],
        ['处置单位', record.handlingUnit],
        ['处置结果', record.handlingResult],
        [
          '延期申请',
          record.extensionRequest &&
            `${record.extensionRequest.workingDays} 个工作日：${record.extensionRequest.reason}`,
        ],
        ['回退理由', record.returnRequestReason],
        ['挂账理由', record.parkedReason],
        ['作废理由', record.voidReason],
        ['结案类型', label('ClosureType', record.closureType)],
        ['上报时间', at(record.createdAt, timeZone)],
        ['结案时间', at(record.closedAt, timeZone)],
        ['问题描述', record.description],
      ]}
    />
  );
}

/** A money amount in yuan as a desk reads it: two decimals, or nothing. */
const yuan = (amount: number | null | undefined) =>
  amount === null || amount === undefined ? null : `${amount.toFixed(2)} 元`;

/**
 * One statutory limit of an enforcement record: its due time, coloured while it runs (the
 * record's deadlineStatus is that of the limit running in its state), red when the API
 * says it is overdue, and what ended it once met.
 */
function limit(
  record: Enforcement,
  dueAt: string | null,
  running: boolean,
  overdue: boolean,
  met: string | null,
  labels: readonly EnumLabel[],
  timeZone: string,
) {
  if (!dueAt) return null;
  const status = overdue ? 'OVERDUE' : running ? record.deadlineStatus : null;
  return (
    <Space size={4} wrap>
      {status && (
        <DeadlineTag status={status} label={enumLabel(labels, 'DeadlineStatus', status)} />
      )}
      {formatInstant(dueAt, timeZone)}
      {met && <Typography.Text type="secondary">{met}</Typography.Text>}
    </Space>
  );
}

/** The party as the API shows them to this user: masked outside the owning city. */
function partyOf(party: Enforcement['party'], labels: readonly EnumLabel[]): ReactNode {
  const details = [
    party.idNumber && `身份证号 ${party.idNumber}`,
    party.creditCode && `统一社会信用代码 ${party.creditCode}`,
    party.legalRepresentative && `法定代表人 ${party.legalRepresentative}`,
  ].filter(Boolean);
  return (
    <span>
      {party.name}（{enumLabel(labels, 'PartyKind', party.kind)}）
      {details.length > 0 && `：${details.join('，')}`}
      {party.masked && <Typography.Text type="secondary">（已脱敏）</Typography.Text>}
    </span>
  );
}

/** What is overdue now, in the API's own reading (`overdue`), each in red. */
function overdueOf(overdue: Enforcement['overdue']): ReactNode {
  const late = [
    overdue.decision && '作出决定超期',
    overdue.service && '送达超期',
    overdue.payment && '缴款超期（加处罚款计算中）',
  ].filter((entry): entry is string => Boolean(entry));
  if (!overdue.any || late.length === 0) return '无';
  return (
    <Space size={4} wrap data-testid="enforcement-overdue">
      {late.map((entry) => (
        <Tag key={entry} color="red">
          {entry}
        </Tag>
      ))}
    </Space>
  );
}

/** An enforcement record's fields, with each statutory deadline it has. */
export function EnforcementFields({ record, labels, timeZone }: FieldsProps<Enforcement>) {
  const label = (name: string, value: string | null) =>
    value ? enumLabel(labels, name, value) : null;
  const when = (iso: string | null, what: string) => (iso ? `${what} ${at(iso, timeZone)}` : null);
  const extension = record.decisionExtension;
  const hearing =
    when(record.hearingRequestedAt, '当事人申请听证于') ??
    when(record.hearingWaivedAt, '当事人放弃听证于');
  const decided = record.decidedAt !== null;
  const served = record.servedAt !== null;
  const settled = record.paidAt !== null || record.enforcedAt !== null;
  return (
    <FieldList
      rows={[
        ['状态', label('EnforcementStatus', record.enforcementStatus)],
        ['案件来源', label('EnforcementSource', record.enforcementSource)],
        ['程序', label('EnforcementProcedure', record.procedure)],
        ['重大案件', record.isMajor ? '是' : '否'],
        ['所属区域', record.division.name],
        ['当事人', partyOf(record.party, labels)],
        [
          '执法人员',
          record.officers
            .map((officer) => `${officer.name}（${officer.certificateNumber}）`)
            .join('、'),
        ],
        ['调查人员', record.investigators.join('、')],
        ['违反条款', record.violatedArticle],
        ['处罚依据', record.penaltyArticle],
        ['立案时间', at(record.filedAt, timeZone)],
        [
          '作出决定期限',
          limit(
            record,
            record.decisionDueAt,
            !decided && record.closedAt === null,
            record.overdue.decision,
            when(record.decidedAt, '决定于'),
            labels,
            timeZone,
          ),
        ],
        [
          '延长办案期限',
          extension &&
            `${extension.days} 天：${extension.reason}（批准人 ${extension.approvedBy}）`,
        ],
        ['告知时间', at(record.noticeServedAt, timeZone)],
        [
          '听证申请期限',
          record.hearingRequestDueAt && (
            <Space size={4} wrap>
              {formatInstant(record.hearingRequestDueAt, timeZone)}
              {hearing && <Typography.Text type="secondary">{hearing}</Typography.Text>}
            </Space>
          ),
        ],
        ['听证主持人', record.hearingPresidingOfficer],
        ['听证时间', at(record.hearingHeldAt, timeZone)],
        [
          '法制审核',
          record.legalReviewedAt &&
            `${record.legalReviewedBy ?? ''} 于 ${at(record.legalReviewedAt, timeZone)} 审核通过`,
        ],
        ['处罚决定', label('PenaltyType', record.decision)],
        ['罚款金额', yuan(record.fineAmount)],
        ['决定时间', at(record.decidedAt, timeZone)],
        [
          '送达期限',
          limit(
            record,
            record.serviceDueAt,
            decided && !served,
            record.overdue.service,
            when(record.servedAt, '送达于'),
            labels,
            timeZone,
          ),
        ],
        [
          '缴款期限',
          limit(
            record,
            record.paymentDueAt,
            served && !settled,
            record.overdue.payment,
            when(record.paidAt, '缴款于') ?? when(record.enforcedAt, '强制执行于'),
            labels,
            timeZone,
          ),
        ],
        ['加处罚款', yuan(record.latePaymentPenalty)],
        ['应缴金额', yuan(record.amountDue)],
        ['已缴金额', yuan(record.amountPaid)],
        ['超期情况', overdueOf(record.overdue)],
        ['结案时间', at(record.closedAt, timeZone)],
      ]}
    />
  );
}
