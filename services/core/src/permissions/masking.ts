/**
 * Masking of personal data for readers outside the owning city, and for every sync
 * payload: enough left to recognise a record on the phone, not enough to identify
 * a person. Masking is idempotent, so a masked replica re-masks to itself.
 */

/** 张三 → 张*, 欧阳娜娜 → 欧***, Alice → A**** */
export function maskName(name: string | null): string | null {
  if (!name) return name;
  const characters = [...name];
  // Stryker disable next-line StringLiteral: unreachable: an empty name returned above, so characters[0] always exists (the fallback only satisfies noUncheckedIndexedAccess)
  const first = characters[0] ?? '';
  return first + '*'.repeat(Math.max(characters.length - 1, 1));
}

/**
 * 13812345678 → 138****5678; a landline keeps its area code (3 digits for 010 and
 * 02x, else 4) and its last four digits: 025-84001234 → 025****1234. A number without
 * the leading 0 of an area code keeps only its last four digits (84001234 → ****1234),
 * and at least one digit is always hidden. A value that already holds stars is already
 * masked and stays as it is.
 */
export function maskPhone(phone: string | null): string | null {
  if (!phone || phone.includes('*')) return phone;
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  const isMobile = digits.length === 11 && digits.startsWith('1');
  const areaCode = /^0[12]/.test(digits) ? 3 : digits.startsWith('0') ? 4 : 0;
  const head = Math.min(isMobile ? 3 : areaCode, digits.length - 5);
  return digits.slice(0, head) + '*'.repeat(digits.length - head - 4) + digits.slice(-4);
}

/** 110101199003071234 → 110101********1234 (region kept, birth date hidden). */
export function maskIdNumber(idNumber: string | null): string | null {
  if (!idNumber) return idNumber;
  if (idNumber.length <= 10) return '*'.repeat(idNumber.length);
  return idNumber.slice(0, 6) + '*'.repeat(idNumber.length - 10) + idNumber.slice(-4);
}

/**
 * Addresses lose house-number precision: everything from the first digit on is
 * hidden (鼓楼区中山路123号4栋502 → 鼓楼区中山路***), so the street stays visible. A
 * number in Chinese numerals counts when a house-number word follows it (四十一号);
 * 楼 alone is not one (鼓楼区 is a district, not a floor).
 */
export function maskAddress(address: string | null): string | null {
  if (!address) return address;
  const digit = address.search(/[0-9０-９]/u);
  const cut = digit >= 0 ? digit : address.search(/[一二三四五六七八九十百千]+[号弄栋幢室]/u);
  if (cut < 0) return address;
  return address.slice(0, cut) + '***';
}
