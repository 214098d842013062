import { Alert, Button, Card, Descriptions, Empty, Result, Skeleton, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { DirectiveFieldsFragment } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { useEnumLabels } from '../labels/use-enum-labels';
import { useSession } from '../shell/session-context';
import type { DivisionNode } from './directive-addressees';
import { DirectiveDivisionsQuery, DirectivesQuery } from './directive-documents';
import { DirectiveResponseDialog } from './directive-response-dialog';
import type { DirectiveResponseAction } from './directive-response-dialog';
import { DirectiveTrackingTable } from './directive-tracking-table';
import { IssueDirectiveForm } from './issue-directive-form';

const LABELLED = ['DirectiveState', 'DirectiveAction'];

/** The API's action names (allowedActions) as DirectiveAction values, for their labels. */
const ACTION_VALUES: Record<DirectiveResponseAction, string> = {
  acknowledge: 'ACKNOWLEDGE',
  report: 'REPORT',
};
const isResponseAction = (action: string): action is DirectiveResponseAction =>
  action in ACTION_VALUES;

/**
 * 部级指令: the ministry issues national directives and tracks each addressee's 签收 and
 * 报告; a province or city sees those addressed to it, where it stands, and answers with
 * the buttons the API allows it.
 */
export function DirectivesPage() {
  const { request, timeZone, viewer } = useSession();
  const labels = useEnumLabels(request, LABELLED);
  const may = (operation: string) => viewer.permissions.includes(operation);
  const issuer = may('directive.issue');
  const [directives, setDirectives] = useState<DirectiveFieldsFragment[] | null>(null);
  const [provinces, setProvinces] = useState<readonly DivisionNode[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [answering, setAnswering] = useState<{
    directive: DirectiveFieldsFragment;
    action: DirectiveResponseAction;
  } | null>(null);

  useEffect(() => {
    if (!may('directive.read')) return;
    let live = true;
    const failed = (error: unknown) =>
      live && setFailure(error instanceof ApiError ? error.message : '指令加载失败，请刷新页面。');
    request(DirectivesQuery).then((data) => live && setDirectives(data.directives), failed);
    if (issuer) {
      request(DirectiveDivisionsQuery).then((data) => live && setProvinces(data.divisions), failed);
    }
    return () => {
      live = false;
    };
    // The permissions are the session's: fixed while the page is open.
  }, [request, issuer]);

  if (!may('directive.read')) {
    return <Result status="403" title="无权查看部级指令" subTitle="您的角色不能查看部级指令。" />;
  }
  if (failure) return <Alert type="error" showIcon title={failure} />;
  if (!directives || (issuer && !provinces)) return <Skeleton active />;

  const replace = (changed: DirectiveFieldsFragment) =>
    setDirectives((current) =>
      (current ?? []).map((each) => (each.id === changed.id ? changed : each)),
    );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {issuer && provinces && (
        <IssueDirectiveForm
          provinces={provinces}
          onIssued={(directive) => setDirectives((current) => [directive, ...(current ?? [])])}
        />
      )}
      <Card title={issuer ? '已下发的指令' : '收到的指令'}>
        {directives.length === 0 ? (
          <Empty description={issuer ? '尚未下发指令' : '没有发给本单位的指令'} />
        ) : (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            {directives.map((directive) => {
              const actions = directive.allowedActions.filter(isResponseAction);
              const own = directive.responses.filter(
                (response) => response.division.code === viewer.division.code,
              );
              return (
                <Card
                  key={directive.id}
                  type="inner"
                  data-testid={`directive-${directive.number}`}
                  title={`${directive.number} · ${directive.title}`}
                  extra={
                    directive.stateHere && (
                      <Tag color={directive.stateHere === 'ISSUED' ? 'red' : 'blue'}>
                        本单位：{enumLabel(labels, 'DirectiveState', directive.stateHere)}
                      </Tag>
                    )
                  }
                >
                  <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                    <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                      <Descriptions.Item label="受令单位">
                        {directive.division.name}（{directive.division.code}）
                      </Descriptions.Item>
                      <Descriptions.Item label="下发人">{directive.issuedBy}</Descriptions.Item>
                      <Descriptions.Item label="下发时间">
                        {formatInstant(directive.createdAt, timeZone)}
                      </Descriptions.Item>
                      <Descriptions.Item label="办理时限">
                        {directive.dueAt ? formatInstant(directive.dueAt, timeZone) : '未设时限'}
                      </Descriptions.Item>
                      <Descriptions.Item label="指令内容" span={2}>
                        <span style={{ whiteSpace: 'pre-wrap' }}>{directive.body}</span>
                      </Descriptions.Item>
                      {!issuer &&
                        own.map((response) => (
                          <Descriptions.Item
                            key={response.id}
                            label={enumLabel(labels, 'DirectiveAction', response.action)}
                            span={2}
                          >
                            {response.actor} · {formatInstant(response.createdAt, timeZone)}
                            {response.comment ? `：${response.comment}` : ''}
                          </Descriptions.Item>
                        ))}
                    </Descriptions>
                    {actions.length > 0 && (
                      <Space>
                        {actions.map((action) => (
                          <Button
                            key={action}
                            type={action === 'report' ? 'primary' : 'default'}
                            onClick={() => setAnswering({ directive, action })}
                          >
                            {enumLabel(labels, 'DirectiveAction', ACTION_VALUES[action])}
                          </Button>
                        ))}
                      </Space>
                    )}
                    {issuer && provinces && (
                      <DirectiveTrackingTable
                        directive={directive}
                        provinces={provinces}
                        labels={labels}
                        timeZone={timeZone}
                      />
                    )}
                  </Space>
                </Card>
              );
            })}
          </Space>
        )}
      </Card>
      {answering && (
        <DirectiveResponseDialog
          directive={answering.directive}
          action={answering.action}
          title={enumLabel(labels, 'DirectiveAction', ACTION_VALUES[answering.action])}
          onClose={() => setAnswering(null)}
          onAnswered={(changed) => {
            replace(changed);
            setAnswering(null);
          }}
        />
      )}
    </Space>
  );
}
