/**
 * Outcomes of requests in the 2019 template's words, as prose: 予以公开及部分公开 N 件 (combined), 予以公开,
 * 部分公开, 不予公开, 无法提供, 不予处理, 其他处理. The number must follow the outcome directly: 不予公开信息1535条
 * counts withheld documents, not refused requests, and binds nothing.
 */
import { pattern, proseRule } from '../../engine/prose.js';
import type { SentenceContext } from '../../engine/rule.js';
import { aboutRequests } from './topics.js';

// The outcome terms of the 2019 template. Two or more of them in one sentence make it a breakdown of request
// outcomes even when the sentence does not say 申请 (予以公开及部分公开258件，占33.9%；不予公开35件…).
const OUTCOME_TERMS = /予以公开|部分公开|不予公开|无法提供|不予处理|其他处理/gu;
const listsOutcomes = (ctx: SentenceContext): boolean => new Set(ctx.text.match(OUTCOME_TERMS) ?? []).size >= 2;

const TAIL = '(?:答复|决定)?(?:的)?(?:申请)?(?:共|为)?{N}';
// Requests are counted in 件 (份, 宗 …); 条 and 项 count items of information (依申请公开177条、不予公开88条).
const REQUEST_UNITS = ['件', '份', '宗', '个', '次', '起', '例'] as const;

export const dispositionOutcomes = proseRule({
  id: 'prose/disposition-outcomes',
  description: 'Request outcomes stated in prose with the 2019/2021 template words.',
  match: /予以公开|部分公开|不予(?:以)?公开|无法提供|不予处理|其他处理/u,
  when: (ctx) => aboutRequests(ctx) || listsOutcomes(ctx),
  patterns: [
    { key: 'dispositions.grantedOrPartial', re: pattern(`予以公开(?:及|和|或|、|与)部分公开${TAIL}`), units: REQUEST_UNITS },
    { key: 'dispositions.granted', re: pattern(`(?<!不)予以公开(?!及|和|或|、|与)${TAIL}`), units: REQUEST_UNITS },
    { key: 'dispositions.partiallyGranted', re: pattern(`(?<![及和或、与意])部分公开${TAIL}`), units: REQUEST_UNITS },
    { key: 'dispositions.denied', re: pattern(`(?<!同意)不予(?:以)?公开${TAIL}`), units: REQUEST_UNITS },
    { key: 'dispositions.unableToProvide', re: pattern(`无法提供${TAIL}`), units: REQUEST_UNITS },
    { key: 'dispositions.notProcessed', re: pattern(`不予处理${TAIL}`), units: REQUEST_UNITS },
    { key: 'dispositions.other', re: pattern(`其他处理${TAIL}`), units: REQUEST_UNITS },
  ],
  examples: [
    {
      input: '全部申请办件中:予以公开及部分公开16864件,占55%;不予公开1509件,占5%;无法提供8412件,占27%;不予处理1190件,占4%;其他处理1595件,占5%。',
      expect: {
        'dispositions.grantedOrPartial': 16864,
        'dispositions.granted': null,
        'dispositions.partiallyGranted': null,
        'dispositions.denied': 1509,
        'dispositions.unableToProvide': 8412,
        'dispositions.notProcessed': 1190,
        'dispositions.other': 1595,
      },
    },
    { input: '共收到8份政府信息公开申请。其中，予以公开2件，部分公开2件。', expect: { 'dispositions.granted': 2, 'dispositions.partiallyGranted': 2 } },
    { input: '答复申请时，共制作政府信息3021条，其中主动公开信息1027条，不予公开信息1535条。', expect: { 'dispositions.denied': null } },
    {
      input: '其中予以公开或部分公开59件、占45.3%；不予公开32件、占24.6%；无法提供26件、占20%。',
      expect: { 'dispositions.grantedOrPartial': 59, 'dispositions.denied': 32, 'dispositions.unableToProvide': 26 },
    },
    { input: '对涉及国家秘密的信息不予公开10条。', expect: { 'dispositions.denied': null } },
    { input: '共制发政府信息405条，其中依申请公开177条、不予公开88条。', expect: { 'dispositions.denied': null } },
  ],
});
