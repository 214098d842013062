import { describe, expect, it } from 'vitest';
import { maskAddress, maskIdNumber, maskName, maskPhone } from './masking.js';

describe('maskName', () => {
  it('keeps the surname character and stars the rest, one star per character', () => {
    expect(maskName('张三')).toBe('张*');
    // Compound surname: only the first character survives, so 欧阳 is not fully revealed.
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('Alice')).toBe('A****');
  });

  it('still hides something for a one-character name', () => {
    expect(maskName('张')).toBe('张*');
  });

  it('counts code points, so a name outside the BMP is not split inside a surrogate pair', () => {
    // 𠮷 is one character but two UTF-16 units; slicing by units would leave a lone surrogate.
    expect(maskName('𠮷野家')).toBe('𠮷**');
  });

  it('leaves null and the empty string as they are (nothing to hide)', () => {
    expect(maskName(null)).toBeNull();
    expect(maskName('')).toBe('');
  });
});

describe('maskPhone', () => {
  it('keeps the 3-digit carrier prefix and the last four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('keeps the area code and the last four digits of a landline, hiding the rest', () => {
    // 025 is Nanjing's (three-digit) area code; 8400 are local-number digits and must not show.
    const masked = maskPhone('025-84001234');
    expect(masked).not.toBeNull();
    expect(masked).toMatch(/^025/);
    expect(masked).toMatch(/1234$/);
    expect(masked?.replace(/\D/g, '')).toBe('0251234');
  });

  it('keeps a four-digit area code of a landline', () => {
    expect(maskPhone('0512-66001234')).toBe('0512****1234');
  });

  it('does not take an 11-digit landline (4-digit area code, 7-digit number) for a mobile', () => {
    // A mobile keeps only 3 leading digits; this landline keeps its whole area code 0951.
    expect(maskPhone('0951-5012345')).toBe('0951***2345');
  });

  it('stars a number too short to keep anything', () => {
    expect(maskPhone('1234')).toBe('****');
  });

  it('keeps only the last four digits of a number without an area code', () => {
    // A local number written without its area code: its first digits are not an area code
    // and would otherwise show all but one digit.
    expect(maskPhone('84001234')).toBe('****1234');
    // Nine digits starting with 1 are no mobile number either.
    expect(maskPhone('123456789')).toBe('*****6789');
    expect(maskPhone('12345')).toBe('*2345');
  });

  it('hides at least one digit of a short number, even behind an area code', () => {
    expect(maskPhone('025-1234')).toBe('02*1234');
  });

  it('leaves null as null', () => {
    expect(maskPhone(null)).toBeNull();
  });
});

describe('maskIdNumber', () => {
  it('keeps the region code and the last four characters, hiding the birth date', () => {
    expect(maskIdNumber('110101199003071234')).toBe('110101********1234');
    expect(maskIdNumber('11010119900307123X')).toBe('110101********123X');
  });

  it('stars a short value completely rather than revealing most of it', () => {
    expect(maskIdNumber('1234567890')).toBe('**********');
  });

  it('leaves null as null', () => {
    expect(maskIdNumber(null)).toBeNull();
  });
});

describe('maskAddress', () => {
  it('hides everything from the house number on, keeping district and street', () => {
    expect(maskAddress('鼓楼区中山路123号4栋502')).toBe('鼓楼区中山路***');
  });

  it('treats a house number written in Chinese numerals as a house number', () => {
    expect(maskAddress('玄武区北京东路四十一号')).toBe('玄武区北京东路***');
  });

  it('hides from the first digit even when the number-plus-suffix match comes later', () => {
    // 123-1号 is a common sub-number form: 123 is already the house number and must not leak.
    expect(maskAddress('鼓楼区中山路123-1号')).toBe('鼓楼区中山路***');
  });

  it('hides the whole address when it starts with its house number', () => {
    expect(maskAddress('1号楼2单元301室')).toBe('***');
    expect(maskAddress('三号楼二单元')).toBe('***');
  });

  it('does not take a Chinese numeral in a street name (三牌楼, 十字街) for a house number', () => {
    expect(maskAddress('鼓楼区三牌楼大街')).toBe('鼓楼区三牌楼大街');
    expect(maskAddress('秦淮区十字街')).toBe('秦淮区十字街');
  });

  it('does not take 楼 in a place name (鼓楼) for a floor number', () => {
    expect(maskAddress('鼓楼区湖南路')).toBe('鼓楼区湖南路');
  });

  it('leaves an address without any number unchanged, and null as null', () => {
    expect(maskAddress('鼓楼区中山路')).toBe('鼓楼区中山路');
    expect(maskAddress(null)).toBeNull();
  });
});

describe('idempotence', () => {
  // A province receives already-masked replicas and masks them again on read: the
  // second pass must not change (or, worse, unmask or shorten) the value.
  const cases: { name: string; mask: (value: string | null) => string | null; raw: string }[] = [
    { name: 'maskName', mask: maskName, raw: '张三' },
    { name: 'maskName', mask: maskName, raw: '欧阳娜娜' },
    { name: 'maskName', mask: maskName, raw: '张' },
    { name: 'maskPhone', mask: maskPhone, raw: '13812345678' },
    { name: 'maskPhone', mask: maskPhone, raw: '025-84001234' },
    { name: 'maskPhone', mask: maskPhone, raw: '0512-66001234' },
    { name: 'maskIdNumber', mask: maskIdNumber, raw: '110101199003071234' },
    { name: 'maskIdNumber', mask: maskIdNumber, raw: '123456' },
    { name: 'maskAddress', mask: maskAddress, raw: '鼓楼区中山路123号4栋502' },
    { name: 'maskAddress', mask: maskAddress, raw: '玄武区北京东路四十一号' },
  ];

  it.each(cases)('$name of the masked $raw is the masked value itself', ({ mask, raw }) => {
    const once = mask(raw);
    expect(once).not.toBe(raw);
    expect(mask(once)).toBe(once);
  });
});
