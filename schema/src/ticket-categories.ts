/**
 * The three-level 12345 category tree (e.g. 城市管理 → 市容环境 → 占道经营). Codes are
 * two digits per level, so a code's prefix names its ancestors. Cities extend the
 * tree by adding codes; existing codes are never reused.
 */

export interface CategoryEntry {
  code: string;
  name: string;
}

const tree: Record<string, [string, Record<string, [string, Record<string, string>]>]> = {
  '01': [
    '城市管理',
    {
      '0101': [
        '市容环境',
        {
          '010101': '占道经营',
          '010102': '乱堆乱放',
          '010103': '暴露垃圾',
          '010104': '违规户外广告',
        },
      ],
      '0102': [
        '市政设施',
        { '010201': '道路破损', '010202': '井盖缺失', '010203': '路灯不亮', '010204': '排水不畅' },
      ],
      '0103': ['园林绿化', { '010301': '树木倒伏', '010302': '绿地损毁' }],
      '0104': ['违法建设', { '010401': '违章搭建', '010402': '无证施工' }],
    },
  ],
  '02': [
    '生态环境',
    {
      '0201': ['噪声污染', { '020101': '施工噪声', '020102': '社会生活噪声' }],
      '0202': ['大气污染', { '020201': '油烟扰民', '020202': '扬尘' }],
    },
  ],
  '03': [
    '交通运输',
    {
      '0301': ['公共交通', { '030101': '公交服务', '030102': '出租车服务' }],
      '0302': ['道路交通', { '030201': '交通设施损坏', '030202': '违规停车' }],
    },
  ],
  '04': [
    '住房保障',
    {
      '0401': ['物业管理', { '040101': '物业服务', '040102': '电梯故障' }],
      '0402': ['供水供气', { '040201': '停水', '040202': '燃气安全' }],
    },
  ],
  '05': [
    '劳动保障',
    {
      '0501': ['劳动关系', { '050101': '拖欠工资', '050102': '劳动合同' }],
    },
  ],
  '06': [
    '政务服务',
    {
      '0601': ['咨询', { '060101': '政策咨询', '060102': '办事指南' }],
      '0602': ['表扬建议', { '060201': '表扬', '060202': '意见建议' }],
    },
  ],
};

const byCode = new Map<string, CategoryEntry>();
for (const [code1, [name1, level2]] of Object.entries(tree)) {
  byCode.set(code1, { code: code1, name: name1 });
  for (const [code2, [name2, level3]] of Object.entries(level2)) {
    byCode.set(code2, { code: code2, name: name2 });
    for (const [code3, name3] of Object.entries(level3))
      byCode.set(code3, { code: code3, name: name3 });
  }
}

export function findCategory(code: string): CategoryEntry | undefined {
  return byCode.get(code);
}

/** A level-3 code is the only kind a ticket may be filed under. */
export function isLeafCategory(code: string): boolean {
  return code.length === 6 && byCode.has(code);
}

/** Level 1 to the code itself, e.g. 010101 → [01 城市管理, 0101 市容环境, 010101 占道经营]. */
export function categoryPath(code: string): CategoryEntry[] {
  const path: CategoryEntry[] = [];
  for (let length = 2; length <= code.length; length += 2) {
    const entry = byCode.get(code.slice(0, length));
    if (entry) path.push(entry);
  }
  return path;
}

/** Level-1 categories, or the direct children of `parent`. */
export function childCategories(parent?: string): CategoryEntry[] {
  const length = parent ? parent.length + 2 : 2;
  return [...byCode.values()].filter(
    (entry) => entry.code.length === length && (!parent || entry.code.startsWith(parent)),
  );
}
