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
  aboutTopic(ctx, /信息公开|依申请|政务公开|公开申请|申请公开|依申请公|信息处理费/u) ||
  ctx.entry.headings.some((h) => /复议|诉讼/u.test(h.text));

/**
 * A running total over several years (累计, 历年, 近3年, 三年来), not the year's figure; 全年累计 / 本年累计 still speak
 * of the year.
 */
export const SPANS_YEARS = /(?<!全年|本年|年度|当年)累计|历年|近[一二两三四五\d]年|[一二两三四五\d]年来|多年来/u;
