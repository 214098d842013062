import { describe, expect, it } from 'vitest';
import { mapFieldProblems } from './field-errors';
import { INTAKE_FORM_FIELDS } from '../intake/intake-form-values';

describe('mapping API field problems onto the intake form', () => {
  it('puts each problem beside the field its path names, below `input`', () => {
    const mapped = mapFieldProblems(
      [
        { field: 'input.title', message: '标题不能为空。' },
        { field: 'input.caller.phone', message: '电话号码格式不正确。' },
        { field: 'input.location.address', message: '地址不能超过 200 个字符。' },
      ],
      INTAKE_FORM_FIELDS,
    );
    expect(mapped).toEqual({
      fields: [
        { name: ['title'], errors: ['标题不能为空。'] },
        { name: ['caller', 'phone'], errors: ['电话号码格式不正确。'] },
        { name: ['location', 'address'], errors: ['地址不能超过 200 个字符。'] },
      ],
      general: [],
    });
  });

  it('puts a categoryCode problem beside the category cascader', () => {
    const mapped = mapFieldProblems(
      [{ field: 'input.categoryCode', message: '分类编码须为三级分类。' }],
      INTAKE_FORM_FIELDS,
    );
    expect(mapped.fields).toEqual([{ name: ['category'], errors: ['分类编码须为三级分类。'] }]);
  });

  it('keeps every message of a field named twice', () => {
    const mapped = mapFieldProblems(
      [
        { field: 'input.content', message: '内容不能为空。' },
        { field: 'input.content', message: '内容含有不可见字符。' },
      ],
      INTAKE_FORM_FIELDS,
    );
    expect(mapped.fields).toEqual([
      { name: ['content'], errors: ['内容不能为空。', '内容含有不可见字符。'] },
    ]);
  });

  it('loses nothing: a field the form does not show goes to the alert', () => {
    const mapped = mapFieldProblems(
      [
        { field: 'input.idempotencyKey', message: '幂等键格式不正确。' },
        { field: 'input.location.longitude', message: '经度超出范围。' },
        { field: 'title', message: '没有 input 前缀的标题问题。' },
      ],
      INTAKE_FORM_FIELDS,
    );
    expect(mapped.general).toEqual(['幂等键格式不正确。', '经度超出范围。']);
    // A path without the root is still a path into the form's fields.
    expect(mapped.fields).toEqual([{ name: ['title'], errors: ['没有 input 前缀的标题问题。'] }]);
  });
});
