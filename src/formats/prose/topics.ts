/** Topic guards shared by prose rules: what a sentence must be about before a number in it binds to a key. */
import { aboutTopic } from '../../engine/prose.js';
import type { SentenceContext } from '../../engine/rule.js';

/** Requests for disclosure (申请), their answers and outcomes. */
export const aboutRequests = (ctx: SentenceContext): boolean =>
  aboutTopic(ctx, /申请|答复|办件|办理结果|办结/u) ||
  // Under a heading of its own (三、依申请公开政府信息情况) a sentence needs not repeat the word.
  /依申请|申请公开|公开申请/u.test(ctx.entry.headings[ctx.entry.headings.length - 1]?.text ?? '');

/** Information disclosure in general (for reviews, lawsuits and fees, which reports mention in other contexts too). */
export const aboutDisclosure = (ctx: SentenceContext): boolean =>
  // 收费及减免 is the 2008 条例's own term for the fees of disclosure (政府信息公开的收费及减免情况).
  aboutTopic(ctx, /信息公开|依申请|政务公开|公开申请|申请公开|依申请公|信息处理费|收费及减免/u) ||
  ctx.entry.headings.some((h) => /复议|诉讼/u.test(h.text)) ||
  /信息公开|依申请|收费及减免/u.test(ctx.entry.headings[ctx.entry.headings.length - 1]?.text ?? '');

/** A section marker inside a run of text (a page flattened onto one line): 五、 or （三）. A statement stops there. */
export const SECTION_MARKER = /[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]/u;
