import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICERS, PERSON_ID } from '../support/enforcement.js';
import { startFederation } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';

/**
 * A record number names one record of one kind: each kind numbers in its own series
 * (a ticket `<city><yyyymmdd><sequence>`, a case `<city>AJ…`, an enforcement record
 * `<city>ZF…`), so the three kinds' sequences, each starting at 1 in a new city, never
 * give two records of one city the same number.
 */
describe('record numbers', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startFederation({ cities: ['320100', '320200'] });
  });

  afterAll(async () => {
    await federation?.close();
  });

  async function create(user: string, mutation: string, input: Record<string, unknown>) {
    const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const answer = await federation.query<Record<string, { number: string }>>(
      federation.token(user),
      `mutation ($input: ${type}!) { ${mutation}(input: $input) { number } }`,
      { input },
    );
    expect(answer.errors, `${mutation}: ${JSON.stringify(answer.errors)}`).toBeUndefined();
    return answer.data![mutation]!.number;
  }

  const ticket = (city: string) =>
    create(`agent.${city}`, 'createTicket', {
      division: `${city.slice(0, 4)}06`,
      channel: 'PHONE',
      intakeClass: 'COMPLAINT',
      categoryCode: '010101',
      title: '占道经营',
      content: '流动摊贩占用人行道。',
      caller: { name: '张三', phone: '13812345678' },
    });
  const report = (city: string) =>
    create(`dispatcher.${city}`, 'reportCase', {
      division: `${city.slice(0, 4)}06`,
      source: 'PUBLIC',
      type: 'EVENT',
      majorClass: 'CITY_APPEARANCE',
      minorCode: '0101',
      description: '人行道暴露垃圾',
    });
  const file = (city: string) =>
    create(`officer.${city}`, 'fileEnforcementCase', {
      division: `${city.slice(0, 4)}06`,
      source: 'PATROL',
      violatedArticle: '《江苏省城市市容和环境卫生管理条例》第二十四条',
      penaltyArticle: '《江苏省城市市容和环境卫生管理条例》第四十七条',
      party: { kind: 'PERSON', name: '李四', idNumber: PERSON_ID },
      officers: OFFICERS,
      procedure: 'SUMMARY',
    });

  it('never gives two records of one city the same number, whatever their kinds', async () => {
    const numbers: Record<string, string[]> = { ticket: [], case: [], enforcement: [] };
    // Interleaved, so each kind's sequence runs alongside the others from 1.
    for (let round = 0; round < 3; round += 1) {
      numbers['ticket']!.push(await ticket('320100'));
      numbers['case']!.push(await report('320100'));
      numbers['enforcement']!.push(await file('320100'));
    }
    const all = Object.values(numbers).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const number of numbers['ticket']!) expect(number).toMatch(/^320100\d{8}\d{6}$/);
    for (const number of numbers['case']!) expect(number).toMatch(/^320100AJ\d{8}\d{6}$/);
    for (const number of numbers['enforcement']!) expect(number).toMatch(/^320100ZF\d{8}\d{6}$/);
    // Each series counts on its own: the same sequence value, told apart by the kind.
    const sequenceOf = (number: string) => number.slice(-6);
    expect(numbers['ticket']!.map(sequenceOf)).toEqual(numbers['case']!.map(sequenceOf));
  });

  it('starts each city on its own prefix', async () => {
    const [nanjing, wuxi] = [await ticket('320100'), await ticket('320200')];
    expect(nanjing.slice(0, 6)).toBe('320100');
    expect(wuxi.slice(0, 6)).toBe('320200');
    expect(nanjing).not.toBe(wuxi);
  });
});
