/**
 * The GB/T 2260 division registry of the divisions this federation serves, and the
 * containment rule of docs/DOMAIN.md "Division codes" — implemented here once, used by every node and
 * the gateway.
 */

export type DivisionLevel = 'NATIONAL' | 'PROVINCE' | 'CITY' | 'COUNTY';

export interface DivisionEntry {
  code: string;
  name: string;
}

export const NATIONAL_CODE = '000000';

/** Provinces that are also cities (直辖市): the province node is the city node. */
const MUNICIPALITY_PREFIXES = new Set(['11', '12', '31', '50']);

const entries: readonly DivisionEntry[] = [
  { code: '000000', name: '全国' },
  { code: '110000', name: '北京市' },
  { code: '110101', name: '东城区' },
  { code: '110102', name: '西城区' },
  { code: '110105', name: '朝阳区' },
  { code: '320000', name: '江苏省' },
  { code: '320100', name: '南京市' },
  { code: '320102', name: '玄武区' },
  { code: '320104', name: '秦淮区' },
  { code: '320105', name: '建邺区' },
  { code: '320106', name: '鼓楼区' },
  { code: '320111', name: '浦口区' },
  { code: '320113', name: '栖霞区' },
  { code: '320114', name: '雨花台区' },
  { code: '320115', name: '江宁区' },
  { code: '320116', name: '六合区' },
  { code: '320117', name: '溧水区' },
  { code: '320118', name: '高淳区' },
  { code: '320200', name: '无锡市' },
  { code: '320205', name: '锡山区' },
  { code: '320206', name: '惠山区' },
  { code: '320211', name: '滨湖区' },
  { code: '320213', name: '梁溪区' },
  { code: '320214', name: '新吴区' },
  { code: '320281', name: '江阴市' },
  { code: '320282', name: '宜兴市' },
  { code: '320300', name: '徐州市' },
  { code: '320302', name: '鼓楼区' },
  { code: '320303', name: '云龙区' },
  { code: '320311', name: '泉山区' },
  { code: '320400', name: '常州市' },
  { code: '320402', name: '天宁区' },
  { code: '320404', name: '钟楼区' },
  { code: '320411', name: '新北区' },
  { code: '320500', name: '苏州市' },
  { code: '320505', name: '虎丘区' },
  { code: '320506', name: '吴中区' },
  { code: '320508', name: '姑苏区' },
  { code: '320600', name: '南通市' },
  { code: '320612', name: '通州区' },
  { code: '320613', name: '崇川区' },
  { code: '320700', name: '连云港市' },
  { code: '320703', name: '连云区' },
  { code: '320707', name: '赣榆区' },
  { code: '320800', name: '淮安市' },
  { code: '320803', name: '淮安区' },
  { code: '320812', name: '清江浦区' },
  { code: '330000', name: '浙江省' },
  { code: '330100', name: '杭州市' },
  { code: '330102', name: '上城区' },
  { code: '330105', name: '拱墅区' },
  { code: '330106', name: '西湖区' },
  { code: '330108', name: '滨江区' },
  { code: '330109', name: '萧山区' },
  { code: '330110', name: '余杭区' },
  { code: '330111', name: '富阳区' },
  { code: '330112', name: '临安区' },
  { code: '330113', name: '临平区' },
  { code: '330114', name: '钱塘区' },
  { code: '330122', name: '桐庐县' },
  { code: '330127', name: '淳安县' },
  { code: '330182', name: '建德市' },
  { code: '330200', name: '宁波市' },
  { code: '330203', name: '海曙区' },
  { code: '330205', name: '江北区' },
  { code: '330206', name: '北仑区' },
  { code: '330211', name: '镇海区' },
  { code: '330212', name: '鄞州区' },
  { code: '330213', name: '奉化区' },
  { code: '330225', name: '象山县' },
  { code: '330226', name: '宁海县' },
  { code: '330281', name: '余姚市' },
  { code: '330282', name: '慈溪市' },
];

const byCode = new Map(entries.map((entry) => [entry.code, entry]));

const CODE_PATTERN = /^\d{6}$/;

/** Six digits; says nothing about whether the division exists. */
export function isWellFormedDivisionCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

export function findDivision(code: string): DivisionEntry | undefined {
  return byCode.get(code);
}

export function isKnownDivision(code: string): boolean {
  return byCode.has(code);
}

export function divisionLevel(code: string): DivisionLevel {
  if (code === NATIONAL_CODE) return 'NATIONAL';
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

function isMunicipality(code: string): boolean {
  return MUNICIPALITY_PREFIXES.has(code.slice(0, 2));
}

/**
 * docs/DOMAIN.md "Division codes": `code` is inside `scope` when the scope is national, or a province
 * whose two-digit prefix it shares, or a city whose four-digit prefix it shares.
 * A county scope contains only itself.
 */
export function divisionContains(scope: string, code: string): boolean {
  switch (divisionLevel(scope)) {
    case 'NATIONAL':
      return true;
    case 'PROVINCE':
      return code.startsWith(scope.slice(0, 2));
    case 'CITY':
      return code.startsWith(scope.slice(0, 4));
    case 'COUNTY':
      return code === scope;
  }
}

/**
 * The division of the city node that owns records of `code`: the prefecture-level
 * city (PPCC00), or the province itself for a municipality. Undefined for national
 * and (non-municipal) province codes, which no city owns.
 */
export function owningCityOf(code: string): string | undefined {
  const level = divisionLevel(code);
  if (level === 'NATIONAL') return undefined;
  if (isMunicipality(code)) return code.slice(0, 2) + '0000';
  if (level === 'PROVINCE') return undefined;
  return code.slice(0, 4) + '00';
}

/** The province containing `code` (itself for a province), undefined for national. */
export function provinceOf(code: string): string | undefined {
  return code === NATIONAL_CODE ? undefined : code.slice(0, 2) + '0000';
}

/** The registry parent: county → city (or municipality), city → province, province → national. */
export function parentDivision(code: string): string | undefined {
  switch (divisionLevel(code)) {
    case 'NATIONAL':
      return undefined;
    case 'PROVINCE':
      return NATIONAL_CODE;
    case 'CITY':
      return provinceOf(code);
    case 'COUNTY': {
      const city = code.slice(0, 4) + '00';
      return byCode.has(city) ? city : provinceOf(code);
    }
  }
}

/** Registered divisions whose parent is `code`, in code order. */
export function childDivisions(code: string): DivisionEntry[] {
  return entries.filter((entry) => entry.code !== code && parentDivision(entry.code) === code);
}

/** The narrower of two scopes when one contains the other; undefined when they are disjoint. */
export function narrowerScope(a: string, b: string): string | undefined {
  if (divisionContains(a, b)) return b;
  if (divisionContains(b, a)) return a;
  return undefined;
}
