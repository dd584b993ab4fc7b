/**
 * fees.collected (元): 未收取(申请人)任何费用 → 0, 收取的费用…为0元, 收取信息处理费 N 元. Statements about fees
 * in general (不涉及任何政府收费行为) or about money spent on the work (经费) are not this key.
 */
import { pattern, proseRule } from '../../engine/prose.js';
import { moneyIn } from '../../text/quantities.js';
import { SECTION_MARKER, aboutDisclosure } from './topics.js';

export const feesCollected = proseRule({
  id: 'prose/fees-collected',
  description: 'Fees charged for answering disclosure requests.',
  // Every pattern names 收取, 收费 or 免费.
  match: /收取|收费|免费/u,
  when: aboutDisclosure,
  patterns: [
    { key: 'fees.collected', value: 0, re: pattern('(?:未|没有|不|从未|均未|无)收取(?:申请人)?(?:的)?(?:任何)?(?:信息处理费|费用)') },
    // 信息处理费 (国办函〔2020〕109号) is the fee of disclosure by name: 本年度没有产生信息公开处理费.
    { key: 'fees.collected', value: 0, re: pattern('(?:没有|未|无)(?:产生|发生)(?:政府)?(?:信息公开)?(?:信息)?处理费') },
    // 未发生政府信息公开收费情况 / 没有关于信息公开的收费及减免情况: no fee of disclosure (not fees in general).
    { key: 'fees.collected', value: 0, re: pattern('(?:没有|未|无)(?:发生|产生|出现)?(?:关于|有关)?(?:政府)?(?:信息公开|依申请公开)(?:方面)?(?:的)?收费') },
    // 没有收取政府信息公开相关费用: the fees of disclosure named in between.
    { key: 'fees.collected', value: 0, re: pattern('(?:未|没有|从未|均未)收取(?:任何)?(?:政府)?(?:信息公开|依申请公开)(?:方面)?(?:的)?(?:相关)?(?:费用|信息处理费)') },
    { key: 'fees.collected', value: 0, re: pattern('(?:没有|未)(?:进行)?收费') },
    // 未向公民、法人或其他组织收取任何费用 / 未对公众收取任何费用 / 沒有向申請人收費的情況: to whom, then the fee.
    {
      key: 'fees.collected',
      value: 0,
      re: pattern('(?:未|没有|从未|均未)(?:向|对)(?<whom>[^，,；;。]{1,20}?)(?:收取(?:任何)?(?:的)?(?:信息处理费|费用)|收费)'),
      accept: (m) => !SECTION_MARKER.test(m.groups?.whom ?? '') && !/收取|收费/u.test(m.groups?.whom ?? ''),
    },
    // 无收费及减免情况: the 2008 条例's own heading words (收费及减免) say which fees are meant.
    { key: 'fees.collected', value: 0, re: pattern('(?:无|没有|未发生)(?:任何)?收费(?:及|和|与)减免(?:的)?(?:情况|事项)') },
    // 依申请提供的政府信息均免费: free of charge, said of answering requests.
    { key: 'fees.collected', value: 0, re: pattern('依申请(?:公开|提供)(?:的)?(?:政府)?(?:信息)?(?:均|一律|全部)?(?:为|实行)?免费') },
    // 依申请提供政府信息暂不收费: 暂不收费 only where it speaks of answering requests.
    { key: 'fees.collected', value: 0, re: pattern('依申请(?:公开|提供)(?:政府)?(?:信息)?(?:均|一律)?暂(?:不|未)收(?:费|取(?:任何)?费用)') },
    {
      key: 'fees.collected',
      units: ['元', '万元'],
      convert: (q) => moneyIn(q, '元'),
      re: pattern('收取(?:的)?(?:费用|信息处理费)(?:[(（][^)）]{0,20}[)）])?(?:为|共计|共|合计)?{N}'),
    },
    {
      // 收取检索费、复制费共计120元: fees named one by one.
      key: 'fees.collected',
      units: ['元', '万元'],
      convert: (q) => moneyIn(q, '元'),
      re: pattern('收取(?:了)?(?:[^，,；;。]{0,12}?(?:检索|复制|邮寄|打印|复印|工本|处理)费[、和及与]?){1,4}(?:等)?(?:费用)?(?:共计|合计|共|为)?{N}'),
    },
  ],
  examples: [
    { input: '办理的政府信息公开均未收取申请人任何费用。', expect: { 'fees.collected': 0 } },
    { input: '依申请公开收取的费用(检索费、邮寄费、复制费等)为0元。', expect: { 'fees.collected': 0 } },
    { input: '全年依申请公开收取信息处理费共计400元。', expect: { 'fees.collected': 400 } },
    { input: '贵安新区不涉及任何政府收费行为。', expect: { 'fees.collected': null } },
    { input: '依申请公开收取检索费、复制费共计120元。', expect: { 'fees.collected': 120 } },
    { input: '2013年度，我局未发生政府信息公开收费情况。', expect: { 'fees.collected': 0 } },
    { input: '没有关于信息公开的收费及减免情况。', expect: { 'fees.collected': 0 } },
    { input: '政府信息公开工作经费15万元。', expect: { 'fees.collected': null } },
    { input: '2021年，无收取信息处理费情况。', expect: { 'fees.collected': 0 } },
    { input: '按照规定的按件、按量收费标准，本年度没有产生信息公开处理费。', expect: { 'fees.collected': 0 } },
    { input: '对政府信息公开申请，2014年度未向公民、法人或其他组织收取任何费用。', expect: { 'fees.collected': 0 } },
    { input: '对依申请公开的信息，我街道未对任何公民、法人和组织收取任何费用。', expect: { 'fees.collected': 0 } },
    { input: '依申请提供政府信息，沒有向申請人收費的情況。', expect: { 'fees.collected': 0 } },
    { input: '我局没有收到信息公开申请。四、收费及减免情况 无收费及减免情况。', expect: { 'fees.collected': 0 } },
    { input: '2015年依申请提供政府信息暂不收费。', expect: { 'fees.collected': 0 } },
    { input: '依申请提供的政府信息均免费。', expect: { 'fees.collected': 0 } },
    { input: '政府信息公开栏免费向公众发放宣传资料。', expect: { 'fees.collected': null } },
    { input: '停车场暂不收费，政府信息公开工作正常开展。', expect: { 'fees.collected': null } },
  ],
});
