import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, NETWORK_ERROR } from '../api/api-error';
import type { GraphQLRequest } from '../api/graphql-client';
import type { EnforcementFilingOptionsQuery } from '../generated/graphql';
import { mapFieldProblems } from '../forms/field-errors';
import { useKeptDraft } from '../forms/use-kept-draft';
import { IdempotentDraft } from '../intake/idempotent-submit';
import { enumOptions } from '../labels/enum-options';
import { recordPath } from '../shell/role-home';
import { useSession } from '../shell/session-context';
import {
  EnforcementFilingOptionsQuery as FilingOptionsDocument,
  FileEnforcementCaseMutation,
  LinkedRecordQuery,
} from './enforcement-documents';
import {
  INITIAL_OFFICERS,
  fileEnforcementInputOf,
  filingFormFields,
} from './enforcement-filing-values';
import type { EnforcementFilingValues } from './enforcement-filing-values';

/** A typed number that names no record of the kind the field asks for. */
class UnknownLink extends Error {
  constructor(
    readonly field: 'linkedTicket' | 'linkedCase',
    message: string,
  ) {
    super(message);
  }
}

/** The ids of the ticket and case the officer named by number, each of the kind asked for. */
async function linksOf(
  request: GraphQLRequest,
  values: EnforcementFilingValues,
): Promise<{ linkedTicketId?: string; linkedCaseId?: string }> {
  const resolve = async (
    field: 'linkedTicket' | 'linkedCase',
    kind: 'HotlineTicket' | 'CaseReport',
    noun: string,
  ) => {
    const number = values[field]?.trim();
    if (!number) return undefined;
    const { recordByNumber } = await request(LinkedRecordQuery, { number });
    if (recordByNumber?.__typename !== kind || !('id' in recordByNumber)) {
      throw new UnknownLink(field, `没有编号为 ${number} 的${noun}，或不在您的权限范围内。`);
    }
    return recordByNumber.id;
  };
  const linkedTicketId = await resolve('linkedTicket', 'HotlineTicket', '工单');
  const linkedCaseId = await resolve('linkedCase', 'CaseReport', '案件');
  return {
    ...(linkedTicketId ? { linkedTicketId } : {}),
    ...(linkedCaseId ? { linkedCaseId } : {}),
  };
}

/** What the officer is told when a filing failed, beyond the fields named beside them. */
function alertOf(error: unknown): string {
  if (!(error instanceof ApiError)) return '立案失败，请重试。';
  if (
    error.code === NETWORK_ERROR ||
    error.code === 'NODE_UNAVAILABLE' ||
    error.code === 'SERVICE_UNAVAILABLE'
  ) {
    return `${error.message} 请直接再次提交：同一案件重复提交只会立案一次。`;
  }
  return error.message;
}

/** antd names a list row by its index as a number; the API's paths carry it as text. */
const formName = (path: readonly string[]) =>
  path.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

