import { childDivisions, isLeafCategory } from '@city-ops/schema';
import type { Types } from '@city-ops/schema';

/** A CreateTicketInput as the SDL takes it. */
export type TicketInput = Types.CreateTicketInput;

// Realistic sizes matter more than variety: row width drives insert and list cost.
const TEMPLATES: Pick<
  Types.CreateTicketInput,
  'categoryCode' | 'intakeClass' | 'title' | 'content'
>[] = [
  {
    categoryCode: '010101',
    intakeClass: 'COMPLAINT',
    title: '人行道占道经营',
    content: '早晚高峰时段有摊贩在人行道上摆摊，行人只能走机动车道，存在安全隐患，请相关部门处理。',
  },
  {
    categoryCode: '010202',
    intakeClass: 'REPORT',
    title: '路口井盖缺失',
    content: '路口东南角井盖缺失，电动车险些掉入，夜间照明不足更加危险，请尽快修复。',
  },
  {
    categoryCode: '010203',
    intakeClass: 'HELP_REQUEST',
    title: '路灯连续多日不亮',
    content: '小区北门外道路路灯已连续五天不亮，居民夜间出行不便，请安排维修。',
  },
  {
    categoryCode: '020101',
    intakeClass: 'COMPLAINT',
    title: '夜间施工噪声扰民',
    content: '工地每天晚上十一点后仍在施工，噪声很大，影响周边居民休息，请核查夜间施工许可。',
  },
];

const CHANNELS: Types.TicketChannel[] = ['PHONE', 'WEB', 'APP', 'WECHAT'];

/** The i-th ticket of a city: rotates through its counties, categories and channels. */
export function ticketInput(city: string, index: number): TicketInput {
  const templates = TEMPLATES.filter((template) => isLeafCategory(template.categoryCode));
  const template = templates[index % templates.length];
  if (!template) throw new Error('none of the bench ticket categories is a leaf category any more');
  const counties = childDivisions(city).map((entry) => entry.code);
  const division = counties.length > 0 ? (counties[index % counties.length] ?? city) : city;
  return {
    division,
    channel: CHANNELS[index % CHANNELS.length] ?? 'PHONE',
    intakeClass: template.intakeClass,
    categoryCode: template.categoryCode,
    title: template.title,
    content: template.content,
    caller: { name: '李四', phone: `139${String(index % 1e8).padStart(8, '0')}` },
    location: { address: `${index % 300}号` },
  };
}
