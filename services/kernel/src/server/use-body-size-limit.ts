import { createGraphQLError } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import { withChinese } from '../language/error-language.js';

/** yoga's own default. */
export const MAX_REQUEST_BODY_BYTES = 25_000_000;

/** yoga's own refusal of a body over the limit, kept word for word in English. */
export const requestBodyTooLarge = () =>
  withChinese(
    createGraphQLError('Request body too large', {
      extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' },
    }),
    { message: `请求体过大（上限 ${MAX_REQUEST_BODY_BYTES / 1_000_000} MB）。` },
  );

const badLength = () =>
  withChinese(
    createGraphQLError('Content-Length header is invalid.', {
      extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
    }),
    { message: 'Content-Length 请求头无效。' },
  );

async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw requestBodyTooLarge();
    chunks.push(chunk);
  }
  return new Blob(chunks as BlobPart[]);
}

/**
 * yoga's request body limit (its `maxRequestBodySize`, turned off where this is used),
 * without its cost on every request: yoga pipes every body through a TransformStream
 * to count bytes, and the stream pipeline's AbortController, a new Request and a
 * DOMException per request were ~6% of a node's CPU. Node's HTTP parser never hands
 * a request more body than its Content-Length, so a valid Content-Length under the
 * limit needs no counting; only a body without one (chunked) is read here, counted.
 */
export function useBodySizeLimit(limit = MAX_REQUEST_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length !== null) {
        // One non-negative integer only (a list of values is a request-smuggling attempt).
        if (!/^\d+$/.test(length)) throw badLength();
        if (Number(length) > limit) throw requestBodyTooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (chunked) => {
        const body = chunked.body ? await readAtMost(chunked.body, limit) : null;
        return parse(
          new fetchAPI.Request(chunked.url, {
            method: chunked.method,
            headers: chunked.headers,
            signal: chunked.signal,
            body,
          }),
        );
      });
    },
  };
}
