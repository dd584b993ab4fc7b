/**
 * The canonical record keys (shared/docs/record-keys.md): one registry that the record schema, the CSV columns,
 * the rule `keys` declarations and the docs are all derived from.
 */

/** How a key's value is typed and checked. */
export type KeyType =
  | 'count' // non-negative integer
  | 'signed' // integer that may be negative (本年增/减)
  | 'money' // non-negative decimal, unit given by the key
  | 'text'
  | 'date' // YYYY-MM-DD
  | 'year'
  | 'kind'
  | 'template';

/** One registered key. */
export interface KeyInfo {
  readonly key: string;
  readonly type: KeyType;
  /** Unit of the value as the record states it (counts are pieces, money is 元 or 万元). */
  readonly unit?: '元' | '万元';
  readonly description: string;
}

/** The six applicant columns of the 2019/2021 table 三, as key suffixes. */
export const APPLICANT_SUFFIXES = [
  'naturalPerson',
  'commercial',
  'research',
  'social',
  'legal',
  'otherOrg',
] as const;
export type ApplicantSuffix = (typeof APPLICANT_SUFFIXES)[number];

const meta: KeyInfo[] = [
  { key: 'meta.kind', type: 'kind', description: 'annual-report or other' },
  { key: 'meta.template', type: 'template', description: 'ogi-2008 | ogi-2019 | ogi-2021 (or a user format id)' },
  { key: 'meta.title', type: 'text', description: 'document title as written' },
  { key: 'meta.agency', type: 'text', description: 'issuing body as written' },
  { key: 'meta.year', type: 'year', description: 'the year the statistics cover' },
  { key: 'meta.publishedAt', type: 'date', description: 'publication date' },
  { key: 'meta.periodStart', type: 'date', description: 'statistics period start' },
  { key: 'meta.periodEnd', type: 'date', description: 'statistics period end' },
];

const c = (key: string, description: string): KeyInfo => ({ key, type: 'count', description });

const DENIED_REASONS = [
  ['stateSecret', '属于国家秘密'],
  ['lawProhibited', '其他法律行政法规禁止公开'],
  ['safetyStability', '危及“三安全一稳定”'],
  ['thirdParty', '保护第三方合法权益'],
  ['internalAffairs', '属于三类内部事务信息'],
  ['processInfo', '属于四类过程性信息'],
  ['enforcementFiles', '属于行政执法案卷'],
  ['queryMatters', '属于行政查询事项'],
] as const;
const UNABLE_REASONS = [
  ['notHeld', '本机关不掌握相关政府信息'],
  ['needsCreation', '没有现成信息需要另行制作'],
  ['unclear', '补正后申请内容仍不明确'],
] as const;
const NOT_PROCESSED_REASONS = [
  ['complaint', '信访举报投诉类申请'],
  ['repeated', '重复申请'],
  ['publication', '要求提供公开出版物'],
  ['massive', '无正当理由大量反复申请'],
  ['confirmation', '要求行政机关确认或重新出具已获取信息'],
] as const;
const OTHER_REASONS = [
  ['noCorrection', '逾期不补正'],
  ['unpaidFee', '逾期未缴纳费用'],
  ['otherReason', '其他'],
] as const;

/** Table 三 cells: these keys also exist with an applicant suffix (`key@naturalPerson`). */
const tableThreeRows: KeyInfo[] = [
  c('requests.received', '本年新收政府信息公开申请数量 (prose: 收到/受理…申请 N 件)'),
  c('requests.carriedOver', '上年结转政府信息公开申请数量'),
  c('dispositions.granted', '（一）予以公开; 2008: 同意公开'),
  c('dispositions.partiallyGranted', '（二）部分公开; 2008: 同意部分公开'),
  ...DENIED_REASONS.map(([k, d]) => c(`dispositions.denied.${k}`, `不予公开: ${d}`)),
  ...UNABLE_REASONS.map(([k, d]) => c(`dispositions.unableToProvide.${k}`, `无法提供: ${d}`)),
  ...NOT_PROCESSED_REASONS.map(([k, d]) => c(`dispositions.notProcessed.${k}`, `不予处理: ${d}`)),
  c('dispositions.other', '（六）其他处理 (a row in 2019, a group total in 2021)'),
  ...OTHER_REASONS.map(([k, d]) => c(`dispositions.other.${k}`, `其他处理 (2021): ${d}`)),
  c('dispositions.total', '（七）总计'),
  c('requests.carriedForward', '结转下年度继续办理'),
];

const requests: KeyInfo[] = [
  ...(['inPerson', 'fax', 'online', 'mail', 'email', 'other'] as const).map((ch) =>
    c(`requests.byChannel.${ch}`, `requests by channel: ${ch}`),
  ),
  c('requests.completed', '办结 / answered (申请办结数, 申请答复数)'),
  c('requests.completedOnTime', '按时办结数'),
  c('requests.extended', '延期办结数'),
  c('requests.processed', '处理…件(含上下年结转) stated as one total'),
];

