/**
 * The document title: the first short single-sentence line before the body that reads like a title (报告, 通知,
 * 要点 …); failing that the first short line; failing that a 标题/信息名称 metadata field.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { TextView } from '../../engine/text-view.js';

const TITLE_WORDS = /报告|年报|通知|要点|意见|办法|公告|规定|方案|解读|统计|细则|决定|批复|总结|计划|通报|函$/u;
const SENTENCE_INSIDE = /[。！？，,；;]/u;
const HEAD_BLOCKS = 25;

const cache = new WeakMap<DocumentView, TextView | null>();

function candidates(doc: DocumentView): TextView[] {
  const limit = doc.bodyStart >= 0 ? doc.bodyStart : Math.min(doc.blocks.length, HEAD_BLOCKS);
  const out: TextView[] = [];
  for (let i = 0; i < limit && i < HEAD_BLOCKS; i++) {
    const block = doc.blocks[i]!;
    if (block.type === 'paragraph' && block.children.length === 1) {
      const view = doc.view(block.children[0]!);
      const text = view.text.replace(/[。.]$/u, '');
      if (text.length >= 6 && text.length <= 100 && !SENTENCE_INSIDE.test(text)) out.push(view);
    } else if (block.type === 'heading' && block.value.length <= 100) {
      // A numbered line before the body is rarely the title, but an unnumbered <h1> read as a heading may be.
      continue;
    }
  }
  return out;
}

/** The title's view, or null when the document has none that can be told apart. */
export function findTitle(doc: DocumentView): TextView | null {
  if (cache.has(doc)) return cache.get(doc)!;
  const list = candidates(doc);
  let title = list.find((v) => TITLE_WORDS.test(v.text)) ?? list.find((v) => v.text.length >= 8) ?? null;
  if (!title) title = doc.metaFields.find((f) => f.name === 'title' && f.view.text.length >= 6)?.view ?? null;
  cache.set(doc, title);
  return title;
}
