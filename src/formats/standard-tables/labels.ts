/**
 * The labels of the three standard tables (formats.md §2–3), as data. A text cell is read as a sequence of labels
 * (`三、本年度办理结果(一)予以公开` is a group label and a row label); text that is not wholly labels is not a
 * table cell. Matching runs on folded text without spaces, after list markers and with parentheticals skipped, so
 * `(三) 不予公开`, `商业 企业`, `部分公开(区分处理的…)` and Traditional characters all read the same.
 */

export type LabelId =
  // 表三 rows and groups
  | 'received' | 'carriedOver' | 'results' | 'granted' | 'partial' | 'denied' | 'unable' | 'notProcessed' | 'other'
  | 'total' | 'carriedForward'
  | 'stateSecret' | 'lawProhibited' | 'safetyStability' | 'thirdParty' | 'internalAffairs' | 'processInfo'
  | 'enforcementFiles' | 'queryMatters' | 'notHeld' | 'needsCreation' | 'unclear' | 'complaint' | 'repeated'
  | 'publication' | 'massive' | 'confirmation' | 'noCorrection' | 'unpaidFee' | 'otherWord'
  // 表三 header
  | 'applicants' | 'naturalPerson' | 'orgs' | 'commercial' | 'research' | 'social' | 'legal' | 'subtotal'
  // 表四
  | 'review' | 'litigation' | 'upheld' | 'corrected' | 'otherResult' | 'pending' | 'direct' | 'afterReview'
  // 表二
  | 'section' | 'content' | 'rules' | 'normativeDocs' | 'licensing' | 'otherServices' | 'penalty' | 'coercion'
  | 'fees' | 'procurement' | 'issued' | 'repealed' | 'inForce' | 'decisions' | 'feeAmount' | 'made' | 'published'
  | 'totalPublic' | 'previous' | 'change' | 'projects' | 'amount'
  // A header label split over two lines or cells (`本年新` / `制作数量`): its first half alone.
  | 'headerFragment';

export interface Label {
  readonly id: LabelId;
  /** For `section`: the item number of 第二十条第（N）项. */
  readonly item?: number;
  /** The parenthetical after the label, if any (`单位:万元`). */
  readonly note?: string;
}

const APPLY = '(?:政府信息公开|政府信息|信息公开)?(?:申请)?(?:数量|数|件数)?';
const CLOSE = '(?:[、,，]?(?:行政机关)?(?:不再处理)?其?(?:政府信息公开)?(?:申请)?)?';

