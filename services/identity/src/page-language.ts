/** The language of the issuer's HTML pages: Chinese unless the browser prefers English. */
export type PageLanguage = 'zh' | 'en';

/**
 * Reads `Accept-Language` (RFC 9110 ranges with q-values) the way the nodes do: English only when
 * an `en` range outranks every `zh` range; Chinese when the header is missing or names neither.
 * The issuer stands alone (it must not share code with the token verifier), hence its own copy.
 */
export function pageLanguageOf(acceptLanguage: string | undefined): PageLanguage {
  if (!acceptLanguage) return 'zh';
  let en = 0;
  let zh = 0;
  for (const part of acceptLanguage.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (!Number.isFinite(weight)) continue;
    const primary = range.trim().split('-')[0];
    if (primary === 'en') en = Math.max(en, weight);
    if (primary === 'zh') zh = Math.max(zh, weight);
  }
  return en > zh ? 'en' : 'zh';
}
