import { Alert, Button, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { AuditChainCheckQuery } from '../generated/graphql';
import { useSession } from '../shell/session-context';
import { AuditChainQuery } from './audit-documents';

type Report = AuditChainCheckQuery['auditChain'];

/**
 * 校验哈希链: recomputes the node's audit chain (`auditChain`) and says 完整 with how many
 * entries and the head hash (to record elsewhere), or 已损坏 with the first entry that does
 * not match and what is wrong with it.
 */
export function AuditChainCheck({ node }: { node: string }) {
  const { request } = useSession();
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  // A result is about one node: another node's log has not been checked yet.
  useEffect(() => {
    setReport(null);
    setError(null);
  }, [node]);

  const check = async () => {
    setChecking(true);
    setError(null);
    try {
      setReport((await request(AuditChainQuery, { node })).auditChain);
    } catch (failure) {
      setReport(null);
      setError(failure instanceof ApiError ? failure.message : '校验失败，请重试。');
    } finally {
      setChecking(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button onClick={() => void check()} loading={checking}>
        校验哈希链
      </Button>
      {error && <Alert type="error" showIcon title={error} />}
      {report &&
        (report.intact ? (
          <Alert
            type="success"
            showIcon
            data-testid="audit-chain-result"
            title={`完整：共 ${report.entries} 条`}
            description={
              <Typography.Text>
                链头哈希{' '}
                <Typography.Text code copyable>
                  {report.headHash ?? '（空日志）'}
                </Typography.Text>
              </Typography.Text>
            }
          />
        ) : (
          <Alert
            type="error"
            showIcon
            data-testid="audit-chain-result"
            title={`已损坏：首个不符的条目 ${report.firstBrokenId ?? '（未知）'}`}
            description={report.problem ?? undefined}
          />
        ))}
    </Space>
  );
}
