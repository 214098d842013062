import { Alert, Card, Col, List, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { acceptingReplicaAnswer } from '../api/replica-answer';
import type { RecordPageQuery as RecordPageResult } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { useSession } from '../shell/session-context';
import { IssueSupervisionButton } from '../supervision/issue-supervision-button';
import { SupervisionOrderActions } from '../supervision/supervision-order-actions';
import { ActionBar } from './actions/action-bar';
import { RECORD_ACTIONS } from './actions/record-actions';
import { AttachmentsPanel } from './attachments-panel';
import { HistoryTimeline } from './history-timeline';
import { RecordPageQuery } from './record-documents';
import { ReplicaNotice } from './replica-notice';
import { CaseFields, EnforcementFields, TicketFields } from './record-fields';

type AnyRecord = NonNullable<RecordPageResult['recordByNumber']>;

/** What each kind of record is called on its page. */
const KIND_TITLES: Readonly<Record<AnyRecord['__typename'], string>> = {
  HotlineTicket: '工单',
  CaseReport: '案件',
  EnforcementRecord: '执法案件',
};

/** The title line of a record: its kind, number and what it is about. */
function headlineOf(record: AnyRecord): string {
  switch (record.__typename) {
    case 'HotlineTicket':
      return record.title;
    case 'CaseReport':
      return record.description;
    case 'EnforcementRecord':
      return record.party.name;
  }
}

/**
 * 记录详情: any ticket, case or enforcement record by its number — its fields as the API
 * shows them to this user, the buttons of exactly the actions the API would accept now,
 * its files, its supervision orders and its whole history. Read again after every action.
 */
export function RecordPage() {
  const { number = '' } = useParams();
  const { request, timeZone, viewer } = useSession();
  const [answer, setAnswer] = useState<RecordPageResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The gateway's note when the owning city did not answer and a replica did. */
  const [replicaNote, setReplicaNote] = useState<string | undefined>(undefined);

  // Supervision orders are asked only of those the policy lets read them (an inspector may
  // not): asking anyway would refuse the whole page.
  const withSupervision = viewer.permissions.includes('supervision.read');
  const load = useCallback(() => {
    // The city did not answer and a replica did: shown, saying whose copy and how fresh.
    acceptingReplicaAnswer(request(RecordPageQuery, { number, withSupervision })).then(
      ({ data, note }) => {
        setAnswer(data);
        setError(null);
        setReplicaNote(note ?? undefined);
      },
      (failure: unknown) => {
        setError(failure instanceof ApiError ? failure.message : '记录加载失败，请刷新页面。');
      },
    );
  }, [request, number, withSupervision]);
  useEffect(load, [load]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!answer) return <Skeleton active />;
  const record = answer.recordByNumber;
  if (!record) {
    return (
      <Result
        status="404"
        title="没有找到这条记录"
        subTitle={`编号 ${number} 不存在，或不在您的权限范围内。`}
      />
    );
  }
  const labels = answer.enumLabels;
  const fieldsProps = { labels, timeZone, permissions: viewer.permissions };
  const orders = ('supervisionOrders' in record && record.supervisionOrders) || [];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Tag>{KIND_TITLES[record.__typename]}</Tag>
            <Typography.Text copyable data-testid="record-number">
              {record.number}
            </Typography.Text>
            <Typography.Text strong>{headlineOf(record)}</Typography.Text>
          </Space>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {record.replica && (
            <ReplicaNotice replica={record.replica} timeZone={timeZone} note={replicaNote} />
          )}
          <ActionBar
            actions={record.allowedActionLabels}
            descriptors={RECORD_ACTIONS[record.__typename]}
            record={{ id: record.id, version: record.version }}
            labels={labels}
            onDone={load}
          />
          {record.__typename === 'HotlineTicket' && (
            <TicketFields record={record} {...fieldsProps} />
          )}
          {record.__typename === 'CaseReport' && <CaseFields record={record} {...fieldsProps} />}
          {record.__typename === 'EnforcementRecord' && (
            <EnforcementFields record={record} {...fieldsProps} />
          )}
        </Space>
      </Card>
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <Card title="办理过程">
            <HistoryTimeline history={record.history} timeZone={timeZone} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Card title={`附件（${record.attachmentCount}）`}>
              <AttachmentsPanel
                attachments={record.attachments}
                count={record.attachmentCount}
                labels={labels}
              />
            </Card>
            {record.__typename !== 'EnforcementRecord' && withSupervision && (
              <Card
                title={`督办（${orders.length}）`}
                extra={
                  <IssueSupervisionButton
                    record={{
                      id: record.id,
                      number: record.number,
                      kind:
                        record.__typename === 'HotlineTicket' ? 'HOTLINE_TICKET' : 'CASE_REPORT',
                    }}
                    labels={labels}
                    onIssued={load}
                  />
                }
              >
                <List
                  dataSource={[...orders]}
                  locale={{ emptyText: '没有督办单' }}
                  renderItem={(order) => (
                    <List.Item>
                      <List.Item.Meta
                        title={
                          <Space>
                            {order.number}
                            <Tag color={order.overdue ? 'red' : 'blue'}>
                              {enumLabel(labels, 'SupervisionLevel', order.level)}
                            </Tag>
                            {enumLabel(labels, 'SupervisionState', order.state)}
                          </Space>
                        }
                        description={
                          <Space orientation="vertical" style={{ width: '100%' }}>
                            {`${order.issuer.name} · 期限 ${formatInstant(order.deadline, timeZone)} · ${order.instructions}`}
                            {order.handlingUnit && `承办单位：${order.handlingUnit}`}
                            <SupervisionOrderActions order={order} labels={labels} onDone={load} />
                          </Space>
                        }
                      />
                    </List.Item>
                  )}
                />
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
