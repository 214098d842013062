import {
  Alert,
  Button,
  Card,
  Cascader,
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
import type { CascaderProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR } from '../api/api-error';
import type { IntakeOptionsQuery } from '../generated/graphql';
import { enumOptions } from '../labels/enum-options';
import { useSession } from '../shell/session-context';
import { CallerHistoryPanel } from './caller-history-panel';
import { mapFieldProblems } from './field-errors';
import { IdempotentDraft } from './idempotent-submit';
import {
  CategoryChildrenQuery,
  CreateTicketMutation,
  IntakeOptionsQuery as IntakeOptionsDocument,
} from './intake-documents';
import { INTAKE_FORM_FIELDS, createTicketInputOf } from './intake-form-values';
import type { IntakeFormValues } from './intake-form-values';

interface CascadeOption {
  value: string;
  label: string;
  isLeaf?: boolean;
  children?: CascadeOption[];
}

/** Category codes are two digits per level; a level-3 code (six digits) is what a ticket takes. */
const LEAF_CATEGORY_LENGTH = 6;

/** What the agent is told when a create failed, beyond the fields named beside them. */
function alertOf(error: unknown): string {
  if (!(error instanceof ApiError)) return '提交失败，请重试。';
  if (
    error.code === NETWORK_ERROR ||
    error.code === 'NODE_UNAVAILABLE' ||
    error.code === 'SERVICE_UNAVAILABLE'
  ) {
    return `${error.message} 请直接再次提交：同一张工单重复提交只会受理一次。`;
  }
  if (error.code === 'CONFLICT') {
    return `${error.message} 之前的提交可能已经受理，请先在工单列表中按来电号码查找，确认后再受理下一张。`;
  }
  return error.message;
}

/** 工单受理: the agent logs a citizen's request while on the call. */
export function IntakePage() {
  const { request, viewer } = useSession();
  const [form] = Form.useForm<IntakeFormValues>();
  const draft = useRef(new IdempotentDraft());
  const [options, setOptions] = useState<IntakeOptionsQuery | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [categories, setCategories] = useState<CascadeOption[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<string[]>([]);
  const [created, setCreated] = useState<{ number: string; title: string } | null>(null);
  const phone = Form.useWatch(['caller', 'phone'], form) ?? '';

  useEffect(() => {
    request(IntakeOptionsDocument, { city: viewer.division.code }).then(
      (answer) => {
        setOptions(answer);
        setCategories(
          answer.categories.map((category) => ({
            value: category.code,
            label: category.name,
            isLeaf: false,
          })),
        );
      },
      (error: unknown) =>
        setLoadError(error instanceof ApiError ? error.message : '受理选项加载失败，请刷新页面。'),
    );
  }, [request, viewer.division.code]);

  const loadCategories: CascaderProps<CascadeOption>['loadData'] = (path) => {
    const target = path.at(-1);
    if (!target) return;
    request(CategoryChildrenQuery, { parent: target.value }).then(
      ({ ticketCategories }) => {
        target.children = ticketCategories.map((category) => ({
          value: category.code,
          label: category.name,
          isLeaf: category.code.length >= LEAF_CATEGORY_LENGTH,
        }));
        setCategories((current) => [...current]);
      },
      (error: unknown) =>
        setAlert([error instanceof ApiError ? error.message : '分类加载失败，请重试。']),
    );
  };

  const submit = async (values: IntakeFormValues) => {
    setAlert([]);
    setSubmitting(true);
    try {
      const { createTicket } = await draft.current.submit((key) =>
        request(CreateTicketMutation, { input: createTicketInputOf(values, key) }),
      );
      setCreated({ number: createTicket.number, title: createTicket.title });
    } catch (error) {
      const { fields, general } = mapFieldProblems(
        error instanceof ApiError ? error.problems : [],
        INTAKE_FORM_FIELDS,
      );
      // The names come from INTAKE_FORM_FIELDS, the paths of this form.
      form.setFields(
        fields.map(({ name, errors }) => ({ name: [...name], errors })) as Parameters<
          typeof form.setFields
        >[0],
      );
      // Named fields speak for themselves beside the form; anything else goes above it.
      // The error's own message already names every problem of a refusal without a form field.
      setAlert(fields.length > 0 ? general : [alertOf(error)]);
    } finally {
      setSubmitting(false);
    }
  };

  const next = () => {
    setCreated(null);
    setAlert([]);
    form.resetFields();
  };

  if (loadError) return <Alert type="error" showIcon title={loadError} />;
  if (!options) return <Skeleton active />;

  const divisions: CascadeOption[] = [
    {
      value: viewer.division.code,
      label: viewer.division.name,
      children: options.districts.map((district) => ({
        value: district.code,
        label: district.name,
      })),
    },
  ];

  return (
    <Row gutter={24}>
      <Col xs={24} lg={16}>
        <Card title="工单受理">
          {created ? (
            <Result
              status="success"
              title="受理成功"
              subTitle={
                <span>
                  工单编号{' '}
                  <Typography.Text strong copyable data-testid="ticket-number">
                    {created.number}
                  </Typography.Text>
                  ：{created.title}
                </span>
              }
              extra={
                <Button type="primary" onClick={next}>
                  受理下一张
                </Button>
              }
            />
          ) : (
            <Form<IntakeFormValues>
              form={form}
              layout="vertical"
              initialValues={{
                channel: 'PHONE',
                urgency: 'NORMAL',
                division: [viewer.division.code],
              }}
              onFinish={(values) => void submit(values)}
              disabled={submitting}
            >
              {alert.length > 0 && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginBottom: 16 }}
                  title={alert.join(' ')}
                  data-testid="intake-alert"
                />
              )}
              <Row gutter={16}>
                <Col span={12}>
                  <Form.Item
                    name="division"
                    label="所属区域"
                    rules={[{ required: true, message: '请选择所属区域' }]}
                  >
                    <Cascader options={divisions} changeOnSelect placeholder="市 / 区县" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="category"
                    label="诉求分类"
                    rules={[{ required: true, message: '请选择到三级分类' }]}
                  >
                    <Cascader
                      options={categories}
                      loadData={loadCategories}
                      placeholder="一级 / 二级 / 三级"
                    />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item
                    name="channel"
                    label="来源渠道"
                    rules={[{ required: true, message: '请选择来源渠道' }]}
                  >
                    <Select options={enumOptions(options.enumLabels, 'TicketChannel')} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item
                    name="intakeClass"
                    label="诉求类型"
                    rules={[{ required: true, message: '请选择诉求类型' }]}
                  >
                    <Select
                      options={enumOptions(options.enumLabels, 'IntakeClass')}
                      placeholder="咨询、投诉…"
                    />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="urgency" label="紧急程度">
                    <Radio.Group
                      options={enumOptions(options.enumLabels, 'Urgency')}
                      optionType="button"
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="title" label="标题">
                <Input placeholder="一句话概括诉求，如：路口井盖缺失" />
              </Form.Item>
              <Form.Item name="content" label="诉求内容">
                <Input.TextArea rows={4} placeholder="时间、地点、事情经过和诉求人的要求" />
              </Form.Item>
              <Row gutter={16}>
                <Col span={8}>
                  <Form.Item name={['caller', 'name']} label="来电人">
                    <Input placeholder="姓名" />
                  </Form.Item>
                </Col>
                <Col span={10}>
                  <Form.Item name={['caller', 'phone']} label="联系电话">
                    <Input placeholder="手机或带区号的固话" />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={['caller', 'confidential']} label="保密" valuePropName="checked">
                    <Checkbox>来电人要求保密</Checkbox>
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name={['location', 'address']} label="地址">
                <Input placeholder="事发地址" />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={submitting}>
                  提交受理
                </Button>
              </Space>
            </Form>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <CallerHistoryPanel phone={phone} labels={options.enumLabels} />
      </Col>
    </Row>
  );
}
