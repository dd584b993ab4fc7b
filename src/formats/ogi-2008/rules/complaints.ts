/**
 * complaints.total (2008 statistics: 举报投诉数量): 收到…政府信息公开(方面的)举报投诉 N 件, and 未收到…举报投诉 → 0.
 * A combined 申诉、举报 count or complaints about other matters (信访) are not this key.
 */
import { pattern, proseRule } from '../../../engine/prose.js';
import { aboutDisclosure } from '../../prose/topics.js';

const WORD = '(?:举报投诉|投诉举报|投诉和举报|举报和投诉)';

export const complaints2008 = proseRule({
  id: 'ogi-2008/complaints',
  description: 'Complaints about disclosure work (举报投诉), with nil statements.',
  match: /举报|投诉/u,
  when: aboutDisclosure,
  patterns: [
    { key: 'complaints.total', re: pattern(`(?<![信访、])${WORD}(?:案件|事项)?(?:数量|数)?(?:共计|共|为)?{N}`) },
    { key: 'complaints.total', re: pattern(`(?:收到|受理|接到|发生)(?:有关)?(?:政府)?信息公开(?:工作)?(?:方面)?(?:的)?${WORD}{N}`) },
    {
      key: 'complaints.total',
      value: 0,
      re: pattern(`(?:未|没有|尚未|均未)(?:收到|接到|发生|出现|受理)(?:任何)?(?:有关|涉及|关于)?(?:政府)?(?:信息公开)?(?:工作)?(?:方面)?(?:的)?${WORD}`),
    },
    {
      // 未收到政府信息公开投诉: 举报 or 投诉 alone, when 信息公开 names what it is about.
      key: 'complaints.total',
      value: 0,
      re: pattern('(?:未|没有|尚未|均未)(?:收到|接到|发生|出现|受理)(?:任何)?(?:有关|涉及|关于)?(?:政府)?信息公开(?:工作)?(?:方面)?(?:的)?(?:投诉|举报)(?![、和及与]?(?:举报|投诉|申诉))'),
    },
  ],
  examples: [
    { input: '全年共收到政府信息公开举报投诉2件。', expect: { 'complaints.total': 2 } },
    { input: '未收到有关政府信息公开的举报投诉。', expect: { 'complaints.total': 0 } },
    { input: '政府信息公开方面的申诉、举报3件。', expect: { 'complaints.total': null } },
    { input: '全年受理信访举报投诉45件。', expect: { 'complaints.total': null } },
    { input: '2012年，我局未收到政府信息公开投诉及因政府信息公开提起行政诉讼的情况。', expect: { 'complaints.total': 0 } },
    { input: '未收到政府信息公开申诉、举报。', expect: { 'complaints.total': null } },
  ],
});
