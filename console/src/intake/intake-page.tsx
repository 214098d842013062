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
import { useNavigate } from 'react-router';
import { recordPath } from '../shell/role-home';
import { MergeTicket } from '../records/actions/ticket-action-documents';
import { ApiError, NETWORK_ERROR } from '../api/api-error';
import { useKeptDraft } from '../forms/use-kept-draft';
import type { IntakeOptionsQuery } from '../generated/graphql';
import { enumOptions } from '../labels/enum-options';
import { useSession } from '../shell/session-context';
import { CallerHistoryPanel } from './caller-history-panel';
import { DuplicateSuggestionsPanel } from './duplicate-suggestions-panel';
import type { DuplicateSuggestion } from './duplicate-suggestions-panel';
import { mapFieldProblems } from '../forms/field-errors';
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

/** The ticket just logged, and what became of a 并单 asked with it. */
interface Created {
  number: string;
  title: string;
  merge?: { parentNumber: string; failure?: string };
}

/** 工单受理: the agent logs a citizen's request while on the call. */
export function IntakePage() {
  const { request, viewer } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<IntakeFormValues>();
  const draft = useRef(new IdempotentDraft());
  const [options, setOptions] = useState<IntakeOptionsQuery | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [categories, setCategories] = useState<CascadeOption[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<string[]>([]);
  const [created, setCreated] = useState<Created | null>(null);
  const [mergingInto, setMergingInto] = useState<string | undefined>(undefined);
  const kept = useKeptDraft(form, 'intake', options !== null && created === null);
  const phone = Form.useWatch(['caller', 'phone'], form) ?? '';
  const division = Form.useWatch('division', form);
  const category = Form.useWatch('category', form);
  const title = Form.useWatch('title', form) ?? '';
  const content = Form.useWatch('content', form) ?? '';
  const address = Form.useWatch(['location', 'address'], form) ?? '';
  const leafCategory = category?.at(-1);

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

  // A restored draft names a category path whose lower levels were never loaded here: load
  // them one level at a time, so the cascader shows their names rather than their codes.
  useEffect(() => {
    let level = categories;
    for (const code of category?.slice(0, -1) ?? []) {
      const option = level.find((each) => each.value === code);
      if (!option) return;
      if (!option.children) {
        loadCategories?.([option]);
        return;
      }
      level = option.children;
    }
    // loadCategories is rebuilt every render; the path and the loaded tree are what matter.
  }, [category, categories]);

  /** Field problems beside their fields, the rest in the alert above the form. */
  const showFailure = (error: unknown) => {
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
  };

  /** Creates the ticket with the draft's key: a retry or a second click never logs it twice. */
  const create = async (values: IntakeFormValues) => {
    const { createTicket } = await draft.current.submit((key) =>
      request(CreateTicketMutation, { input: createTicketInputOf(values, key) }),
    );
    // The ticket exists: its draft is done, whatever happens next.
    kept.clear();
    return createTicket;
  };

  const submit = async (values: IntakeFormValues) => {
    setAlert([]);
    setSubmitting(true);
    try {
      const ticket = await create(values);
      setCreated({ number: ticket.number, title: ticket.title });
    } catch (error) {
      showFailure(error);
    } finally {
      setSubmitting(false);
    }
  };

  /** 并单: logs this request as its own ticket, then merges it into the suggested open one. */
  const mergeInto = async ({ ticket: parent }: DuplicateSuggestion) => {
    let values: IntakeFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setAlert([]);
    setSubmitting(true);
    setMergingInto(parent.id);
    try {
      let ticket: Awaited<ReturnType<typeof create>>;
      try {
        ticket = await create(values);
      } catch (error) {
        showFailure(error);
        return;
      }
      const merge = { parentNumber: parent.number };
      try {
        await request(MergeTicket, {
          input: { id: ticket.id, version: ticket.version, parentId: parent.id },
        });
        setCreated({ number: ticket.number, title: ticket.title, merge });
      } catch (error) {
        // The ticket is logged either way: the form gives way to its number, so it is not
        // logged twice, and the merge can be done later on the ticket itself.
        setCreated({
          number: ticket.number,
          title: ticket.title,
          merge: { ...merge, failure: error instanceof ApiError ? error.message : '并单失败。' },
        });
      }
    } finally {
      setSubmitting(false);
      setMergingInto(undefined);
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
              status={created.merge?.failure ? 'warning' : 'success'}
              title={
                created.merge
                  ? created.merge.failure
                    ? '已受理，但并单未完成'
                    : '受理成功，已并单'
                  : '受理成功'
              }
              subTitle={
                <Space orientation="vertical">
                  <span>
                    工单编号{' '}
                    <Typography.Text strong copyable data-testid="ticket-number">
                      {created.number}
                    </Typography.Text>
                    ：{created.title}
                  </span>
                  {created.merge && !created.merge.failure && (
                    <span data-testid="merge-result">
                      已并入工单{' '}
                      <Typography.Text strong>{created.merge.parentNumber}</Typography.Text>
                      ，随该工单办理。
                    </span>
                  )}
                  {created.merge?.failure && (
                    <Alert
                      type="warning"
                      showIcon
                      data-testid="merge-result"
                      title={`并入工单 ${created.merge.parentNumber} 失败：${created.merge.failure}`}
                      description={`工单 ${created.number} 已受理，请勿重复受理；可稍后在该工单上再次并单。`}
                    />
                  )}
                </Space>
              }
              extra={
                <Space>
                  <Button type="primary" onClick={next}>
                    受理下一张
                  </Button>
                  {/* 直办 or 派单 on the ticket's own page, with the buttons the API offers. */}
                  <Button onClick={() => void navigate(recordPath(created.number))}>
                    办理此工单（直办 / 派单）
                  </Button>
                </Space>
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
              onValuesChange={kept.keep}
              onReset={kept.clear}
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
              <Row gutter={16}>
                <Col span={6}>
                  <Form.Item name={['location', 'street']} label="街道（镇）">
                    <Input placeholder="如：湖南路街道" />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={['location', 'community']} label="社区（村）">
                    <Input placeholder="如：青石村社区" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name={['location', 'address']} label="地址">
                    <Input placeholder="事发地址" />
                  </Form.Item>
                </Col>
              </Row>
              <Space>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={submitting && mergingInto === undefined}
                >
                  提交受理
                </Button>
                <Button htmlType="reset">清空</Button>
              </Space>
            </Form>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {!created && (
            <DuplicateSuggestionsPanel
              query={{
                division: division?.at(-1),
                categoryCode:
                  leafCategory?.length === LEAF_CATEGORY_LENGTH ? leafCategory : undefined,
                title,
                content,
                address,
              }}
              labels={options.enumLabels}
              merging={mergingInto}
              disabled={submitting}
              onMerge={(suggestion) => void mergeInto(suggestion)}
            />
          )}
          <CallerHistoryPanel phone={phone} labels={options.enumLabels} />
        </Space>
      </Col>
    </Row>
  );
}
