/**
 * Page chrome and page metadata (shared/docs/formats.md §7): breadcrumbs, counters, font/print/close widgets and
 * QR prompts are recognised and skipped; 发布日期 / 发布时间 / 来源 / 索引号 / 发布机构 fields are kept for metadata.
 * All patterns are anchored alternations of literals (linear).
 */
import { scanDates } from '../text/dates.js';
import { NextOfTwo } from '../text/next-of-two.js';
import { normalize, simplified, simplifiedUnit, simplifyChars } from '../text/normalize.js';
import { isWhiteSpace } from './lines.js';

export type ChromeRole = 'breadcrumb' | 'counter' | 'widget' | 'footer' | 'rule';

/**
 * Labels of metadata fields, by canonical name. Spaced labels (索 引 号) are matched too, and Traditional ones (發布時間):
 * lines are matched with their characters simplified one for one.
 */
const META_LABELS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['publishedAt', ['发布日期', '发布时间', '发文日期', '公开日期', '发布于']],
  ['writtenAt', ['成文日期', '公文生成日期', '生成日期', '印发日期']],
  ['updatedAt', ['更新时间', '更新日期']],
  ['agency', ['发布机构', '发文机关', '发布单位', '发文单位']],
  ['source', ['信息来源', '文章来源', '来源']],
  ['index', ['索引号']],
  ['docNumber', ['备注/文号', '发布文号', '发文字号', '文号']],
  ['category', ['组配分类', '主题分类', '信息分类', '主题导航', '公开目录', '分类']],
  ['title', ['信息名称', '标题']],
  // The header block an archive crawler writes before the page (原文链接: … / 栏目: … / 本地目录: …).
  ['url', ['原文链接', '原文地址', '原文网址']],
  ['column', ['所属栏目', '栏目']],
  ['archivePath', ['本地目录']],
  ['author', ['作者']],
  ['validity', ['有效性', '时效']],
  ['keywords', ['关键词']],
  ['date', ['时间', '日期']],
];

const LABEL_TO_NAME = new Map<string, string>();
for (const [name, labels] of META_LABELS) for (const l of labels) LABEL_TO_NAME.set(l, name);

// Generic labels (时间, 日期) must not be the tail of a longer word (办理时间:); the others may follow a date
// directly (`2018年03月23日来源:市发改委`).
const GENERIC_LABELS = new Set(['时间', '日期']);
const ALL_LABELS = META_LABELS.flatMap(([, ls]) => ls);
// A label ends with one of these characters, and has at most this many (spaces between them aside).
const LABEL_LAST_CHARS = new Set(ALL_LABELS.map((l) => l.charCodeAt(l.length - 1)));
const LONGEST_LABEL = Math.max(...ALL_LABELS.map((l) => l.length));

// classify() asks findMetaFields and then chromeRole about the same line, with the same facts: its simplified form is
// made once, kept on them (and only for a line that has a Traditional character; the others are their own).
function simplifiedLine(raw: string, facts: LineFacts): string {
  if (!facts.traditional) return raw;
  return (facts.simplified ??= simplifyChars(raw));
}


/**
 * The label matches of a line, as a global scan for `label, spaces, colon` (the colon form `发布日期:2018-01-23`; spaced
 * labels 索 引 号 too) over its simplified form would find them, at the cost of the colons only. A match holds exactly
 * one colon, its last character, so each match lies between two colons and ends at the second: its label is made of
 * non-space characters before that colon, the last of them the last non-space character before it, and at most
 * LONGEST_LABEL of them (spaces between them allowed). The leftmost start whose characters, simplified, spell a label
 * wins, as in a scan; a generic label (时间, 日期) also needs no Han character right before it, for it must not be the
 * tail of a longer word (办理时间:). Most colons have no label before them, and a long line of body text is neither
 * scanned nor simplified: only the few characters before a colon are read.
 */
