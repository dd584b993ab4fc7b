/**
 * The document title: the first short single-sentence line before the body that reads like a title (报告, 通知,
 * 要点 …), joined with the line before it when the title was split after the issuer's name (`某局` / `2013年…年度报告`);
 * else a 标题/信息名称 metadata field; else a title written at the head of the first body line (`…年度报告 根据《条例》…`);
 * else a title-like short line.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { Span } from '../../engine/finding.js';
import type { TextView } from '../../engine/text-view.js';

const TITLE_WORDS = /报告|年报|通知|要点|意见|办法|公告|规定|方案|解读|统计|细则|决定|批复|总结|计划|通报|函$/u;
const SENTENCE_INSIDE = /[。！？，,；;]/u;
// A title without a title word is still about something: a year, a government body or the subject.
const TITLE_LIKE = /(?:19|20)\d{2}|[〇○]|政府|信息公开|政务公开/u;
// The first half of a title split after the issuer's name: an organisation and nothing else.
const ISSUER_ONLY = /^[\p{Script=Han}（）()·、]{2,30}(?:局|委|委员会|办|办公室|办公厅|厅|院|中心|政府|管委会|部|署|所|站|队|馆|处|街道办事处|镇|乡)$/u;
const STARTS_LIKE_TITLE = /^(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年|^关于/u;
// `平潭综合实验区2020年政府信息公开工作年度报告 根据《条例》…`: the title ends at a space before the body.
const TITLE_AT_HEAD = /^([^\s。！？，,；;]{6,60}?(?:年度报告|工作报告|年报))[\s\u3000]+\S/u;
const HEAD_BLOCKS = 25;
// A byline is no title: `□ 某某分局 韩 超` (a marker, or an office followed by a person's name).
const BYLINE =
  /^[□■◆◇●○][\s\u3000]*|[\p{Script=Han}]{2,20}(?:局|委|办|厅|处|所|站|队|院|中心|分局|支队|大队)[\s\u3000]+[\p{Script=Han}][\s\u3000]*[\p{Script=Han}]{1,2}$/u;

/** A title: its normalised text (for matching), its value as written, and source spans of its parts. */
export interface Title {
  readonly text: string;
  readonly value: string;
  /** Source offsets of the normalised range `[from, to)` of `text`. */
  span(from: number, to: number): Span;
}

function viewTitle(doc: DocumentView, view: TextView, length = view.text.length): Title {
  const whole = view.toSource(0, length);
  return {
    text: view.text.slice(0, length),
    value: length === view.text.length ? view.node.value.trim() : doc.input.slice(whole.start, whole.end).trim(),
    span: (from, to) => view.toSource(from, to),
  };
}

function joinedTitle(first: TextView, second: TextView): Title {
  const cut = first.text.length;
  const at = (i: number, end: boolean): number => {
    const view = i < cut || (end && i === cut) ? first : second;
    const local = view === first ? i : i - cut;
    return end ? view.toSource(Math.max(local - 1, 0), Math.max(local, 1)).end : view.toSource(local, local + 1).start;
  };
  return {
    text: first.text + second.text,
    value: first.node.value.trim() + second.node.value.trim(),
    span: (from, to) => ({ start: at(from, false), end: at(to, true) }),
  };
}

function candidates(doc: DocumentView): TextView[] {
  const limit = doc.bodyStart >= 0 ? doc.bodyStart : Math.min(doc.blocks.length, HEAD_BLOCKS);
  const out: TextView[] = [];
  for (let i = 0; i < limit && i < HEAD_BLOCKS; i++) {
    const block = doc.blocks[i]!;
    if (block.type !== 'paragraph' || block.children.length !== 1) continue;
    const view = doc.view(block.children[0]!);
    const text = view.text.replace(/[。.]$/u, '');
    if (text.length >= 2 && text.length <= 100 && !SENTENCE_INSIDE.test(text) && !BYLINE.test(view.node.value.trim())) out.push(view);
  }
  return out;
}

const cache = new WeakMap<DocumentView, Title | null>();

function search(doc: DocumentView): Title | null {
  const list = candidates(doc);
  const worded = list.findIndex((v) => v.text.length >= 6 && TITLE_WORDS.test(v.text));
  if (worded >= 0) {
    const view = list[worded]!;
    const before = list[worded - 1];
    if (before && ISSUER_ONLY.test(before.text) && STARTS_LIKE_TITLE.test(view.text)) return joinedTitle(before, view);
    return viewTitle(doc, view);
  }
  // The page's own title field (an archive's 标题:, a 信息名称 cell) outranks what the body's first line starts with.
  const field = doc.metaFields.find((f) => f.name === 'title' && f.view.text.length >= 6);
  if (field) return viewTitle(doc, field.view);
  const body = doc.bodyStart >= 0 ? doc.sentencesOf(doc.bodyStart)[0] : undefined;
  const head = body ? TITLE_AT_HEAD.exec(body.text) : null;
  if (body && head) return viewTitle(doc, body, head[1]!.length);
  const plain = list.find((v) => v.text.length >= 8 && TITLE_LIKE.test(v.text));
  return plain ? viewTitle(doc, plain) : null;
}

/** The document's title, or null when the document has none that can be told apart. */
export function findTitle(doc: DocumentView): Title | null {
  if (!cache.has(doc)) cache.set(doc, search(doc));
  return cache.get(doc)!;
}
