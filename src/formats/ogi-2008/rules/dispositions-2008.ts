/**
 * The 2008-era answer categories in prose: 属已主动公开 N 件, 同意公开 N 件, 同意部分公开 N 件, 不同意公开 N 件,
 * 非本机关政府信息 / 不属于本机关 N 件, 信息不存在 N 件, 申请内容不明确 / 告知作出更改补充 N 件, 告知通过其他途径
 * 办理 N 件; also the number-first form of a breakdown sentence (其中3件已主动公开，3件公开答复).
 */
import { pattern, proseRule } from '../../../engine/prose.js';
import type { SentenceContext } from '../../../engine/rule.js';
import { aboutRequests } from '../../prose/topics.js';

/** A reason binds only inside a statement of refusals (不同意公开…，其中涉及国家秘密的1件). */
const afterRefusal = (m: RegExpExecArray, _q: unknown, ctx: SentenceContext): boolean =>
  /不同意公开|不予公开|否决公开/u.test(ctx.text.slice(0, m.index));

const TAIL = '(?:的)?(?:答复|申请)?(?:数)?(?:为|共)?{N}';

export const dispositions2008 = proseRule({
  id: 'ogi-2008/dispositions-2008',
  description: 'Answer categories of the 2008-era reports.',
  // Every pattern names one of these words (公开 alone is in every sentence of a report).
  match: /主动公开|同意|否决|公开答复|本(?:行政)?机关|不存在|不明确|更改|其他途径|国家秘密|危及|法规/u,
  when: aboutRequests,
  patterns: [
    { key: 'dispositions.alreadyPublic', re: pattern(`(?:属于?|为)?已(?:经)?主动公开(?:范围|的信息|信息)?${TAIL}`) },
    { key: 'dispositions.alreadyPublic', re: pattern('{N}(?:为|属于?)?已(?:经)?主动公开(?![的信息]{0,2}\\d)') },
    { key: 'dispositions.granted', re: pattern(`(?<!不)同意公开${TAIL}`) },
    { key: 'dispositions.granted', re: pattern('{N}(?:予以)?公开答复') },
    { key: 'dispositions.partiallyGranted', re: pattern(`同意部分公开${TAIL}`) },
    { key: 'dispositions.denied', re: pattern(`(?:不同意|否决)公开${TAIL}`) },
    // 由于信息不存在否决公开答复1条: a refusal with its reason; the reason's own key when it has one.
    { key: 'dispositions.notExist', re: pattern('(?:由于|因)(?:申请的?)?信息不存在(?:而)?(?:否决|不同意|不予)公开(?:答复)?{N}') },
    {
      key: 'dispositions.notThisAgency',
      re: pattern(`(?:非本(?:行政)?机关(?:政府信息|掌握(?:的)?(?:政府)?(?:信息)?)?|不属于本(?:行政)?机关(?:公开|掌握)?(?:范围)?)${TAIL}`),
    },
    { key: 'dispositions.notExist', re: pattern(`(?:申请)?信息不存在${TAIL}`) },
    { key: 'dispositions.amendRequested', re: pattern(`(?:申请内容不明确(?:需(?:要)?补正)?|告知(?:作出)?更改补充)${TAIL}`) },
    { key: 'dispositions.otherChannel', re: pattern(`告知(?:申请人)?通过其他(?:途径|渠道)(?:办理|获取)?${TAIL}`) },
    // The 其中 reasons of 不同意公开 that have a key of their own (国家秘密; 法律法规规定的其他情形; 危及国家安全、
    // 公共安全、经济安全和社会稳定). 商业秘密 and 个人隐私 are counted apart in 2008 and together (第三方) in 2019: no key.
    { key: 'dispositions.denied.stateSecret', re: pattern(`(?:涉及|属于)?国家秘密${TAIL}`), accept: afterRefusal },
    {
      // 法律法规规定的其他情形 / 法律、行政法规禁止公开的: the 2008 list's last reason, 2019's 其他法律行政法规禁止公开.
      key: 'dispositions.denied.lawProhibited',
      re: pattern(`(?:属于|涉及)?(?:其他)?法律(?:、)?(?:行政)?法规(?:规定)?(?:的)?(?:其他情形|禁止公开)(?:的)?(?:情形)?${TAIL}`),
      accept: afterRefusal,
    },
    {
      key: 'dispositions.denied.safetyStability',
      re: pattern(`危及(?:国家安全)?[、，,]?(?:公共安全)?[、，,]?(?:经济安全)?[、，,]?(?:和|及)?(?:社会稳定)${TAIL}`),
      accept: afterRefusal,
    },
  ],
  examples: [
    { input: '收到申请答复数6件。其中3件已主动公开，3件公开答复。', expect: { 'dispositions.alreadyPublic': 3, 'dispositions.granted': 3 } },
    {
      input: '在已经答复的9件申请中，“同意公开”的7件，“同意部分公开”1件，“信息不存在”的1件。',
      expect: { 'dispositions.granted': 7, 'dispositions.partiallyGranted': 1, 'dispositions.notExist': 1 },
    },
    { input: '在对申请答复的1677件中，属已主动公开的243件，属同意公开的318件。', expect: { 'dispositions.alreadyPublic': 243, 'dispositions.granted': 318 } },
    { input: '对申请的答复中，不同意公开的3件，其中涉及国家秘密的1件，涉及商业秘密的2件。', expect: { 'dispositions.denied': 3, 'dispositions.denied.stateSecret': 1, 'dispositions.denied.thirdParty': null } },
    { input: '对申请的答复中，不同意公开的4件，其中危及国家安全、公共安全、经济安全和社会稳定的1件，法律法规规定的其他情形3件。', expect: { 'dispositions.denied': 4, 'dispositions.denied.safetyStability': 1, 'dispositions.denied.lawProhibited': 3 } },
    { input: '依照法律法规规定的其他情形办理申请3件。', expect: { 'dispositions.denied.lawProhibited': null } },
    { input: '申请涉及国家秘密的，依法不予答复；共答复申请3件。', expect: { 'dispositions.denied.stateSecret': null } },
    {
      input: '对申请的答复中，告知申请人通过其他途径获取的2件，属于非本机关掌握信息的1件，申请内容不明确需补正的1件。',
      expect: { 'dispositions.otherChannel': 2, 'dispositions.notThisAgency': 1, 'dispositions.amendRequested': 1 },
    },
    { input: '政府信息公开申请数为2。同意公开答复1条，由于信息不存在否决公开答复1条。', expect: { 'dispositions.granted': 1, 'dispositions.notExist': 1, 'dispositions.denied': 1 } },
  ],
});