/** Longest and most specific first: the first that matches at a position wins. */
const LABELS: ReadonlyArray<readonly [LabelId, string]> = [
  // The first rows' wording varies (政府資訊公開申請數量, 申请件数 …): the distinctive start and the rest of the words.
  ['received', `本年(?:度)?新收(?:到)?(?:的)?${APPLY}[\u4e00-\u9fff]{0,10}`],
  ['carriedOver', `上年(?:度)?结转${APPLY}[\u4e00-\u9fff]{0,10}`],
  ['carriedForward', '结转下一?年度?(?:继续办理)?(?:申请)?(?:数量|数)?'],
  ['results', '本年度?办理结果'],
  ['partial', '部分公开'],
  ['denied', '不予公开'],
  ['granted', '予以公开'],
  ['stateSecret', '(?:属于)?(?:涉及)?国家秘密'],
  ['lawProhibited', '(?:其他)?法律[、]?行政法规禁止公开'],
  ['safetyStability', '危及三安全一稳定'],
  ['thirdParty', '保护第三方合法权益'],
  ['internalAffairs', '(?:属于)?三类内[部容]事务(?:信息)?'],
  ['processInfo', '(?:属于)?四类过程性(?:信息)?'],
  ['enforcementFiles', '(?:属于)?行政执法案卷'],
  ['queryMatters', '(?:属于)?行政查询事项'],
  ['unable', '无法提供'],
  ['notHeld', '本机关不掌握(?:相关)?(?:政府)?(?:信息)?'],
  ['needsCreation', '没有现成信息(?:需要)?另行制作'],
  ['unclear', '补正后申请内容仍不明确'],
  ['notProcessed', '不予处理'],
  ['complaint', '信访举报投诉类?(?:申请)?'],
  ['repeated', '重复申请'],
  ['publication', '要求提供公开出版物'],
  ['massive', '无正当理由大量反复申请'],
  // Long labels wrap in PDF text: the distinctive start is enough, the rest may follow on the next line.
  ['confirmation', '要求行政机关确认或重新出具[\\u4e00-\\u9fff]{0,6}'],
  ['noCorrection', `申请人?无正当理由逾期不补正${CLOSE}[\\u4e00-\\u9fff]{0,4}`],
  ['unpaidFee', `申请人?逾期未(?:按收费通知要求)?缴(?:纳)?(?:费用|费)${CLOSE}[\\u4e00-\\u9fff]{0,4}`],
  ['other', '其他处理'],
  ['total', '(?:总计|合计)'],
  ['applicants', '申请人情况'],
  ['subtotal', '(?:法人或其他组织)?小计'],
  ['orgs', '法人或其他组织'],
  ['naturalPerson', '自然人'],
  ['commercial', '商业企业'],
  ['research', '科研机构'],
  ['social', '社会公益组织'],
  ['legal', '法律服务机构'],
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['otherResult', '其他结果'],
  ['pending', '尚未审结'],
  ['direct', '未经复议直接起诉'],
  ['afterReview', '复议后起诉'],
  ['review', '(?:政府信息公开)?行政复议(?:情况)?'],
  ['litigation', '(?:政府信息公开)?行政诉讼(?:情况)?'],
  ['content', '信息内容'],
  ['otherServices', '其他对外管理服务事项'],
  ['normativeDocs', '(?:行政)?规范性文件'],
  ['rules', '规章'],
  ['licensing', '行政许可'],
  ['penalty', '行政处罚'],
  ['coercion', '行政强制'],
  ['fees', '行政事业性收费'],
  ['procurement', '政府集中采购'],
  // Header cells lose their last character in narrow columns (现行有效件): the distinctive words are enough.
  ['issued', '本年制发件数?'],
  ['repealed', '本年废止件数?'],
  ['inForce', '现行有效件数?'],
  ['feeAmount', '本年收费金额'],
  ['decisions', '(?:本年)?处理决定数量'],
  // The second line of a header split after 本年新 is a label too.
  ['made', '(?:本年新?)?制作数量'],
  ['published', '(?:本年新)?公开数量'],
  ['totalPublic', '对外公开总数量'],
  ['previous', '上一年项目数量'],
  ['change', '本年增[/、\\\\]?减'],
  ['projects', '采购项目数量'],
  ['amount', '采购总金额'],
  ['otherWord', '其他(?:原因|情形)?'],
  ['headerFragment', '本年新'],
];

type Compiled = readonly [LabelId, RegExp];

/**
 * The characters a match of a label's source can start with; null when that is no short list (a class with a range,
 * an escape). Enough of the regex syntax for the label sources: literals, (?:…|…) groups, plain classes and the
 * quantifiers ? * + {m,n}; anything else gives null, so a label is only ever tried more often, never less.
 */
