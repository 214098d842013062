import { childDivisions } from '@city-ops/schema';
import type { CreateTicketInput } from '@city-ops/core';

/**
 * Realistic 12345 requests for the demo: what citizens of a Chinese city actually
 * call about, spread over the city's districts, channels and classes. Deterministic
 * (a seeded generator), so every fresh demo shows the same data.
 */
const requests: Pick<CreateTicketInput, 'categoryCode' | 'intakeClass' | 'title' | 'content'>[] = [
  {
    categoryCode: '010101',
    intakeClass: 'COMPLAINT',
    title: '人行道占道经营',
    content:
      '早晚高峰有流动摊贩在人行道上摆摊卖早点，行人只能走机动车道，存在安全隐患，请尽快处理。',
  },
  {
    categoryCode: '010103',
    intakeClass: 'COMPLAINT',
    title: '小区门口垃圾堆积未清运',
    content: '小区东门外垃圾桶已满溢两天，气味很大，招来蚊蝇，希望环卫部门尽快清运。',
  },
  {
    categoryCode: '010202',
    intakeClass: 'HELP_REQUEST',
    title: '路口井盖缺失',
    content: '十字路口东南角窨井盖缺失，已有电动车差点掉进去，请立即派人设置警示并补装井盖。',
  },
  {
    categoryCode: '010203',
    intakeClass: 'HELP_REQUEST',
    title: '路灯连续多日不亮',
    content: '沿河步道一段约二百米的路灯已连续一周不亮，夜间散步的老人较多，非常不安全。',
  },
  {
    categoryCode: '010204',
    intakeClass: 'HELP_REQUEST',
    title: '雨后道路积水严重',
    content: '每次下雨后该路段积水没过脚踝，排水口可能被落叶堵塞，请疏通排水设施。',
  },
  {
    categoryCode: '010401',
    intakeClass: 'REPORT',
    title: '楼顶违章搭建',
    content: '顶楼住户在屋面私自搭建彩钢房，施工噪声大并存在渗漏风险，请城管部门查处。',
  },
  {
    categoryCode: '020101',
    intakeClass: 'COMPLAINT',
    title: '夜间施工噪声扰民',
    content:
      '工地连续多晚施工到凌晨一点，打桩声音很大，影响周边居民休息，请核查是否办理夜间施工许可。',
  },
  {
    categoryCode: '020201',
    intakeClass: 'COMPLAINT',
    title: '餐馆油烟直排扰民',
    content: '楼下新开的烧烤店油烟未经净化直接排放，居民家里无法开窗，请环保部门检查。',
  },
  {
    categoryCode: '030202',
    intakeClass: 'SUGGESTION',
    title: '学校门口接送车辆违停',
    content: '放学时段校门口车辆乱停，造成道路拥堵，建议增设临时停车区域并安排交警疏导。',
  },
  {
    categoryCode: '030101',
    intakeClass: 'CONSULTATION',
    title: '公交线路调整咨询',
    content: '听说附近公交线路下月调整，想了解新的站点设置和首末班时间。',
  },
  {
    categoryCode: '040102',
    intakeClass: 'HELP_REQUEST',
    title: '住宅电梯频繁故障',
    content: '小区3栋电梯一个月内停运四次，物业维修不及时，楼里有多位行动不便的老人。',
  },
  {
    categoryCode: '040201',
    intakeClass: 'HELP_REQUEST',
    title: '突然停水无通知',
    content: '今天上午起整栋楼停水，没有看到任何停水通知，请问何时恢复供水。',
  },
  {
    categoryCode: '050101',
    intakeClass: 'COMPLAINT',
    title: '装修公司拖欠工资',
    content: '在装修公司做工三个月，老板以各种理由拖欠工资一万二千元，请劳动监察部门帮助追讨。',
  },
  {
    categoryCode: '060101',
    intakeClass: 'CONSULTATION',
    title: '新生儿落户办理咨询',
    content: '想咨询新生儿落户需要准备哪些材料，是否可以网上办理。',
  },
  {
    categoryCode: '060201',
    intakeClass: 'PRAISE',
    title: '表扬环卫工人拾金不昧',
    content: '环卫工人在清扫时捡到我丢失的钱包并主动联系归还，特此表扬。',
  },
];

const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
];
const givenNames = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
];
const roads = ['中山路', '建设路', '解放路', '人民路', '和平路', '文化路', '长江路', '新华路'];
const channels: CreateTicketInput['channel'][] = [
  'PHONE',
  'PHONE',
  'PHONE',
  'WECHAT',
  'APP',
  'WEB',
  'SMS',
];

/** A small deterministic generator (mulberry32), so the demo data is the same on every machine. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function demoTickets(city: string, count: number): CreateTicketInput[] {
  const random = generator(Number(city));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const districts = childDivisions(city).map((entry) => entry.code);
  return Array.from({ length: count }, () => {
    const request = pick(requests);
    const confidential = random() < 0.1;
    return {
      division: districts.length > 0 ? pick(districts) : city,
      channel: pick(channels),
      intakeClass: request.intakeClass,
      categoryCode: request.categoryCode,
      title: request.title,
      content: request.content,
      caller: {
        name: pick(surnames) + pick(givenNames) + (random() < 0.5 ? pick(givenNames) : ''),
        phone: `1${pick(['38', '39', '50', '58', '86', '89'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
        confidential,
      },
      location: {
        address: `${pick(roads)}${1 + Math.floor(random() * 300)}号`,
      },
      urgency: random() < 0.08 ? 'URGENT' : 'NORMAL',
    };
  });
}
