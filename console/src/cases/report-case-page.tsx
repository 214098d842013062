import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Upload,
} from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/api-error';
import type { CaseMajorClass, CaseType, Urgency } from '../generated/graphql';
import { mapFieldProblems } from '../forms/field-errors';
import { useKeptDraft } from '../forms/use-kept-draft';
import { IdempotentDraft } from '../intake/idempotent-submit';
import { enumOptions } from '../labels/enum-options';
import { useEnumLabels } from '../labels/use-enum-labels';
import { filesOf } from '../records/actions/attach-first';
import { AttachToRecord } from '../records/actions/attachment-documents';
import { recordPath } from '../shell/role-home';
import { useSession } from '../shell/session-context';
import { ReportCaseMutation } from './case-documents';

interface ReportCaseValues {
  type: CaseType;
  majorClass: CaseMajorClass;
  minorCode?: string;
  objectCode?: string;
  description?: string;
  address?: string;
  longitude?: number | null;
  latitude?: number | null;
  urgency: Urgency;
  photos?: unknown[];
}

/** The form's fields by their names in ReportCaseInput, so a refusal lands beside its field. */
const FORM_FIELDS = [
  'type',
  'majorClass',
  'minorCode',
  'objectCode',
  'description',
  'address',
  'longitude',
  'latitude',
  'urgency',
].map((name) => [name]);

/** Photos a site report carries: what attachToRecord accepts as images. */
const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';

/** antd's Upload keeps its files under `fileList` in the change event it sends the form. */
const uploadValue = (event: { fileList?: unknown } | unknown[]) =>
  Array.isArray(event) ? event : (event as { fileList?: unknown }).fileList;

const trimmed = (text: string | undefined) => text?.trim() || undefined;

/** Chosen photos stay out of a kept draft: storage cannot hold files. */
const NOT_KEPT = ['photos'];

/**
 * 上报案件 (信息采集): the inspector reports what they found on their rounds, with the spot
 * and the site photos. The case is created once however often 上报 is clicked (one
 * idempotency key per draft); its photos are attached as 现场照片 right after, and the new
 * case number opens its record page.
 */