const dispositions: KeyInfo[] = [
  c('dispositions.grantedOrPartial', '予以公开及部分公开 N 件, stated combined'),
  c('dispositions.alreadyPublic', '2008: 属于已主动公开范围'),
  c('dispositions.denied', '（三）不予公开 total; 2008: 不同意公开'),
  c('dispositions.unableToProvide', '（四）无法提供 total'),
  c('dispositions.notProcessed', '（五）不予处理 total'),
  c('dispositions.notThisAgency', '2008: 不属于本行政机关公开'),
  c('dispositions.notExist', '2008: 申请信息不存在'),
  c('dispositions.amendRequested', '2008: 告知作出更改补充'),
  c('dispositions.otherChannel', '2008: 告知通过其他途径办理'),
];

const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
const reviewAndLitigation: KeyInfo[] = [
  ...OUTCOMES.map((o) => c(`review.${o}`, `行政复议: ${o}`)),
  ...OUTCOMES.map((o) => c(`litigation.direct.${o}`, `未经复议直接起诉: ${o}`)),
  ...OUTCOMES.map((o) => c(`litigation.afterReview.${o}`, `复议后起诉: ${o}`)),
  c('litigation.total', 'all lawsuits as one number'),
  c('litigation.upheld', '2008: lawsuits upheld (均已胜诉 → total)'),
  c('litigation.corrected', '2008: lawsuits corrected'),
  c('litigation.other', '2008: lawsuits, other outcome'),
  c('complaints.total', '2008: 举报投诉数量'),
];

const signed = (key: string, description: string): KeyInfo => ({ key, type: 'signed', description });
const proactive: KeyInfo[] = [
  c('proactive.total', '主动公开政府信息 N 条'),
  ...(['rules', 'normativeDocs'] as const).flatMap((doc) => [
    c(`proactive.${doc}.issued`, '2021: 本年制发件数'),
    c(`proactive.${doc}.repealed`, '2021: 本年废止件数'),
    c(`proactive.${doc}.inForce`, '2021: 现行有效件数'),
    c(`proactive.${doc}.made`, '2019: 本年新制作数量'),
    c(`proactive.${doc}.published`, '2019: 本年新公开数量'),
    c(`proactive.${doc}.totalPublic`, '2019: 对外公开总数量'),
  ]),
  ...(['licensing', 'penalty', 'coercion'] as const).flatMap((item) => [
    c(`proactive.${item}.decisions`, '本年处理决定数量'),
    c(`proactive.${item}.previous`, '2019: 上一年项目数量'),
    signed(`proactive.${item}.change`, '2019: 本年增/减'),
  ]),
  c('proactive.otherServices.previous', '2019: 其他对外管理服务事项 上一年项目数量'),
  signed('proactive.otherServices.change', '2019: 其他对外管理服务事项 本年增/减'),
  c('proactive.otherServices.decisions', '2019: 其他对外管理服务事项 处理决定数量'),
  { key: 'proactive.fees.amount', type: 'money', unit: '万元', description: '2021: 行政事业性收费 本年收费金额 (万元)' },
  c('proactive.fees.previous', '2019: 行政事业性收费 上一年项目数量'),
  signed('proactive.fees.change', '2019: 行政事业性收费 本年增/减'),
  c('proactive.procurement.projects', '2019: 政府集中采购 采购项目数量'),
  { key: 'proactive.procurement.amount', type: 'money', unit: '元', description: '2019: 采购总金额 (元)' },
];

const fees: KeyInfo[] = [
  { key: 'fees.collected', type: 'money', unit: '元', description: 'fees charged for answering requests (元)' },
];

const applicantKeys: KeyInfo[] = tableThreeRows.flatMap((row) =>
  APPLICANT_SUFFIXES.map((suffix) => ({
    key: `${row.key}@${suffix}`,
    type: row.type,
    description: `${row.description} — applicant column ${suffix}`,
  })),
);

/** Every canonical key, in record order (meta first, then values, applicant cells last). */
export const KEYS: readonly KeyInfo[] = Object.freeze([
  ...meta,
  ...tableThreeRows.slice(0, 2),
  ...requests,
  ...tableThreeRows.slice(-1),
  ...tableThreeRows.slice(2, -1),
  ...dispositions,
  ...reviewAndLitigation,
  ...proactive,
  ...fees,
  ...applicantKeys,
]);

/** Key name → info. */
export const KEY_INFO: ReadonlyMap<string, KeyInfo> = new Map(KEYS.map((k) => [k.key, k]));

/** All key names in record order. */
export const RECORD_KEYS: readonly string[] = Object.freeze(KEYS.map((k) => k.key));

/** True for a canonical record key. */
export function isRecordKey(key: string): boolean {
  return KEY_INFO.has(key);
}

/** True for keys holding a number (counts and money). */
export function isValueKey(key: string): boolean {
  const t = KEY_INFO.get(key)?.type;
  return t === 'count' || t === 'signed' || t === 'money';
}

/** True for meta keys (meta.*). */
export function isMetaKey(key: string): boolean {
  return key.startsWith('meta.');
}
