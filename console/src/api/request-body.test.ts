import { describe, expect, it } from 'vitest';
import { requestBodyOf } from './request-body';

const ATTACH =
  'mutation ($recordId: ID!, $file: File!) { attachToRecord(recordId: $recordId, file: $file) { id } }';

describe('requestBodyOf', () => {
  it('sends an operation without files as JSON', () => {
    const { body, contentType } = requestBodyOf('{ me { username } }', { first: 1 });
    expect(contentType).toBe('application/json');
    expect(JSON.parse(body as string)).toEqual({
      query: '{ me { username } }',
      variables: { first: 1 },
    });
  });

  it('sends a file as a GraphQL multipart request: operations with null in its place, a map, the file', async () => {
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], '现场.jpg', { type: 'image/jpeg' });
    const { body, contentType } = requestBodyOf(ATTACH, { recordId: 't-1', file });
    // The browser writes the multipart content type with its boundary.
    expect(contentType).toBeUndefined();
    const form = body as FormData;
    expect(JSON.parse(form.get('operations') as string)).toEqual({
      query: ATTACH,
      variables: { recordId: 't-1', file: null },
    });
    expect(JSON.parse(form.get('map') as string)).toEqual({ 0: ['variables.file'] });
    const part = form.get('0') as File;
    expect(part.name).toBe('现场.jpg');
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
  });
});