function firstChars(source: string): ReadonlySet<string> | null {
  let i = 0;
  let unknown = false;
  interface Part {
    first: Set<string> | null;
    nullable: boolean;
  }
  const merge = (into: Part, from: Part): void => {
    if (from.first === null || into.first === null) into.first = null;
    else for (const c of from.first) into.first.add(c);
  };
  const alternation = (): Part => {
    const out: Part = { first: new Set(), nullable: false };
    for (;;) {
      const branch = sequence();
      merge(out, branch);
      if (branch.nullable) out.nullable = true;
      if (source[i] !== '|') return out;
      i++;
    }
  };
  const sequence = (): Part => {
    const out: Part = { first: new Set(), nullable: true };
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const part = atom();
      const min = quantifier();
      // Only atoms up to the first that must consume a character can supply the first one.
      if (out.nullable) {
        merge(out, part);
        if (!part.nullable && min > 0) out.nullable = false;
      }
    }
    return out;
  };
  const atom = (): Part => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      if (source.startsWith('?:', i)) i += 2;
      else if (source[i] === '?') unknown = true;
      const inner = alternation();
      if (source[i] === ')') i++;
      else unknown = true;
      return inner;
    }
    if (c === '[') {
      const close = source.indexOf(']', i + 1);
      const body = close > i ? source.slice(i + 1, close) : '';
      i = close > i ? close + 1 : source.length;
      if (body.length === 0 || /[\\^-]/u.test(body)) return { first: null, nullable: false };
      return { first: new Set(body), nullable: false };
    }
    if (c === '\\' || c === '.' || c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{' || c === '^' || c === '$') unknown = true;
    i++;
    return { first: new Set([c]), nullable: false };
  };
  const quantifier = (): number => {
    const c = source[i];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      i++;
    } else if (c === '+') i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/u.exec(source.slice(i));
      if (!m) {
        unknown = true;
        return 1;
      }
      min = Number(m[1]);
      i += m[0].length;
    } else return 1;
    if (source[i] === '?') i++;
    return min;
  };
  const all = alternation();
  return unknown || i !== source.length ? null : all.first;
}

const COMPILED: readonly Compiled[] = LABELS.map(([id, source]) => [id, new RegExp(source, 'uy')] as const);

/**
 * The labels to try at a position, by the character there: those that can start with it and those that can start
 * with anything, in LABELS order (the first that matches wins).
 */
const LABELS_AT: { readonly byFirst: ReadonlyMap<number, readonly Compiled[]>; readonly always: readonly Compiled[] } = (() => {
  const firsts = LABELS.map(([, source]) => firstChars(source));
  const codes = new Set<number>();
  for (const first of firsts) if (first) for (const c of first) codes.add(c.charCodeAt(0));
  const byFirst = new Map<number, Compiled[]>();
  for (const code of codes) {
    const ch = String.fromCharCode(code);
    byFirst.set(code, COMPILED.filter((_, k) => firsts[k] === null || firsts[k]!.has(ch)));
  }
  return { byFirst, always: COMPILED.filter((_, k) => firsts[k] === null) };
})();