export function ReportCasePage() {
  const { request, viewer } = useSession();
  const labels = useEnumLabels(request, ['CaseType', 'CaseMajorClass', 'Urgency']);
  const [form] = Form.useForm<ReportCaseValues>();
  const draft = useRef(new IdempotentDraft());
  const [submitting, setSubmitting] = useState(false);
  const [alert, setAlert] = useState<string[]>([]);
  const [locating, setLocating] = useState(false);
  const [created, setCreated] = useState<{ number: string; photoProblem: string | null } | null>(
    null,
  );
  // What was typed survives an expired session (sign in again, and it is back); photos are
  // picked again.
  const kept = useKeptDraft(form, 'report-case', created === null, NOT_KEPT);

  // The machine has no way out to a map tile server (an intranet), so the spot is taken as
  // numbers: typed, or read from the device's own positioning, which needs no network.
  const takeCurrentPosition = () => {
    if (!('geolocation' in navigator)) {
      setAlert(['此浏览器无法获取位置，请手动填写经纬度。']);
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        form.setFieldsValue({
          longitude: Number(coords.longitude.toFixed(6)),
          latitude: Number(coords.latitude.toFixed(6)),
        });
      },
      (failure) => {
        setLocating(false);
        setAlert([
          failure.code === failure.PERMISSION_DENIED
            ? '未获准读取位置，请在浏览器中允许定位，或手动填写经纬度。'
            : '暂时无法获取当前位置，请稍后再试或手动填写经纬度。',
        ]);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const submit = async (values: ReportCaseValues) => {
    setAlert([]);
    setSubmitting(true);
    try {
      const { reportCase } = await draft.current.submit((key) =>
        request(ReportCaseMutation, {
          input: {
            division: viewer.division.code,
            source: 'INSPECTOR',
            type: values.type,
            majorClass: values.majorClass,
            minorCode: values.minorCode?.trim() ?? '',
            objectCode: trimmed(values.objectCode),
            description: values.description?.trim() ?? '',
            address: trimmed(values.address),
            longitude: values.longitude ?? undefined,
            latitude: values.latitude ?? undefined,
            urgency: values.urgency,
            idempotencyKey: key,
          },
        }),
      );
      // The case exists now: a photo refused after it is said on the success, not as a failure.
      let photoProblem: string | null = null;
      try {
        for (const file of filesOf({ photos: values.photos }, 'photos')) {
          await request(AttachToRecord, { recordId: reportCase.id, file, purpose: 'SITE_PHOTO' });
        }
      } catch (error) {
        photoProblem = error instanceof ApiError ? error.message : '照片上传失败。';
      }
      kept.clear();
      setCreated({ number: reportCase.number, photoProblem });
    } catch (error) {
      const { fields, general } = mapFieldProblems(
        error instanceof ApiError ? error.problems : [],
        FORM_FIELDS,
      );
      form.setFields(
        fields.map(({ name, errors }) => ({ name: name[0] as keyof ReportCaseValues, errors })),
      );
      setAlert(
        fields.length > 0
          ? general
          : [error instanceof ApiError ? error.message : '上报失败，请重试。'],
      );
    } finally {
      setSubmitting(false);
    }
  };

  const next = () => {
    setCreated(null);
    setAlert([]);
    form.resetFields();
  };

  return (
    <Card title="上报案件">
      {created ? (
        <Result
          status="success"
          title="上报成功"
          subTitle={
            <Space orientation="vertical">
              <span>
                案件编号{' '}
                <Link to={recordPath(created.number)} data-testid="case-number">
                  {created.number}
                </Link>
              </span>
              {created.photoProblem && (
                <Alert
                  type="warning"
                  showIcon
                  title={`案件已上报，但现场照片未能全部上传：${created.photoProblem}`}
                />
              )}
            </Space>
          }
          extra={
            <Button type="primary" onClick={next}>
              上报下一件
            </Button>
          }
        />
      ) : (
        <Form<ReportCaseValues>
          form={form}
          layout="vertical"
          initialValues={{ type: 'EVENT', urgency: 'NORMAL' }}
          onFinish={(values) => void submit(values)}
          onValuesChange={kept.keep}
          disabled={submitting}
        >
          {alert.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={alert.join(' ')}
              data-testid="report-case-alert"
            />
          )}
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="type" label="案件类型" rules={[{ required: true }]}>
                <Radio.Group options={enumOptions(labels, 'CaseType')} optionType="button" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="majorClass"
                label="大类"
                rules={[{ required: true, message: '请选择大类' }]}
              >
                <Select options={enumOptions(labels, 'CaseMajorClass')} placeholder="请选择" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="minorCode"
                label="小类代码"
                rules={[{ required: true, message: '请填写小类代码' }]}
              >
                <Input placeholder="四位数字，如 0101" maxLength={4} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="objectCode" label="部件编码">
            <Input placeholder="部件类案件填写，如井盖上的编号" />
          </Form.Item>
          <Form.Item
            name="description"
            label="问题描述"
            rules={[{ required: true, message: '请填写问题描述' }]}
          >
            <Input.TextArea rows={4} placeholder="看到了什么、在哪里、影响如何" />
          </Form.Item>
          <Form.Item name="address" label="地址">
            <Input placeholder="如：鼓楼区中山北路100号东侧人行道" />
          </Form.Item>
          <Row gutter={16} align="bottom">
            <Col xs={12} md={8}>
              <Form.Item name="longitude" label="经度">
                <InputNumber min={-180} max={180} precision={6} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="latitude" label="纬度">
                <InputNumber min={-90} max={90} precision={6} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item>
                <Button loading={locating} onClick={takeCurrentPosition}>
                  使用当前位置
                </Button>
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="urgency" label="紧急程度">
            <Radio.Group options={enumOptions(labels, 'Urgency')} optionType="button" />
          </Form.Item>
          <Form.Item
            name="photos"
            label="现场照片"
            valuePropName="fileList"
            getValueFromEvent={uploadValue}
          >
            <Upload accept={PHOTO_TYPES} listType="picture" multiple beforeUpload={() => false}>
              <Button>选择照片</Button>
            </Upload>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submitting}>
            上报
          </Button>
        </Form>
      )}
    </Card>
  );
}
