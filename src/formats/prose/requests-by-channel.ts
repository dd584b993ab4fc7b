/**
 * requests.byChannel.*: 当面/传真/网络(网上)/信函/电子邮件/其他 申请 N 件. A combined channel (信函、传真申请,
 * 当面或传真) names no single channel and binds nothing.
 */
import { PROSE_PRIORITY, acceptWhole, pattern, type ProsePattern, proseRule } from '../../engine/prose.js';
import { GAP, VERB } from './requests-received.js';
import type { SentenceContext } from '../../engine/rule.js';
import { aboutRequests } from './topics.js';

const CHANNELS: ReadonlyArray<readonly [string, string]> = [
  ['inPerson', '当面|现场'],
  ['fax', '传真'],
  ['online', '网络|网上|在线|互联网|网站'],
  ['mail', '信函|邮寄|来信'],
  ['email', '电子邮件|电子邮箱|邮件'],
  ['other', '其他|其它'],
];

// A channel joined to another channel word (信函、传真申请 3 件) is a combined count; after a count (…20件、信函申请10件)
// the list separator only starts the next item.
const ANY_CHANNEL = CHANNELS.map(([, words]) => words).join('|');
const patterns: ProsePattern[] = CHANNELS.map(([key, words]) => ({
  key: `requests.byChannel.${key}`,
  re: pattern(`(?<!(?:${ANY_CHANNEL})(?:形式|方式)?[、或和及与/])(?:通过)?(?:${words})(?:形式|方式|渠道)?(?:提交|提出)?(?:的)?申请(?:数|数量)?(?:为|共)?{N}`),
}));

// 收到市民张某的信函申请1条: the document's only count by channel, after a verb of receiving, states the total
// too; ranked below every other statement of the total, so any of them wins.
const NAMED_CHANNEL = CHANNELS.filter(([key]) => key !== 'other').map(([, words]) => words).join('|');
const CHANNEL_COUNT = new RegExp(`(?:${ANY_CHANNEL})(?:形式|方式)?(?:提交|提出)?(?:的)?申请(?:数|数量)?(?:为|共)?\\d`, 'gu');
const channelCounts = new WeakMap<object, number>();
const onlyChannelCount = (ctx: SentenceContext): boolean => {
  let count = channelCounts.get(ctx.doc);
  if (count === undefined) {
    count = (ctx.doc.allText.match(CHANNEL_COUNT) ?? []).length;
    channelCounts.set(ctx.doc, count);
  }
  return count === 1;
};
patterns.push({
  key: 'requests.received',
  re: pattern(`${VERB}${GAP}(?:的)?(?:${NAMED_CHANNEL})申请{N}`),
  accept: (m, q, ctx) => acceptWhole(m, q, ctx) && onlyChannelCount(ctx),
  priority: PROSE_PRIORITY + 5,
});

export const requestsByChannel = proseRule({
  id: 'prose/requests-by-channel',
  description: 'Requests by the channel they came through (and the total, when one channel is all a sentence states).',
  // Every pattern names a channel (申请 alone is in most sentences of the section).
  match: /当面|现场|传真|网络|网上|在线|互联网|网站|信函|邮寄|来信|邮件|邮箱|其他|其它/u,
  when: aboutRequests,
  patterns,
  examples: [
    {
      input: '2016年，新区收到政务信息依申请公开数6件，网络申请4件，信函申请2件，全部按时办结。',
      expect: { 'requests.byChannel.online': 4, 'requests.byChannel.mail': 2 },
    },
    { input: '共受理信息公开申请10件，其中当面申请1宗，网上申请9宗。', expect: { 'requests.byChannel.inPerson': 1, 'requests.byChannel.online': 9 } },
    { input: '共受理信息公开申请10件，其中信函、传真申请3件。', expect: { 'requests.byChannel.fax': null, 'requests.byChannel.mail': null } },
    { input: '2016年，我局收到市民张某的信函申请1条。', expect: { 'requests.received': 1, 'requests.byChannel.mail': 1 } },
    { input: '2016年，我局收到网上申请3件，信函申请1件。', expect: { 'requests.received': null, 'requests.byChannel.mail': 1 } },
    { input: '2016年，我局收到网上申请3件。当面申请2件。', expect: { 'requests.received': null, 'requests.byChannel.online': 3 } },
    {
      input: '共受理政府信息公开申请35件，其中网上申请20件、信函申请10件、当面申请5件。',
      expect: { 'requests.byChannel.online': 20, 'requests.byChannel.mail': 10, 'requests.byChannel.inPerson': 5 },
    },
  ],
});