const isChineseDigit = (c: number): boolean => '一二三四五六七八九十'.includes(String.fromCharCode(c));
// What the markup expressions can start with: SECTION 第, MARKER a Chinese or ASCII digit, ( or ①-⑳, FILLER its
// punctuation, PAREN (.
const mayOpenMarker = (c: number): boolean => (c >= 0x30 && c <= 0x39) || c === 0x28 || (c >= 0x2460 && c <= 0x2473) || isChineseDigit(c);
const mayOpenFiller = (c: number): boolean => '、,，.:：;；*'.includes(String.fromCharCode(c));
const MARKER = /(?:[一二三四五六七八九十]{1,3}[、.,．]|\([一二三四五六七八九十]{1,3}\)[、.]?|\d{1,2}[.、．](?!\d)|\(\d{1,2}\)|[①-⑳])/uy;
const SECTION = /第二十条第\(([一二三四五六七八九十]{1,3})\)项/uy;
const PAREN = /\(([^()]{0,80})\)/uy;
// A note cut off by a line break (部分公开(区分处理的,只计这一情形,不计其他 | 情形)).
const OPEN_PAREN = /\(([^()]{0,80})$/uy;
const FILLER = /[、,，.:：;；*]+/uy;
const CN_DIGITS = '一二三四五六七八九';

function chineseItem(text: string): number {
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + CN_DIGITS.indexOf(text[1]!) + 1;
  return CN_DIGITS.indexOf(text[0]!) + 1;
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

// Table texts repeat from row to row and report to report: each is read once (bounded, so memory stays flat).
const READ_CACHE = new Map<string, readonly Label[] | null>();
const READ_CACHE_SIZE = 20000;

/**
 * Read a text cell (folded, no spaces) as labels; null when any part of it is not a label — such text is prose or
 * a cell of some other table, and a reader treats it as a boundary.
 */
export function readLabels(text: string): readonly Label[] | null {
  const cached = READ_CACHE.get(text);
  if (cached !== undefined) return cached;
  const labels = readLabelsUncached(text);
  if (READ_CACHE.size >= READ_CACHE_SIZE) READ_CACHE.clear();
  READ_CACHE.set(text, labels ? Object.freeze(labels) : null);
  return labels;
}

function readLabelsUncached(text: string): Label[] | null {
  if (text.length === 0 || text.length > 160 || /[。；;！？]/u.test(text)) return null;
  const out: Label[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    const section = code === 0x7b2c ? stickyAt(SECTION, text, at) : null;
    if (section) {
      out.push({ id: 'section', item: chineseItem(section[1]!) });
      at += section[0].length;
      continue;
    }
    const marker = mayOpenMarker(code) ? stickyAt(MARKER, text, at) : null;
    if (marker) {
      at += marker[0].length;
      continue;
    }
    const filler = mayOpenFiller(code) ? stickyAt(FILLER, text, at) : null;
    if (filler) {
      at += filler[0].length;
      continue;
    }
    const paren = code !== 0x28 ? null : (stickyAt(PAREN, text, at) ?? (out.length > 0 ? stickyAt(OPEN_PAREN, text, at) : null));
    if (paren) {
      // A note in parentheses refines the label before it (本年收费金额(单位:万元)); alone it is a note cell.
      const last = out[out.length - 1];
      if (last) out[out.length - 1] = { ...last, note: paren[1]! };
      at += paren[0].length;
      continue;
    }
    let matched = false;
    for (const [id, re] of LABELS_AT.byFirst.get(code) ?? LABELS_AT.always) {
      const m = stickyAt(re, text, at);
      if (m && m[0].length > 0) {
        out.push({ id });
        at += m[0].length;
        matched = true;
        break;
      }
    }
    if (!matched) return null;
  }
  return out;
}

const MARKER_AT = /[一二三四五六七八九十]{1,3}[、.,．]|\([一二三四五六七八九十]{1,3}\)|第二十条/gu;
// Where a table's own header can start without a list marker: right after a sentence (…情况见下表。行政复议…) or at
// a word only table headers open with (a heading the labels do not know, 行政复议与行政诉讼情况, comes before it).
const HEADER_AT = /(?<=[。；;：:])|行政复议|行政诉讼|结果维持|信息内容|申请人情况/gu;
const TAIL_WINDOW = 400;

/**
 * The labels a text ends with, when the text as a whole is not labels: a page whose `textContent` ran into one
 * line puts prose right before the table (…工作。三、收到和处理…一、本年新收政府信息公开申请数量1000001). The
 * tail is tried from each list marker (一、 (一) 第二十条) in the last few hundred characters, earliest first.
 */
export function readTrailingLabels(text: string): readonly Label[] | null {
  // A token that is prose (the long text of a page run into one line) costs a search from each marker in its tail:
  // each text is read once. Past the tail window only the tail counts (the text as a whole is too long to be labels;
  // a header may open right after the character before the window), so the tail is the key: a page of prose is
  // not hashed and compared in full on every lookup.
  const key = text.length > TAIL_WINDOW + 1 ? text.slice(text.length - TAIL_WINDOW - 1) : text;
  const cached = TRAILING_CACHE.get(key);
  if (cached !== undefined) return cached;
  const labels = readTrailingLabelsUncached(key);
  if (TRAILING_CACHE.size >= READ_CACHE_SIZE) TRAILING_CACHE.clear();
  TRAILING_CACHE.set(key, labels);
  return labels;
}

const TRAILING_CACHE = new Map<string, readonly Label[] | null>();

// Per token stream, the labels of each text token: the three table readers read the same tokens.
const TRAILING_OF = new WeakMap<readonly { readonly text: string }[], TokenLabels>();

/** Each token's labels in a token stream, filled in as `labelsAt` reads them (undefined: not read yet). */
export type TokenLabels = Array<readonly Label[] | null | undefined>;

/** The labels of a token stream, shared by every reader of it: look it up once per scan, not once per token. */
export function trailingLabelsOf(tokens: readonly { readonly text: string }[]): TokenLabels {
  let labels = TRAILING_OF.get(tokens);
  if (!labels) {
    // Filled with undefined, not holes: one elements kind whatever is read.
    labels = new Array<readonly Label[] | null | undefined>(tokens.length).fill(undefined);
    TRAILING_OF.set(tokens, labels);
  }
  return labels;
}

/** `readTrailingLabels` of the text of `tokens[i]`, read once per token stream (`labels`: its `trailingLabelsOf`). */
export function labelsAt(tokens: readonly { readonly text: string }[], labels: TokenLabels, i: number): readonly Label[] | null {
  let read = labels[i];
  if (read === undefined) labels[i] = read = readTrailingLabels(tokens[i]!.text);
  return read;
}

function readTrailingLabelsUncached(text: string): readonly Label[] | null {
  const whole = readLabels(text);
  if (whole !== null || text.length <= 8) return whole;
  const from = Math.max(0, text.length - TAIL_WINDOW);
  MARKER_AT.lastIndex = from;
  for (let m = MARKER_AT.exec(text); m; m = MARKER_AT.exec(text)) {
    if (m.index === 0) continue;
    const tail = readLabels(text.slice(m.index));
    if (tail !== null && tail.length > 0) return tail;
  }
  HEADER_AT.lastIndex = from;
  for (let m = HEADER_AT.exec(text); m; m = HEADER_AT.exec(text)) {
    if (m[0].length === 0) HEADER_AT.lastIndex++;
    if (m.index === 0 || m.index >= text.length) continue;
    const tail = readLabels(text.slice(m.index));
    if (tail !== null && tail.length > 0) return tail;
  }
  return null;
}

/** The 表三 row labels and the keys they feed. */
export const APPLICATION_ROWS: ReadonlyMap<LabelId, string> = new Map<LabelId, string>([
  ['received', 'requests.received'],
  ['carriedOver', 'requests.carriedOver'],
  ['granted', 'dispositions.granted'],
  ['partial', 'dispositions.partiallyGranted'],
  ['stateSecret', 'dispositions.denied.stateSecret'],
  ['lawProhibited', 'dispositions.denied.lawProhibited'],
  ['safetyStability', 'dispositions.denied.safetyStability'],
  ['thirdParty', 'dispositions.denied.thirdParty'],
  ['internalAffairs', 'dispositions.denied.internalAffairs'],
  ['processInfo', 'dispositions.denied.processInfo'],
  ['enforcementFiles', 'dispositions.denied.enforcementFiles'],
  ['queryMatters', 'dispositions.denied.queryMatters'],
  ['notHeld', 'dispositions.unableToProvide.notHeld'],
  ['needsCreation', 'dispositions.unableToProvide.needsCreation'],
  ['unclear', 'dispositions.unableToProvide.unclear'],
  ['complaint', 'dispositions.notProcessed.complaint'],
  ['repeated', 'dispositions.notProcessed.repeated'],
  ['publication', 'dispositions.notProcessed.publication'],
  ['massive', 'dispositions.notProcessed.massive'],
  ['confirmation', 'dispositions.notProcessed.confirmation'],
  ['other', 'dispositions.other'],
  ['noCorrection', 'dispositions.other.noCorrection'],
  ['unpaidFee', 'dispositions.other.unpaidFee'],
  ['total', 'dispositions.total'],
  ['carriedForward', 'requests.carriedForward'],
]);

/** Groups of 表三 with no row of their own: their total is the sum of their sub-rows. */
export const APPLICATION_GROUPS = {
  denied: { key: 'dispositions.denied', rows: ['stateSecret', 'lawProhibited', 'safetyStability', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFiles', 'queryMatters'] },
  unable: { key: 'dispositions.unableToProvide', rows: ['notHeld', 'needsCreation', 'unclear'] },
  notProcessed: { key: 'dispositions.notProcessed', rows: ['complaint', 'repeated', 'publication', 'massive', 'confirmation'] },
  other: { key: 'dispositions.other', rows: ['noCorrection', 'unpaidFee', 'otherReason'] },
} as const satisfies Record<string, { key: string; rows: readonly string[] }>;

export type GroupId = keyof typeof APPLICATION_GROUPS;

/** The template's words of each sub-row (formats.md §3), for rows whose label the source garbled. */
export const SUB_ROW_WORDS: Readonly<Record<string, string>> = {
  stateSecret: '属于国家秘密',
  lawProhibited: '其他法律行政法规禁止公开',
  safetyStability: '危及三安全一稳定',
  thirdParty: '保护第三方合法权益',
  internalAffairs: '属于三类内部事务信息',
  processInfo: '属于四类过程性信息',
  enforcementFiles: '属于行政执法案卷',
  queryMatters: '属于行政查询事项',
  notHeld: '本机关不掌握相关政府信息',
  needsCreation: '没有现成信息需要另行制作',
  unclear: '补正后申请内容仍不明确',
  complaint: '信访举报投诉类申请',
  repeated: '重复申请',
  publication: '要求提供公开出版物',
  massive: '无正当理由大量反复申请',
  confirmation: '要求行政机关确认或重新出具已获取信息',
};

/** Length of the longest common subsequence of two short strings. */
function commonSubsequence(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = up;
    }
  }
  return row[b.length]!;
}

const NUMBERED = /^(\d)[.、．]/u;

/**
 * A label the source garbled (PDF text that lost characters: `2.其他法律行政止公开`) as the sub-row its list number
 * names in `group`, when its words keep most of the template's (a common subsequence of at least 60 % of both).
 */
export function subRowByNumber(text: string, group: GroupId): LabelId | null {
  const m = NUMBERED.exec(text);
  if (!m) return null;
  const row = APPLICATION_GROUPS[group].rows[Number(m[1]) - 1];
  const words = row ? SUB_ROW_WORDS[row] : undefined;
  if (!row || !words) return null;
  const rest = text.slice(m[0].length);
  const common = commonSubsequence(rest, words);
  return common >= 0.6 * words.length && common >= 0.6 * rest.length ? (row as LabelId) : null;
}

const GROUP_OF_ROW: ReadonlyMap<string, GroupId> = new Map(
  (Object.entries(APPLICATION_GROUPS) as Array<[GroupId, { rows: readonly string[] }]>).flatMap(([group, spec]) => spec.rows.map((row) => [row, group] as const)),
);

/** The group a sub-row belongs to. */
export function groupOf(row: string): GroupId | undefined {
  return GROUP_OF_ROW.get(row);
}

/** 表三 value columns: the six applicant columns (key suffixes), the optional org subtotal, and 总计. */
export type ApplicantColumn = 'naturalPerson' | 'commercial' | 'research' | 'social' | 'legal' | 'otherOrg' | 'subtotal' | 'total';
export const APPLICANT_PARTS = ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg'] as const;
export const STANDARD_COLUMNS: readonly ApplicantColumn[] = [...APPLICANT_PARTS, 'total'];
export const SUBTOTAL_COLUMNS: readonly ApplicantColumn[] = [...APPLICANT_PARTS, 'subtotal', 'total'];

const COLUMN_OF_LABEL: ReadonlyMap<LabelId, ApplicantColumn> = new Map<LabelId, ApplicantColumn>([
  ['naturalPerson', 'naturalPerson'],
  ['commercial', 'commercial'],
  ['research', 'research'],
  ['social', 'social'],
  ['legal', 'legal'],
  ['subtotal', 'subtotal'],
  ['total', 'total'],
  ['otherWord', 'otherOrg'],
]);

/** A header label as an applicant column (其他 in the header is the `otherOrg` column). */
export function applicantColumnOf(id: LabelId): ApplicantColumn | undefined {
  return COLUMN_OF_LABEL.get(id);
}

/** Labels that only the 表三 header carries: seeing one after data rows starts a new table. */
export const APPLICANT_HEADER_LABELS: ReadonlySet<LabelId> = new Set<LabelId>([
  'applicants', 'orgs', 'naturalPerson', 'commercial', 'research', 'social', 'legal', 'subtotal',
]);

/** 表四: the fifteen cells in template order. */
export const REVIEW_GROUPS = ['review', 'litigation.direct', 'litigation.afterReview'] as const;
export const REVIEW_OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const REVIEW_KEYS: readonly string[] = REVIEW_GROUPS.flatMap((g) => REVIEW_OUTCOMES.map((o) => `${g}.${o}`));

/** 表二: which key an (item row, column header) pair feeds. */
export const PROACTIVE_KEYS: ReadonlyMap<LabelId, ReadonlyMap<LabelId, string>> = (() => {
  const docs = (item: string): ReadonlyMap<LabelId, string> =>
    new Map<LabelId, string>([
      ['issued', `proactive.${item}.issued`],
      ['repealed', `proactive.${item}.repealed`],
      ['inForce', `proactive.${item}.inForce`],
      ['made', `proactive.${item}.made`],
      ['published', `proactive.${item}.published`],
      ['totalPublic', `proactive.${item}.totalPublic`],
    ]);
  const decisions = (item: string): ReadonlyMap<LabelId, string> =>
    new Map<LabelId, string>([
      ['decisions', `proactive.${item}.decisions`],
      ['previous', `proactive.${item}.previous`],
      ['change', `proactive.${item}.change`],
    ]);
  return new Map<LabelId, ReadonlyMap<LabelId, string>>([
    ['rules', docs('rules')],
    ['normativeDocs', docs('normativeDocs')],
    ['licensing', decisions('licensing')],
    ['otherServices', decisions('otherServices')],
    ['penalty', decisions('penalty')],
    ['coercion', decisions('coercion')],
    ['fees', new Map<LabelId, string>([['feeAmount', 'proactive.fees.amount'], ['previous', 'proactive.fees.previous'], ['change', 'proactive.fees.change']])],
    ['procurement', new Map<LabelId, string>([['projects', 'proactive.procurement.projects'], ['amount', 'proactive.procurement.amount']])],
  ]);
})();

/** 表二 column headers, and each sub-table's columns when a rendering lost its header. */
export const PROACTIVE_COLUMNS: ReadonlySet<LabelId> = new Set<LabelId>([
  'issued', 'repealed', 'inForce', 'decisions', 'feeAmount', 'made', 'published', 'totalPublic', 'previous', 'change', 'projects', 'amount',
]);
export type ProactiveVariant = '2019' | '2021';
export const DEFAULT_PROACTIVE_COLUMNS: Record<ProactiveVariant, Partial<Record<LabelId, readonly LabelId[]>>> = {
  '2021': {
    rules: ['issued', 'repealed', 'inForce'],
    normativeDocs: ['issued', 'repealed', 'inForce'],
    licensing: ['decisions'],
    penalty: ['decisions'],
    coercion: ['decisions'],
    fees: ['feeAmount'],
  },
  '2019': {
    rules: ['made', 'published', 'totalPublic'],
    normativeDocs: ['made', 'published', 'totalPublic'],
    licensing: ['previous', 'change', 'decisions'],
    otherServices: ['previous', 'change', 'decisions'],
    penalty: ['previous', 'change', 'decisions'],
    coercion: ['previous', 'change', 'decisions'],
    fees: ['previous', 'change'],
    procurement: ['projects', 'amount'],
  },
};
