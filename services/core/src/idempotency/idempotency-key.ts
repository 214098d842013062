import { badUserInput } from '@city-ops/kernel';

/** Where the key is in every create's input, as BAD_USER_INPUT and CONFLICT name it. */
export const IDEMPOTENCY_KEY_FIELD = 'input.idempotencyKey';

/**
 * 1–128 characters a client can put in a URL, a header or a log line unquoted; a
 * UUID fits, and is what the SDL recommends.
 */
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The key, or undefined when the request has none; a malformed one is BAD_USER_INPUT. */
export function checkIdempotencyKey(key: string | null | undefined): string | undefined {
  if (key === null || key === undefined) return undefined;
  if (!WELL_FORMED.test(key)) {
    throw badUserInput(IDEMPOTENCY_KEY_FIELD, {
      zh: '须为 1 至 128 个字母、数字或 . _ : -（UUID 是合适的键）；每个新请求发送一个新键，重试时发送同一个键。',
      en: 'must be 1 to 128 letters, digits or . _ : - (a UUID is a good key); send a new one for each new request and the same one when you retry it.',
    });
  }
  return key;
}
