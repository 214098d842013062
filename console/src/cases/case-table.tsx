import { Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { CaseRowFragment } from '../generated/graphql';
import { enumLabel } from '../labels/enum-options';
import type { EnumLabel } from '../labels/enum-options';
import { formatInstant } from '../labels/format-instant';
import { PagedTable } from '../lists/paged-table';
import type { CursorPages } from '../lists/use-cursor-pages';
import { HandlingUnitsQuery } from '../records/record-documents';
import { recordPath } from '../shell/role-home';
import { useSession } from '../shell/session-context';
import { DeadlineTag } from '../tickets/deadline-tag';

/** The enums a case list shows in words. */
export const CASE_LIST_ENUMS = [
  'CaseStatus',
  'CaseType',
  'CaseMajorClass',
  'DeadlineStatus',
  'Urgency',
] as const;

/**
 * A page of cases with their deadline colours and pending requests, each number opening
 * its record page. The handling unit is a code on the case; its name comes from the city's
 * list of units, asked once (a code shows until it arrives, or if it cannot be read).
 */
export function CaseTable({
  pages,
  labels,
  caption,
}: {
  pages: CursorPages<CaseRowFragment>;
  labels: readonly EnumLabel[];
  caption: string;
}) {
  const { request, timeZone } = useSession();
  const [unitNames, setUnitNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let current = true;
    request(HandlingUnitsQuery).then(
      ({ handlingUnits }) =>
        current && setUnitNames(new Map(handlingUnits.map((unit) => [unit.code, unit.name]))),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [request]);

  const columns: TableColumnsType<CaseRowFragment> = [
    {
      title: '案件编号',
      dataIndex: 'number',
      render: (number: string) => <Link to={recordPath(number)}>{number}</Link>,
    },
    {
      title: '类别',
      dataIndex: 'majorClass',
      render: (majorClass: string, row) =>
        `${enumLabel(labels, 'CaseType', row.type)} · ${enumLabel(labels, 'CaseMajorClass', majorClass)}`,
    },
    { title: '问题描述', dataIndex: 'description', ellipsis: true },
    { title: '地址', dataIndex: 'address', ellipsis: true, render: (a: string | null) => a ?? '—' },
    {
      title: '状态',
      dataIndex: 'status',
      render: (status: string, row) => (
        <Space size={4} wrap>
          <span>{enumLabel(labels, 'CaseStatus', status)}</span>
          {row.extensionRequest && (
            <Tag color="purple">延期申请 {row.extensionRequest.workingDays} 个工作日</Tag>
          )}
          {row.returnRequestReason !== null && <Tag color="volcano">回退申请</Tag>}
        </Space>
      ),
    },
    {
      title: '处置时限',
      dataIndex: 'dueAt',
      render: (dueAt: string | null, row) =>
        dueAt ? (
          <Space size={4}>
            <DeadlineTag
              status={row.deadlineStatus}
              label={enumLabel(labels, 'DeadlineStatus', row.deadlineStatus)}
            />
            {formatInstant(dueAt, timeZone)}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: '紧急程度',
      dataIndex: 'urgency',
      render: (urgency: string) => enumLabel(labels, 'Urgency', urgency),
    },
    {
      title: '处置单位',
      dataIndex: 'handlingUnit',
      render: (unit: string | null) => (unit ? (unitNames.get(unit) ?? unit) : '—'),
    },
    {
      title: '上报时间',
      dataIndex: 'createdAt',
      render: (createdAt: string) => formatInstant(createdAt, timeZone),
    },
  ];
  return (
    <PagedTable<CaseRowFragment>
      pages={pages}
      columns={columns}
      caption={caption}
      emptyText="没有案件"
    />
  );
}
