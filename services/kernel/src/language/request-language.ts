import Negotiator from 'negotiator';
import { LANGUAGES } from './bilingual.js';
import type { Language } from './bilingual.js';

/**
 * The language a request is answered in, from its `Accept-Language` (RFC 9110 ranges with
 * q-values: `en`, `en-US`, `zh-CN,zh;q=0.9,en;q=0.8`): English only when the client prefers
 * it to Chinese; Chinese when the header is missing, names neither, or prefers Chinese.
 */
export function languageOf(acceptLanguage: string | null | undefined): Language {
  if (!acceptLanguage) return 'zh';
  const preferred = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([
    ...LANGUAGES,
  ]);
  return preferred === 'en' ? 'en' : 'zh';
}

/** `Content-Language` of an answer in `language`. */
export const CONTENT_LANGUAGE: Record<Language, string> = { zh: 'zh-CN', en: 'en' };
