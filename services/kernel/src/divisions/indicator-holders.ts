import {
  divisionContains,
  divisionLevel,
  isKnownDivision,
  isWellFormedDivisionCode,
  NATIONAL_CODE,
  owningCityOf,
  provinceOf,
} from '@city-ops/schema';
import { divisionLabel } from './division-ref.js';
import type { TierName } from '../environment.js';
import type { Bilingual } from '../language/bilingual.js';

/**
 * Which node holds the data behind an indicator or a drill-down: division rules
 * alone, so the gateway routes by them and every node refuses by them alike.
 */

/** A report of one division, or a ranking of its child divisions. */
export type IndicatorQuery = 'report' | 'ranking';

/** A node, by tier and division. */
export interface IndicatorHolder {
  tier: TierName;
  division: string;
}

/**
 * The nodes that hold the data of `division`'s indicators, narrowest first: a city
 * node its own records; a province node its cities' rollups; the ministry every
 * rollup. A ranking needs the rollups of every child division, so only a province
 * node (its own cities) and the ministry rank. Empty for what has no indicators (a
 * county; a ranking of a city's districts).
 */
export function indicatorHolders(division: string, query: IndicatorQuery): IndicatorHolder[] {
  const ministry: IndicatorHolder = { tier: 'ministry', division: NATIONAL_CODE };
  if (division === NATIONAL_CODE) return [ministry];
  const city = owningCityOf(division);
  const level = divisionLevel(division);
  if (level === 'PROVINCE') {
    // A municipality is a province whose node is a city node, with no cities to rank.
    if (city === division) return query === 'report' ? [{ tier: 'city', division }, ministry] : [];
    return [{ tier: 'province', division }, ministry];
  }
  if (level === 'CITY' && query === 'report') {
    return [
      { tier: 'city', division },
      { tier: 'province', division: provinceOf(division)! },
      ministry,
    ];
  }
  return [];
}

/** What is wrong with `division` as the division of an indicator request, if anything. */
export function indicatorDivisionProblem(
  division: string,
  query: IndicatorQuery,
): Bilingual | undefined {
  if (!isWellFormedDivisionCode(division) || !isKnownDivision(division)) {
    return unknownDivision(division);
  }
  if (indicatorHolders(division, query).length > 0) return undefined;
  const city = divisionLabel(owningCityOf(division) ?? division);
  return query === 'ranking'
    ? {
        zh: `${divisionLabel(division)} 没有带指标的下级行政区划：请对一个省的各市排名，或对各省（${NATIONAL_CODE}）排名。`,
        en: `${divisionLabel(division)} has no child divisions with indicators: rank the cities of a province, or the provinces (${NATIONAL_CODE}).`,
      }
    : {
        zh: `${divisionLabel(division)} 是区县：指标按市、省和全国统计；请查询其所属的市 ${city}。`,
        en: `${divisionLabel(division)} is a district or county: indicators are kept per city, province and the nation; ask for its city ${city}.`,
      };
}

const unknownDivision = (division: string): Bilingual => ({
  zh: `"${division}" 不是已知的 GB/T 2260 行政区划代码。`,
  en: `"${division}" is not a known GB/T 2260 division code.`,
});

/**
 * The nodes holding the records of `division`, narrowest first: a city's own node
 * and its province (masked replicas); a province's node (every city's replicas); a
 * municipality's city node. The ministry holds only flagged records, so a national
 * cell and a district have no holder (the request is refused as bad input).
 */
export function indicatorRecordHolders(division: string): IndicatorHolder[] {
  if (!isWellFormedDivisionCode(division) || division === NATIONAL_CODE) return [];
  const city = owningCityOf(division);
  switch (divisionLevel(division)) {
    case 'PROVINCE':
      return city === division ? [{ tier: 'city', division }] : [{ tier: 'province', division }];
    case 'CITY':
      return city === division
        ? [
            { tier: 'city', division },
            { tier: 'province', division: provinceOf(division)! },
          ]
        : [];
    default:
      return [];
  }
}

/** What is wrong with `division` as the division of a drill-down, if anything. */
export function recordDivisionProblem(division: string): Bilingual | undefined {
  if (!isWellFormedDivisionCode(division) || !isKnownDivision(division)) {
    return unknownDivision(division);
  }
  if (division === NATIONAL_CODE) {
    return {
      zh: '全国一格背后的记录由各省保存，部级不保存：请下钻到某个省或市（全国数为各省之和）。',
      en: `the records behind a national cell are held by each province, not by the ministry: drill down into a province or a city (the national cell is the sum of the provinces').`,
    };
  }
  if (indicatorRecordHolders(division).length > 0) return undefined;
  const city = divisionLabel(owningCityOf(division) ?? division);
  return {
    zh: `${divisionLabel(division)} 是区县：指标按市和省统计；请下钻到其所属的市 ${city}。`,
    en: `${divisionLabel(division)} is a district or county: indicators are kept per city and province; drill down into its city ${city}.`,
  };
}

/**
 * The holders in the order to ask them for a caller in `callerDivision`: first those
 * at or above the caller, narrowest first (a city user's own city, then its
 * province's replicas), then the others nearest the caller first (a provincial
 * supervisor's or a ministry analyst's drill-down into 南京 goes to 江苏's replicas,
 * and to 南京 itself when 江苏 does not answer).
 */
export function indicatorRecordNodesFor(
  callerDivision: string,
  division: string,
): IndicatorHolder[] {
  const holders = indicatorRecordHolders(division);
  const above = holders.filter((holder) => divisionContains(holder.division, callerDivision));
  const below = holders.filter((holder) => !divisionContains(holder.division, callerDivision));
  return [...above, ...below.reverse()];
}

/**
 * The holder a caller in `callerDivision` named with `at` for a report of `division`,
 * or what is wrong with it: it must hold `division`'s indicators and sit at or above the
 * caller (a provincial supervisor may ask the ministry for the ministry's numbers of
 * their province, to check that both tiers agree; no caller reads at a tier below their
 * own, as the default route never does either). Checked alike at the gateway and the node.
 */
export function chosenIndicatorHolder(
  division: string,
  at: string,
  callerDivision: string,
): { holder: IndicatorHolder } | { problem: Bilingual } {
  const holders = indicatorHolders(division, 'report').filter((holder) =>
    divisionContains(holder.division, callerDivision),
  );
  const holder = holders.find((candidate) => candidate.division === at);
  if (holder) return { holder };
  const allowed = holders.map((candidate) => candidate.division).join(', ');
  return {
    problem: {
      zh: `${divisionLabel(at)} 不是可为您计算 ${divisionLabel(division)} 指标的节点：可选 ${allowed}（保存其指标、且在您的辖区 ${divisionLabel(callerDivision)} 之上或即其本身的节点）；不填则由最近的节点计算。`,
      en: `${divisionLabel(at)} is not a node that may compute the indicators of ${divisionLabel(division)} for you: choose one of ${allowed} (the nodes holding them at or above your division ${divisionLabel(callerDivision)}), or leave \`at\` out for the nearest.`,
    },
  };
}