/** 执法立案: an officer opens an enforcement case (fileEnforcementCase). */
export function EnforcementFilingPage() {
  const { request, viewer } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<EnforcementFilingValues>();
  const draft = useRef(new IdempotentDraft());
  const [options, setOptions] = useState<EnforcementFilingOptionsQuery | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<string[]>([]);
  const [filed, setFiled] = useState<{ number: string; party: string } | null>(null);
  // What was typed survives an expired session: sign in again, and it is back.
  const kept = useKeptDraft(form, 'enforcement-filing', filed === null && options !== null);
  const partyKind = Form.useWatch(['party', 'kind'], form) ?? 'PERSON';

  useEffect(() => {
    request(FilingOptionsDocument, { city: viewer.division.code }).then(setOptions, (error) =>
      setLoadError(error instanceof ApiError ? error.message : '立案选项加载失败，请刷新页面。'),
    );
  }, [request, viewer.division.code]);

  const submit = async (values: EnforcementFilingValues) => {
    setAlert([]);
    setSubmitting(true);
    try {
      const links = await linksOf(request, values);
      const { fileEnforcementCase } = await draft.current.submit((key) =>
        request(FileEnforcementCaseMutation, {
          input: fileEnforcementInputOf(values, links, key),
        }),
      );
      kept.clear();
      setFiled({ number: fileEnforcementCase.number, party: fileEnforcementCase.party.name });
    } catch (error) {
      if (error instanceof UnknownLink) {
        form.setFields([{ name: error.field, errors: [error.message] }]);
        return;
      }
      const { fields, general } = mapFieldProblems(
        error instanceof ApiError ? error.problems : [],
        filingFormFields(values.officers?.length ?? 0),
      );
      // The paths come from filingFormFields, the fields of this form.
      form.setFields(
        fields.map(({ name, errors }) => ({ name: formName(name), errors })) as Parameters<
          typeof form.setFields
        >[0],
      );
      setAlert(fields.length > 0 ? general : [alertOf(error)]);
    } finally {
      setSubmitting(false);
    }
  };

  const next = () => {
    setFiled(null);
    setAlert([]);
    form.resetFields();
  };

  if (loadError) return <Alert type="error" showIcon title={loadError} />;
  if (!options) return <Skeleton active />;
  const labels = options.enumLabels;
  const divisions = [
    { value: viewer.division.code, label: viewer.division.name },
    ...options.districts.map((district) => ({ value: district.code, label: district.name })),
  ];

  if (filed) {
    return (
      <Card title="执法立案">
        <Result
          status="success"
          title="立案成功"
          subTitle={
            <span>
              执法案件编号{' '}
              <Typography.Text strong copyable data-testid="enforcement-number">
                {filed.number}
              </Typography.Text>
              ：{filed.party}
            </span>
          }
          extra={
            <Space>
              <Button type="primary" onClick={() => void navigate(recordPath(filed.number))}>
                打开案件
              </Button>
              <Button onClick={next}>继续立案</Button>
            </Space>
          }
        />
      </Card>
    );
  }

  return (
    <Card title="执法立案">
      <Form<EnforcementFilingValues>
        form={form}
        layout="vertical"
        disabled={submitting}
        onFinish={(values) => void submit(values)}
        onValuesChange={kept.keep}
        initialValues={{
          division: viewer.division.code,
          source: 'PATROL',
          procedure: 'ORDINARY',
          isMajor: false,
          party: { kind: 'PERSON' },
          officers: Array.from({ length: INITIAL_OFFICERS }, () => ({})),
        }}
      >
        {alert.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={alert.join(' ')}
            data-testid="filing-alert"
          />
        )}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="division" label="违法行为发生地" rules={[{ required: true }]}>
              <Select options={divisions} showSearch optionFilterProp="label" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="source" label="案件来源" rules={[{ required: true }]}>
              <Select options={enumOptions(labels, 'EnforcementSource')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="procedure" label="程序" rules={[{ required: true }]}>
              <Radio.Group
                options={enumOptions(labels, 'EnforcementProcedure')}
                optionType="button"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="violatedArticle" label="违反条款">
          <Input placeholder="如：《江苏省城市市容和环境卫生管理条例》第二十四条" />
        </Form.Item>
        <Form.Item name="penaltyArticle" label="处罚依据">
          <Input placeholder="如：《江苏省城市市容和环境卫生管理条例》第四十七条" />
        </Form.Item>
        <Form.Item name="isMajor" valuePropName="checked">
          <Checkbox>重大案件（作出决定前须经法制审核）</Checkbox>
        </Form.Item>
        <Typography.Title level={5}>当事人</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name={['party', 'kind']} label="当事人类型">
              <Radio.Group options={enumOptions(labels, 'PartyKind')} optionType="button" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={['party', 'name']}
              label={partyKind === 'PERSON' ? '姓名' : '单位名称'}
            >
              <Input />
            </Form.Item>
          </Col>
          {partyKind === 'PERSON' ? (
            <Col xs={24} md={8}>
              <Form.Item name={['party', 'idNumber']} label="居民身份证号">
                <Input placeholder="18位" />
              </Form.Item>
            </Col>
          ) : (
            <>
              <Col xs={24} md={8}>
                <Form.Item name={['party', 'creditCode']} label="统一社会信用代码">
                  <Input placeholder="18位" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={['party', 'legalRepresentative']} label="法定代表人">
                  <Input />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
        <Typography.Title level={5}>执法人员（不少于两人）</Typography.Title>
        <Form.List name="officers">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, index) => (
                <Row gutter={16} key={row.key} align="bottom">
                  <Col xs={24} md={10}>
                    <Form.Item name={[row.name, 'name']} label={`执法人员${index + 1} 姓名`}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item
                      name={[row.name, 'certificateNumber']}
                      label={`执法人员${index + 1} 执法证号`}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={4}>
                    <Form.Item>
                      <Button onClick={() => remove(row.name)} disabled={rows.length <= 1}>
                        删除
                      </Button>
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Form.Item>
                <Button onClick={() => add({})}>添加执法人员</Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="linkedTicket" label="关联工单编号（可选）">
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="linkedCase" label="关联案件编号（可选）">
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={submitting}>
          提交立案
        </Button>
      </Form>
    </Card>
  );
}
