/**
 * Masking of personal data for readers outside the owning city, and for every sync
 * payload: enough left to recognise a record on the phone, not enough to identify
 * a person. Masking is idempotent, so a masked replica re-masks to itself.
 */

/** 张三 → 张*, 欧阳娜娜 → 欧***, Alice → A**** */
export function maskName(name: string | null): string | null {
  if (!name) return name;
  const characters = [...name];
  return (characters[0] ?? '') + '*'.repeat(Math.max(characters.length - 1, 1));
}

/** 13812345678 → 138****5678; landlines keep the area code and the last four digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  const head =
    digits.length === 11 && digits.startsWith('1')
      ? digits.slice(0, 3)
      : digits.slice(0, Math.min(4, digits.length - 4));
  return head + '*'.repeat(digits.length - head.length - 4) + digits.slice(-4);
}

/** 110101199003071234 → 110101********1234 (region kept, birth date hidden). */
export function maskIdNumber(idNumber: string | null): string | null {
  if (!idNumber) return idNumber;
  if (idNumber.length <= 10) return '*'.repeat(idNumber.length);
  return idNumber.slice(0, 6) + '*'.repeat(idNumber.length - 10) + idNumber.slice(-4);
}

/**
 * Addresses lose house-number precision: everything from the first digit on is
 * hidden (鼓楼区中山路123号4栋502 → 鼓楼区中山路***), so the street stays visible.
 */
export function maskAddress(address: string | null): string | null {
  if (!address) return address;
  const firstDigit = address.search(/[0-9０-９一二三四五六七八九十百]+[号弄栋幢单室层楼]/u);
  const cut = firstDigit >= 0 ? firstDigit : address.search(/[0-9０-９]/u);
  if (cut < 0) return address;
  return address.slice(0, cut) + '***';
}
