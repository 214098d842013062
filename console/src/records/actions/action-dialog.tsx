import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/api-error';
import type { HandlingUnitsQuery } from '../../generated/graphql';
import { mapFieldProblems } from '../../forms/field-errors';
import { useKeptDraft } from '../../forms/use-kept-draft';
import { enumOptions } from '../../labels/enum-options';
import { instantOfLocal } from '../../labels/local-instant';
import type { EnumLabel } from '../../labels/enum-options';
import { useSession } from '../../shell/session-context';
import { HandlingUnitsQuery as HandlingUnitsDocument } from '../record-documents';
import type { ActionDescriptor, ActionField, ActionValues, RecordRef } from './action-descriptor';

/** Files a unit attaches as proof of its work: what attachToRecord accepts. */
const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';

/**
 * The input control of one field kind. Form.Item hands its child the field's `id`, `value`
 * and `onChange` (and for photos `fileList`): they are passed on to the control, which is
 * what ties the label to it and the value to the form.
 */
function FieldControl({
  field,
  labels,
  units,
  ...control
}: {
  field: ActionField;
  labels: readonly EnumLabel[];
  units: HandlingUnitsQuery['handlingUnits'];
} & Record<string, unknown>) {
  const unitOptions = units.map((unit) => ({ value: unit.code, label: unit.name }));
  switch (field.kind) {
    case 'text':
    case 'recordNumber':
      return <Input {...control} placeholder={field.hint} />;
    case 'longText':
      return <Input.TextArea {...control} rows={3} placeholder={field.hint} />;
    case 'enum':
      return (
        <Select {...control} options={enumOptions(labels, field.enum ?? '')} placeholder="请选择" />
      );
    case 'unit':
      return (
        <Select
          {...control}
          options={unitOptions}
          showSearch
          optionFilterProp="label"
          placeholder="请选择单位"
        />
      );
    case 'units':
      return (
        <Select
          {...control}
          mode="multiple"
          options={unitOptions}
          optionFilterProp="label"
          placeholder="可选多个"
        />
      );
    case 'workingDays':
      return <InputNumber {...control} min={1} max={60} precision={0} addonAfter="个工作日" />;
    case 'calendarDays':
      return (
        <InputNumber {...control} min={1} precision={0} addonAfter="天" placeholder={field.hint} />
      );
    case 'money':
      // The API takes yuan to the fen; it states the limits (e.g. the summary procedure's).
      return (
        <InputNumber
          {...control}
          min={0}
          precision={2}
          step={10}
          addonAfter="元"
          style={{ width: '100%' }}
          placeholder={field.hint}
        />
      );
    case 'dateTime':
      return (
        <DatePicker
          {...control}
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          placeholder={field.hint}
        />
      );
    case 'usernames':
      return (
        <Select
          {...control}
          mode="tags"
          tokenSeparators={[',', '，', ' ', '、']}
          placeholder={field.hint ?? '输入用户名，回车或逗号分隔，可填多个'}
        />
      );
    case 'number':
      return (
        <InputNumber
          {...control}
          min={field.min}
          max={field.max}
          precision={0}
          placeholder={field.hint}
        />
      );
    case 'photos':
      return (
        <Upload
          {...control}
          accept={PHOTO_TYPES}
          listType="picture"
          multiple
          beforeUpload={() => false}
        >
          <Button>选择照片</Button>
        </Upload>
      );
  }
}

/**
 * The fields of an action a draft does not keep: chosen files, which storage cannot hold, and
 * picked moments, whose picker holds an object storage would flatten to a string.
 */
const fieldsNotKept = (descriptor: ActionDescriptor): readonly string[] =>
  descriptor.fields
    .filter((field) => field.kind === 'photos' || field.kind === 'dateTime')
    .map((field) => field.name);

/** antd's Upload keeps its files under `fileList` in the change event it sends the form. */
const uploadValue = (event: { fileList?: unknown } | unknown[]) =>
  Array.isArray(event) ? event : (event as { fileList?: unknown }).fileList;

/**
 * The values as a descriptor reads them: a picked moment (a wall time the user read in the
 * node's zone, as every time is shown) becomes the instant the API takes.
 */
function sendableValues(
  fields: readonly ActionField[],
  values: ActionValues,
  timeZone: string,
): ActionValues {
  const converted: Record<string, unknown> = { ...values };
  for (const field of fields) {
    if (field.kind !== 'dateTime') continue;
    const picked = values[field.name] as Dayjs | null | undefined;
    converted[field.name] = picked
      ? instantOfLocal(picked.format('YYYY-MM-DD HH:mm'), timeZone)
      : undefined;
  }
  return converted;
}

/**
 * The form of one action on one record, sent once however often it is clicked: while a
 * send is under way the button is busy and the form disabled. A refusal is shown where it
 * belongs — beside the field the API names, else above the form — and the dialog stays
 * open with what was typed; a success closes it and the page reads the record again.
 */
export function ActionDialog({
  open,
  title,
  descriptor,
  record,
  labels,
  onClose,
  onDone,
}: {
  open: boolean;
  title: string;
  descriptor: ActionDescriptor;
  record: RecordRef;
  labels: readonly EnumLabel[];
  onClose(): void;
  onDone(): void;
}) {
  const { request, timeZone } = useSession();
  const [form] = Form.useForm<ActionValues>();
  const [sending, setSending] = useState(false);
  const [alert, setAlert] = useState<string[]>([]);
  const [units, setUnits] = useState<HandlingUnitsQuery['handlingUnits']>([]);
  // A session that expires while the form is typed sends the user to sign in again: what was
  // typed comes back when this action's form is opened again on this record.
  const kept = useKeptDraft(form, `action:${record.id}:${title}`, open, fieldsNotKept(descriptor));
  const needsUnits = descriptor.fields.some(
    (field) => field.kind === 'unit' || field.kind === 'units',
  );

  useEffect(() => {
    if (!open || !needsUnits) return;
    request(HandlingUnitsDocument).then(
      (answer) => setUnits(answer.handlingUnits),
      (error: unknown) =>
        setAlert([error instanceof ApiError ? error.message : '承办单位列表加载失败，请重试。']),
    );
  }, [open, needsUnits, request]);

  const send = async (values: ActionValues) => {
    if (sending) return;
    setSending(true);
    setAlert([]);
    try {
      await descriptor.send(request, record, sendableValues(descriptor.fields, values, timeZone));
      kept.clear();
      form.resetFields();
      onDone();
    } catch (error) {
      const problems = error instanceof ApiError ? error.problems : [];
      const { fields, general } = mapFieldProblems(
        problems,
        descriptor.fields.map((field) => [field.name]),
      );
      form.setFields(fields.map(({ name, errors }) => ({ name: [...name], errors })));
      const message = error instanceof ApiError ? error.message : '操作失败，请重试。';
      setAlert(fields.length > 0 ? general : [message]);
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText="确定"
      cancelText="取消"
      confirmLoading={sending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {alert.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={alert.join(' ')} />
      )}
      <Form<ActionValues>
        form={form}
        layout="vertical"
        disabled={sending}
        onFinish={(values) => void send(values)}
        onValuesChange={kept.keep}
        name={`action-${title}`}
      >
        {descriptor.fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={field.label}
            rules={field.required ? [{ required: true, message: `请填写${field.label}` }] : []}
            {...(field.kind === 'photos'
              ? { valuePropName: 'fileList', getValueFromEvent: uploadValue }
              : {})}
          >
            <FieldControl field={field} labels={labels} units={units} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
