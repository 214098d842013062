import {
  Alert,
  Button,
  Card,
  Descriptions,
  Result,
  Select,
  Skeleton,
  Space,
  Tabs,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/api-error';
import type { MonthlyReportQuery as MonthlyReportData } from '../generated/graphql';
import { formatInstant } from '../labels/format-instant';
import { enumLabel } from '../labels/enum-options';
import { useEnumLabels } from '../labels/use-enum-labels';
import { useSession } from '../shell/session-context';
import { downloadReportFile } from './download-report-file';
import { MonthlyReportQuery } from './monthly-report-documents';
import { ReportDivisionTable } from './report-division-table';
import { ReportRankingTable } from './report-ranking-table';
import { currentMonthIn, isReportMonth, reportMonths } from './report-months';

/** The path of the report of `month`. */
export const monthlyReportPath = (month: string) => `/reports/monthly/${month}`;

type Report = MonthlyReportData['monthlyReport'];

/** The weights of the composite score, each under its indicator's label. */
const weightsOf = (report: Report) =>
  report.weights
    .map(({ name, weight }) => {
      const indicator = report.national.indicators.find((each) => each.name === name);
      return `${indicator?.label ?? name} ${weight}`;
    })
    .join('；');

/** 下载 XLSX / 下载 CSV: the files the gateway serves for the month, with the user's token. */
function ReportDownloads({ downloads }: { downloads: Report['downloads'] }) {
  const { accessToken } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (path: string) => {
    setBusy(path);
    setFailure(null);
    try {
      await downloadReportFile(path, await accessToken());
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : '下载失败，请稍后重试。');
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space orientation="vertical">
      <Space>
        <Button
          type="primary"
          loading={busy === downloads.xlsx}
          onClick={() => void download(downloads.xlsx)}
        >
          下载 XLSX
        </Button>
        <Button loading={busy === downloads.csv} onClick={() => void download(downloads.csv)}>
          下载 CSV
        </Button>
      </Space>
      {failure && <Alert type="error" showIcon title={failure} role="alert" />}
    </Space>
  );
}

/** The report's header: which months, when computed, how current, by whom, with what weights. */
function ReportHeader({ report, partial }: { report: Report; partial: boolean }) {
  const { request, timeZone } = useSession();
  const labels = useEnumLabels(request, ['Tier']);
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="报告月份">
        <Space>
          <span>
            {report.month}（{report.start} 至 {report.end}）
          </span>
          {partial && <Tag color="red">本月未结束，数据不完整</Tag>}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label="对比月份">{report.previousMonth}</Descriptions.Item>
      <Descriptions.Item label="生成时间">
        {formatInstant(report.generatedAt, timeZone)}
      </Descriptions.Item>
      <Descriptions.Item label="数据截至">
        <span data-testid="report-current-to">
          {report.currentTo
            ? formatInstant(report.currentTo, timeZone)
            : '部分省级数据尚未同步，数字可能不全'}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label="计算节点">
        {enumLabel(labels, 'Tier', report.servedBy.tier)} · {report.servedBy.division.name}（
        {report.servedBy.division.code}），按各省上报的日汇总计算
      </Descriptions.Item>
      <Descriptions.Item label="综合评分权重">{weightsOf(report)}</Descriptions.Item>
    </Descriptions>
  );
}

/**
 * 全国月报: the ministry's monthly national report on screen, every section of the
 * spreadsheet it downloads (national totals, provinces, cities, rankings) with the same
 * numbers in the same formats, for any month from 2025-01 to the current, partial one.
 */
export function MonthlyReportPage() {
  const { request, timeZone, viewer } = useSession();
  const navigate = useNavigate();
  const current = currentMonthIn(timeZone);
  const month = useParams().month ?? current;
  const [answer, setAnswer] = useState<{ month: string; report: Report } | null>(null);
  const [failure, setFailure] = useState<{ month: string; message: string } | null>(null);
  const allowed = viewer.permissions.includes('report.read');
  const valid = isReportMonth(month, current);

  useEffect(() => {
    if (!allowed || !valid) return;
    let live = true;
    request(MonthlyReportQuery, { month }).then(
      (data) => live && setAnswer({ month, report: data.monthlyReport }),
      (error: unknown) =>
        live &&
        setFailure({
          month,
          message: error instanceof ApiError ? error.message : '月报加载失败，请刷新页面。',
        }),
    );
    return () => {
      live = false;
    };
  }, [request, month, allowed, valid]);

  if (!allowed) {
    return (
      <Result status="403" title="无权查看全国月报" subTitle="全国月报仅供部级分析人员查看。" />
    );
  }
  const report = answer?.month === month ? answer.report : null;
  const error = failure?.month === month ? failure.message : null;
  const picker = (
    <Select
      aria-label="报告月份"
      value={valid ? month : undefined}
      placeholder="选择月份"
      style={{ width: 240 }}
      onChange={(picked: string) => void navigate(monthlyReportPath(picked))}
      options={reportMonths(current).map((each) => ({
        value: each,
        label: each === current ? `${each}（本月，不完整）` : each,
      }))}
    />
  );
  let body;
  if (!valid) {
    body = (
      <Alert
        type="warning"
        showIcon
        title={`没有 ${month} 的月报：请选择 2025-01 至 ${current} 之间的月份。`}
      />
    );
  } else if (error) {
    body = <Alert type="error" showIcon title={error} />;
  } else if (!report) {
    body = <Skeleton active />;
  } else {
    const rankings = report.rankings.map((ranking) => (
      <ReportRankingTable key={`${ranking.scope.code}:${ranking.indicator}`} ranking={ranking} />
    ));
    body = (
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <ReportHeader report={report} partial={report.month === current} />
        <ReportDownloads downloads={report.downloads} />
        <Tabs
          items={[
            {
              key: 'national',
              label: '全国汇总',
              children: (
                <ReportDivisionTable
                  caption="全国汇总"
                  level="NATIONAL"
                  divisions={[report.national]}
                />
              ),
            },
            {
              key: 'provinces',
              label: '分省',
              children: (
                <ReportDivisionTable caption="分省" level="PROVINCE" divisions={report.provinces} />
              ),
            },
            {
              key: 'cities',
              label: '分市',
              children: (
                <ReportDivisionTable caption="分市" level="CITY" divisions={report.cities} />
              ),
            },
            {
              key: 'rankings',
              label: '排名',
              children: (
                <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                  {rankings}
                </Space>
              ),
            },
          ]}
        />
      </Space>
    );
  }
  return (
    <Card title="全国城市运行管理服务月报" extra={picker}>
      {body}
    </Card>
  );
}
