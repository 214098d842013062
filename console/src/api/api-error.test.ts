import { describe, expect, it } from 'vitest';
import { apiErrorOf } from './api-error';

describe('reading the API error a user is shown', () => {
  it('keeps the code, the Chinese message and every listed problem', () => {
    const error = apiErrorOf([
      {
        message: '输入有误：标题不能为空。',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'input.title',
          problems: [
            { field: 'input.title', message: '标题不能为空。' },
            { field: 'input.content', message: '内容不能为空。' },
          ],
        },
      },
    ]);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('输入有误：标题不能为空。');
    expect(error.problems).toEqual([
      { field: 'input.title', message: '标题不能为空。' },
      { field: 'input.content', message: '内容不能为空。' },
    ]);
  });

  it('takes a lone `field` as the one problem', () => {
    const error = apiErrorOf([
      {
        message: '分类编码不存在。',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.categoryCode' },
      },
    ]);
    expect(error.problems).toEqual([{ field: 'input.categoryCode', message: '分类编码不存在。' }]);
  });

  it('says something readable for an error without a message or code', () => {
    const error = apiErrorOf([{}]);
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toMatch(/请稍后重试/);
    expect(error.problems).toEqual([]);
  });
});
