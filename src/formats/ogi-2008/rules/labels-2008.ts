/**
 * Row labels of the 2008-era statistics tables (formats.md §4.2–4.3) → record keys, shared by the grid reader
 * (statistics-table.ts) and the reader of tables flattened onto one line (flat-table.ts). Combined rows
 * (信函、传真申请数, 接受行政诉讼、举报数, 行政申诉、举报数) and rows of other things (在办, 咨询, 查询点) map to no key.
 */
import { moneyIn, parseQuantity } from '../../../text/quantities.js';

/** Row labels → keys. Tested on the label without list markers (其中:, 1., (1), （一）) and spaces. */
const ROWS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^主动公开(?:政府)?(?:信息|文件)(?:总)?(?:数|条数|数量)/u, 'proactive.total'],
  [
    /^(?:受理)?(?:依申请公开信息|政府信息公开申请|依申请公开申请|申请)(?:总数|数量|总量)|^(?:正式)?受理(?:依申请公开|政府信息公开)?申请(?:总)?数|^收到(?:政府信息公开)?申请(?:总)?数/u,
    'requests.received',
  ],
  [/^当面申请(?:数|件数)?$/u, 'requests.byChannel.inPerson'],
  [/^传真申请(?:数|件数)?$/u, 'requests.byChannel.fax'],
  [/^(?:电子邮件|电子邮箱|邮件)申请(?:数|件数)?$/u, 'requests.byChannel.email'],
  [/^(?:网上|网络|互联网)申请(?:数|件数)?$/u, 'requests.byChannel.online'],
  [/^信函申请(?:数|件数)?$/u, 'requests.byChannel.mail'],
  [/^(?:其他|其它)(?:形式|方式)申请(?:数|件数)?$/u, 'requests.byChannel.other'],
  [/^(?:本年度)?(?:对申请的)?答复(?:总)?数|^申请(?:答复|办结)(?:总)?数|^办结(?:件|数|件数)?$/u, 'requests.completed'],
  [/^按时办结(?:数|件数)?$/u, 'requests.completedOnTime'],
  [/^延期办结(?:数|件数)?$/u, 'requests.extended'],
  [/^(?:属于?)?已主动公开(?:范围)?(?:的)?(?:数|答复数)?$/u, 'dispositions.alreadyPublic'],
  [/^同意公开(?:答复)?(?:数|件数)?$|^同意提供$/u, 'dispositions.granted'],
  [/^同意部分公开(?:答复)?(?:数|件数)?$/u, 'dispositions.partiallyGranted'],
  [/^(?:不同意|否决|不予)公开(?:答复)?(?:总)?(?:数|件数)?$|^拒绝提供$/u, 'dispositions.denied'],
  [/^其他类型答复(?:数|件数)?$/u, 'dispositions.other'],
  [/^(?:不属于本(?:行政)?机关公开|非本(?:机关|部门)(?:掌握|政府信息)?)(?:的)?(?:数)?$/u, 'dispositions.notThisAgency'],
  [/^(?:申请)?信息不存在(?:的)?(?:数)?$/u, 'dispositions.notExist'],
  [/^(?:告知作出更改补充|申请内容不明确|信息描述不清)(?:的)?(?:数)?$/u, 'dispositions.amendRequested'],
  [/^告知通过其他途径办理(?:的)?(?:数)?$/u, 'dispositions.otherChannel'],
  [/^(?:受理|收到)?(?:政府信息公开(?:工作)?)?行政复议(?:案件)?(?:数量|数|件数)?$/u, 'review.total'],
  [/^(?:受理|收到)?(?:政府信息公开(?:工作)?)?行政诉讼(?:案件)?(?:数量|数|件数)?$/u, 'litigation.total'],
  [/^举报投诉(?:数量|数|件数)?$/u, 'complaints.total'],
  [/^(?:依申请(?:公开)?(?:信息)?)?收取(?:的)?费用|^收费(?:金额|数额|总额)|^(?:政府信息公开)?收费(?:及)?减免金额/u, 'fees.collected'],
];
/** Outcome rows: under the last 行政复议 or 行政诉讼 row. */
const OUTCOMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^维持(?:具体行政行为|原具体行政行为)?(?:数|件数)?$/u, 'upheld'],
  [/^(?:被依法纠错|被纠错|依法纠错)(?:数|件数)?$/u, 'corrected'],
  [/^其他情形(?:数|件数)?$/u, 'other'],
];
// List markers: 其中:, 1. 1、 (1) ① and a bare number before the label's first word (其中:1同意公开答复数).
const MARKER = /^(?:其中[:：]?)?(?:\(?[一二三四五六七八九十\d]{1,2}[)）.、．]|[①-⑳]|\d{1,2}(?=\p{Script=Han}))?(?:其中[:：]?)?/u;

/** Every key a 2008 table row can hold. */
export const TABLE_KEYS_2008: readonly string[] = [
  ...new Set([...ROWS.map(([, key]) => key), ...['review', 'litigation'].flatMap((s) => OUTCOMES.map(([, o]) => `${s}.${o}`))]),
];

/** The 行政复议 or 行政诉讼 block the outcome rows below belong to. */
export type Section = 'review' | 'litigation' | null;

// Row labels repeat from row to row and report to report: each is read once per section (bounded, so memory stays flat).
const KEY_CACHE: Record<'none' | 'review' | 'litigation', Map<string, string | null>> = { none: new Map(), review: new Map(), litigation: new Map() };
// Entries per cache (each label cache and the count cache below): enough for every row label of many reports.
const CACHE_LIMIT = 5000;

export function keyOf(label: string, section: Section): string | null {
  const cache = KEY_CACHE[section ?? 'none'];
  const cached = cache.get(label);
  if (cached !== undefined) return cached;
  const key = keyOfUncached(label, section);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(label, key);
  return key;
}

function keyOfUncached(label: string, section: Section): string | null {
  const text = label.replace(/[\s\u3000]/gu, '').replace(MARKER, '').replace(/["“”]/gu, '');
  for (const [re, key] of ROWS) if (re.test(text)) return key;
  if (section) for (const [re, outcome] of OUTCOMES) if (re.test(text)) return `${section}.${outcome}`;
  return null;
}

/** The section after a row with this key. */
export function sectionOf(key: string | null, section: Section): Section {
  if (key === 'review.total') return 'review';
  if (key === 'litigation.total') return 'litigation';
  return section;
}

/** A cell's value for a key; money in 元 (the unit cell gives 元 / 万元); a 0 needs no unit. */
export function valueOf(key: string, text: string, unit: string | undefined): number | null {
  if (key !== 'fees.collected') return countOf(text);
  const q = parseQuantity(`${text}${unit && /元/u.test(unit) && !/元/u.test(text) ? unit.replace(/[^万元]/gu, '') : ''}`);
  if (!q || q.value < 0 || q.kind === 'percent') return null;
  return q.value === 0 ? 0 : q.unit === '元' || q.unit === '万元' ? moneyIn(q, '元') : null;
}

// A count depends on the cell's text alone, and cells repeat (0, 1, /): each text is read once (bounded).
const COUNT_CACHE = new Map<string, number | null>();

/** A count cell's value: a whole non-negative quantity that is not a percentage. */
function countOf(text: string): number | null {
  const cached = COUNT_CACHE.get(text);
  if (cached !== undefined) return cached;
  const q = parseQuantity(text);
  const value = !q || q.value < 0 || q.kind === 'percent' || !q.integer ? null : q.value;
  if (COUNT_CACHE.size >= CACHE_LIMIT) COUNT_CACHE.clear();
  COUNT_CACHE.set(text, value);
  return value;
}