function labelHits(raw: string): Array<{ label: string; at: number; valueStart: number }> {
  const hits: Array<{ label: string; at: number; valueStart: number }> = [];
  let segmentStart = 0;
  const colons = new NextOfTwo(raw, ':', '：');
  for (;;) {
    const colon = colons.at(segmentStart);
    if (colon === -1) break;
    const from = segmentStart;
    segmentStart = colon + 1;
    // Read back from the colon through the labels spelt backwards: each label passed ends a candidate, the longest
    // (leftmost) last; the leftmost that may stand there wins. Most colons end no label: the first character read
    // (a label's last) is not in the trie, and the walk stops there.
    let n = 0;
    let node: LabelNode | undefined = LABELS_BACKWARDS;
    for (let j = colon - 1; j >= from; j--) {
      const c = raw.charCodeAt(j);
      if (isWhiteSpace(c)) continue;
      node = node.next.get(simplifiedUnit(c));
      if (!node) break;
      if (node.label !== '') {
        CANDIDATES[n] = node;
        CANDIDATE_AT[n] = j;
        n++;
      }
    }
    for (let k = n - 1; k >= 0; k--) {
      const { label } = CANDIDATES[k]!;
      const at = CANDIDATE_AT[k]!;
      if (GENERIC_LABELS.has(label) && hanBefore(raw, at)) continue;
      hits.push({ label, at, valueStart: colon + 1 });
      break;
    }
  }
  return hits;
}

/** A node of the labels spelt backwards (simplified units, last first); `label` is set where a whole label ends. */
interface LabelNode {
  readonly next: Map<number, LabelNode>;
  label: string;
}
const LABELS_BACKWARDS: LabelNode = { next: new Map(), label: '' };
for (const l of ALL_LABELS) {
  let node = LABELS_BACKWARDS;
  for (let i = l.length - 1; i >= 0; i--) {
    const code = l.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) node.next.set(code, (child = { next: new Map(), label: '' }));
    node = child;
  }
  node.label = l;
}
// labelHits' candidates of one colon (a label has at most LONGEST_LABEL characters), reused between calls.
const CANDIDATES: LabelNode[] = [];
const CANDIDATE_AT = new Int32Array(LONGEST_LABEL);
const HAN = /\p{Script=Han}/u;

/**
 * Whether the character (code point) before `raw[at]` is Han: the generic labels' look-behind. Simplifying first
 * would change nothing: no character's Han-ness changes under simplification (checked over every code point).
 */
