/**
 * A text a client may read, in both languages the federation answers in: Chinese, which
 * every user reads by default, and English, for a client that asks for it with
 * `Accept-Language: en` (integrators, operators abroad). Code that makes a client-visible
 * message writes both, so no message can reach a client in one language only.
 */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type Language = keyof Bilingual;

/** The answering languages, the default first. */
export const LANGUAGES: readonly Language[] = ['zh', 'en'];

/** The same text in both languages: a code, an id or a number said alone. */
export const untranslated = (text: string): Bilingual => ({ zh: text, en: text });

/** Texts one after the other, each language with its own separator (Chinese needs no space). */
export function joinBilingual(
  parts: readonly Bilingual[],
  separator: Bilingual = { zh: '', en: ' ' },
): Bilingual {
  return {
    zh: parts.map((part) => part.zh).join(separator.zh),
    en: parts.map((part) => part.en).join(separator.en),
  };
}

/** `field: message` in English, `field：message` in Chinese, as a form shows it beside the field. */
export const aboutField = (field: string, message: Bilingual): Bilingual => ({
  zh: `${field}：${message.zh}`,
  en: `${field}: ${message.en}`,
});