function hanBefore(raw: string, at: number): boolean {
  if (at === 0) return false;
  const low = raw.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && (raw.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return HAN.test(raw.slice(pair ? at - 2 : at - 1, at));
}

const CHROME_PATTERNS: ReadonlyArray<readonly [ChromeRole, RegExp]> = [
  ['breadcrumb', /^(?:您?当前(?:所在)?的?(?:位置|位址)|当前位置图标|首页(?:[\s\u00a0\u3000]*(?:>|->|»|›|＞|\|)|$)|(?:>|»|->|＞)[\s\u00a0\u3000]*\S)/u],
  ['counter', /(?:浏览次数|点击数|点击量|访问量|阅读次数|阅读量|累计次数|访问次数)[\s\u00a0\u3000]*[:：]?/u],
  [
    'widget',
    /字[体号][\s\u00a0\u3000]*[:：]?[\s\u00a0\u3000]*[[【大]|[[【][\s\u00a0\u3000]*字[体體]|【[\s\u00a0\u3000]*打印[\s\u00a0\u3000]*】|打印[\s\u00a0\u3000]*关闭|打印本页|打印此页|关闭窗口|关闭本页|设置字体大小|字体大小|扫一扫在手机打开当前页|扫一扫在手机上查看当前页面|分享到|分享[:：]|我要纠错|返回顶部|我要收藏|文章分享|公共资源调用站点|请输入关键字|使用tab按钮切换浏览|加入收藏|页面调色板/u,
  ],
  ['footer', /网站地图|联系我们|网站声明|Produced By|大汉网络|大汉版通|登录[\s\u00a0\u3000]*注册|版权所有|ICP备|公网安备|技术支持[:：]/iu],
];

/**
 * A cheap necessary condition for CHROME_PATTERNS (and the widget-word test) to match in `text[from, to)`: the
 * breadcrumb pattern is anchored, so it needs one of its first characters at `from`; every other alternative starts
 * with one of the two-character prefixes below (or with a bracket, which may be followed by spaces). Most body lines
 * have none of them and skip the patterns.
 */
const BREADCRUMB_FIRST = new Set(Array.from('您当首>»-＞', (c) => c.charCodeAt(0)));
const CHROME_PREFIXES = [
  // counter
  '浏览', '点击', '访问', '阅读', '累计',
  // widget (and the widget-word test: 打印, 关闭, 字体, 字号)
  '字体', '字号', '字體', '打印', '关闭', '设置', '扫一', '分享', '我要', '返回', '文章', '公共', '请输', '使用', '加入', '页面',
  // footer (case-insensitive: Produced By, ICP备)
  '网站', '联系', 'Pr', 'pr', 'PR', 'pR', '大汉', '登录', '版权', 'IC', 'ic', 'Ic', 'iC', '公网', '技术',
];
const ANY_NEXT = new Set(Array.from('[【', (c) => c.charCodeAt(0)));
const NEXT_OF = new Map<number, Set<number>>();
for (const prefix of CHROME_PREFIXES) {
  const first = prefix.charCodeAt(0);
  let next = NEXT_OF.get(first);
  if (!next) NEXT_OF.set(first, (next = new Set()));
  next.add(prefix.charCodeAt(1));
}
const PREFIX_FIRST = new Uint8Array(0x10000);
for (const first of NEXT_OF.keys()) PREFIX_FIRST[first] = 1;
for (const first of ANY_NEXT) PREFIX_FIRST[first] = 2;

const PAGE = '页'.charCodeAt(0);
// chromeRole reads a longer line as body text.
const LONG_LINE = 400;

/** What one pass over a line tells the tests below (and classify), so that most lines skip those they cannot pass. */
export interface LineFacts {
  /** Some colon follows, spaces aside, a character that ends a label once simplified: what every label match needs. */
  readonly label: boolean;
  /** mayHoldChrome over the whole (simplified) line (true, not known, for a long line: it is never chrome). */
  readonly chrome: boolean;
  /** Some character may have a Simplified form (when false, the line is its own simplified form). */
  readonly traditional: boolean;
  /** A `|` or `｜` (undefined: not scanned). */
  readonly pipe?: boolean;
  /** A tab (undefined: not scanned). */
  readonly tab?: boolean;
  /** The line's simplified form, once a test has needed it (the line's facts are the line's own). */
  simplified: string | undefined;
}

/** The facts of a line, in one pass over it (each character read as its simplified form, as the tests read it). */
export function scanLine(raw: string): LineFacts {
  // A long line is no chrome (chromeRole tests only its start), and its labels are found at its colons (labelHits):
  // native searches for what classify needs, and no pass in JavaScript; `traditional` is then not known (true).
  // What a long line holds is not known before its tests look (each with a native search).
  if (raw.length > LONG_LINE) return { label: true, chrome: true, traditional: true, pipe: undefined, tab: undefined, simplified: undefined };
  let label = false;
  let chrome = raw.length > 0 && BREADCRUMB_FIRST.has(simplifiedUnit(raw.charCodeAt(0)));
  let traditional = false;
  let pipe = false;
  let tab = false;
  let lastSolid = -1; // the last character that is not white space since the last colon, simplified (-1: none)
  let prev = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    let code = c;
    if (c >= 0x4e00 && c <= 0x9fff) {
      const folded = simplified(c);
      if (folded !== 0) {
        code = folded;
        traditional = true;
      }
    } else if (c === 0x3a || c === 0xff1a) {
      if (lastSolid >= 0 && LABEL_LAST_CHARS.has(lastSolid)) label = true;
      lastSolid = -1;
      prev = c;
      continue;
    } else if (c === 0x7c || c === 0xff5c) pipe = true;
    else if (c === 0x09) tab = true;
    if (!isWhiteSpace(c)) lastSolid = code;
    if (!chrome) {
      const kind = PREFIX_FIRST[code]!;
      if (kind === 2 || (prev >= 0 && PREFIX_FIRST[prev] === 1 && NEXT_OF.get(prev)!.has(code))) chrome = true;
    }
    prev = code;
  }
  return { label, chrome, traditional, pipe, tab, simplified: undefined };
}

function mayHoldChrome(text: string, from: number, to: number): boolean {
  if (from < to && BREADCRUMB_FIRST.has(text.charCodeAt(from))) return true;
  for (let i = from; i < to; i++) {
    const kind = PREFIX_FIRST[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === 2 || NEXT_OF.get(text.charCodeAt(i))!.has(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

// Words that make up widget lines once the patterns above are removed.
const WIDGET_WORDS_RE = /打印|关闭|收藏|分享|下载|大|中|小|字体|字號|字号|[[\]【】|:：>＞\-–—»›\s\u00a0\u3000]|图解版/gu;

/** Decide whether a (trimmed) line is page chrome, and which kind. */
export function chromeRole(raw: string, facts: LineFacts): ChromeRole | null {
  // The first three tests read the simplified line's start; a long line is not simplified for them. No character of
  // the rules' classes is changed by simplification or the result of it, so the first reads the line as written; the
  // second needs the whole line simplified only when it starts as a rule; the third reads the first nine characters.
  if (/^[|｜\s\u00a0\u3000-]+$/u.test(raw)) return 'rule';
  // `==== 正文 ====` and the crawler's note on where the page's links went: the archive header's furniture.
  if (/^[=＝*_—-]/u.test(raw) && /^[=＝*_—-]{3,}[\s\u3000]*(?:正[\s\u3000]*文)?[\s\u3000]*[=＝*_—-]{3,}$/u.test(simplifiedLine(raw, facts))) return 'rule';
  if (simplifiedUnit(raw.charCodeAt(0)) === PAGE && /^页面链接与图片详见/u.test(simplifyChars(raw.slice(0, 9)))) return 'widget';
  // Chrome lines are short; a long line is body text even when it mentions a widget.
  if (raw.length > LONG_LINE) return null;
  const text = simplifiedLine(raw, facts);
  if (/^>>/.test(text)) return 'widget';
  if (facts.chrome) {
    for (const [role, re] of CHROME_PATTERNS) {
      if (!re.test(text)) continue;
      // A body sentence that merely mentions a website is not chrome: chrome lines are short or mostly chrome words.
      if (text.length <= 80 || text.replace(WIDGET_WORDS_RE, '').length < 20) return role;
    }
    // A line of widget words only: the cheap test first (removing the words rewrites the whole line).
    if (/打印|关闭|字体|字号/.test(text) && text.replace(WIDGET_WORDS_RE, '').length === 0) return 'widget';
  }
  if (text === '首页') return 'breadcrumb';
  return null;
}

/** A metadata field found in a line: `[valueStart, valueEnd)` are indices into the line's text. */
export interface FoundField {
  readonly name: string;
  readonly label: string;
  readonly labelStart: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/**
 * Metadata fields of a line, colon form: `发布日期:2018-01-23 来源:省发改委 浏览次数:`. The value runs to the next
 * label (or chrome word); generic labels (时间, 日期) count only when their value starts with a date.
 */
export function findMetaFields(raw: string, facts: LineFacts): FoundField[] {
  if (!facts.label) return [];
  const hits = labelHits(raw);
  if (hits.length === 0) return [];
  // Same length as the line, so every index found in it is an index into the line.
  const text = simplifiedLine(raw, facts);
  const fields: FoundField[] = [];
  hits.forEach((hit, i) => {
    let valueEnd = i + 1 < hits.length ? hits[i + 1]!.at : text.length;
    // Stop the value at chrome that follows on the same line (浏览次数, 字体, 打印 …).
    if (mayHoldChrome(text, hit.valueStart, valueEnd)) {
      for (const [, re] of CHROME_PATTERNS) {
        const m = re.exec(text.slice(hit.valueStart, valueEnd));
        if (m && m.index >= 0) valueEnd = Math.min(valueEnd, hit.valueStart + m.index);
      }
    }
    let valueStart = hit.valueStart;
    while (valueStart < valueEnd && isValueEdge(text.charCodeAt(valueStart), false)) valueStart++;
    while (valueEnd > valueStart && isValueEdge(text.charCodeAt(valueEnd - 1), true)) valueEnd--;
    const name = LABEL_TO_NAME.get(hit.label) ?? 'other';
    if (name === 'date' && !holdsDate(text, valueStart, valueEnd)) return;
    fields.push({ name, label: hit.label, labelStart: hit.at, valueStart, valueEnd });
  });
  return fields;
}

// A generic label's value may run to the end of a long line (the whole body of a page saved as one line). A window at
// its start decides when a date is written well inside the window: a date scan decides each match from the few
// dozen characters around it, so a date found that far from the window's end is found in the whole value too (and
// normalisation is per character, but for a space or gloss at the window's very end). Otherwise the whole is scanned.
const DATE_WINDOW = 256;
const DATE_MARGIN = 64;

/** Whether `text[from, to)`, normalised, holds a date (scanDates finds one). */
function holdsDate(text: string, from: number, to: number): boolean {
  if (to - from > DATE_WINDOW) {
    const head = normalize(text, from, from + DATE_WINDOW).text;
    const first = scanDates(head).dates[0];
    if (first && first.end <= head.length - DATE_MARGIN) return true;
  }
  return scanDates(normalize(text, from, to).text).dates.length > 0;
}

/** White space and `|` around a field value (and, at its end, `•` and `·`). */
function isValueEdge(c: number, end: boolean): boolean {
  return isWhiteSpace(c) || c === 0x7c || (end && (c === 0x2022 || c === 0xb7));
}

/** The canonical field name for a label written in a metadata table cell (pipe or HTML form), if it is one. */
export function metaLabelName(cellText: string): string | null {
  const label = simplifyChars(cellText).replace(/[\s\u00a0\u3000:：•·]/g, '');
  const name = LABEL_TO_NAME.get(label);
  return name && name !== 'date' ? name : null;
}

const DATED_FIELDS = new Set(['publishedAt', 'writtenAt', 'updatedAt', 'date']);
const DATE_VALUE =
  /^(?:(?:19|20)\d{2}[\s\u3000]*[-/.年][\s\u3000]*\d{1,2}[\s\u3000]*[-/.月][\s\u3000]*\d{1,2}[\s\u3000]*日?|[一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)(?:[\s\u00a0\u3000T]{0,3}\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/u;
const MAX_TOKEN_VALUE = 60;

/**
 * On a long line that also holds the body (`… 来源：X 时间：2020-01-19 14:16 微信 微博 … 根据《条例》…`), a field's
 * value ends where the value itself ends: a date (with its time) for dated fields, else the first token.
 */
export function boundFieldValue(text: string, field: FoundField): FoundField {
  const value = text.slice(field.valueStart, field.valueEnd);
  let length: number;
  if (DATED_FIELDS.has(field.name)) length = DATE_VALUE.exec(value)?.[0].length ?? 0;
  else {
    length = 0;
    while (length < value.length && length < MAX_TOKEN_VALUE && !isWhiteSpace(value.charCodeAt(length))) length++;
  }
  return { ...field, valueEnd: field.valueStart + length };
}

// Share and view widgets written as words between the page's fields and its body.
const CHROME_TOKEN =
  /^[【[]?(?:-->|<!--|微信|微博|QQ空间|QQ|空间|全真版|文字版|简体版|繁体版|繁體|无障碍|长者模式|手机版|文件下载|下载|相关链接[:：]?|相关附件[:：]?|附件[:：]?|分享到?[:：]?|【?打印】?|【?关闭】?|【?收藏】?|字体[:：]?|字号[:：]?|[【[]?[大中小][】\]]?|默认|扫一扫|朗读|(?:浏览次数|访问量|点击数|阅读次数)[:：]?\d*|次|字体[:：]?[大中小]?)[】\]]?$/iu;

/** The index after the widget words that follow `from` (and the spaces between them). */
export function skipChromeTokens(text: string, from: number): number {
  let at = from;
  for (;;) {
    let start = at;
    while (start < text.length && isWhiteSpace(text.charCodeAt(start))) start++;
    let end = start;
    while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
    if (end === start || !CHROME_TOKEN.test(text.slice(start, end))) return start;
    at = end;
  }
}
