/**
 * meta.agency: the issuing body as written. The title's own name wins (浙江省发展改革委2017年度…); a bare region
 * name in the title (浙江省2019年…) gives way to a government body of that region named as issuer, signatory or
 * compiler (由浙江省人民政府办公厅…编制本报告). A coordination office (…领导小组办公室) is not an issuing body.
 */
import type { DocumentView } from '../../engine/document-view.js';
import type { Span } from '../../engine/finding.js';
import { defineRule, type RuleMatch } from '../../engine/rule.js';
import type { TextView } from '../../engine/text-view.js';
import { findTitle } from './find-title.js';

const NAME_BEFORE_YEAR = /^([\p{Script=Han}（）()·]{2,40}?)(?:关于|(?:19|20)\d{2}年|[一二][〇○零一二三四五六七八九]{3}年)/u;
const NAME_AFTER_YEAR = /^(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年度?([\p{Script=Han}（）()·]{2,40}?)(?:政府信息公开|政务公开|信息公开|政府信息与政务公开|政务信息公开)/u;
const BARE_REGION = /^[\p{Script=Han}]{1,12}?(?:省|市|县|区|自治区|自治州|州|盟|旗|镇|乡|街道)$/u;
const GOVERNMENT_BODY = /人民政府|管理委员会|管委会|政府办公/u;
const ORG_SUFFIX = /(?:局|委|委员会|办|办公室|办公厅|厅|院|中心|政府|管委会|公司|部|署|所|站|队|馆|会|组|处|科)$/u;
// 由…编制 / 编写 names the compiler; two bodies may compile together (由某统计局、国家统计局某调查总队(以下简称…)编制).
const COMPILER =
  /由([\p{Script=Han}、]{4,40}?(?:办公厅|办公室|人民政府|委员会|管委会|局|委|中心|厅|办|总队|队))(?:[（(]以下简称[^）)]{1,12}[）)])?(?:综合|汇总|负责|牵头|根据|按照|编制|编写|组织)/u;
// The opening statement of the year's work names the body: 2020年，周矶街道办事处全面贯彻… / 2009年，水利部主动公开…
const YEAR_THEN_BODY =
  /^(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年度?[，,]([\p{Script=Han}]{2,30}?(?:人民政府|办事处|委员会|管委会|办公室|办公厅|局|委|厅|部|院|中心|政府|镇|乡|街道))(?=认真|全面|紧紧|进一步|坚持|深入|积极|主动|严格|不断|按照|围绕|始终|高度|扎实|切实|继续|坚决)/u;
// A cover letter names the report it carries: 关于报送《某局2016年政府信息公开工作情况》的函.
const CITED_REPORT = /^关于(?:报送|呈报|上报|公布|印发)?《([\p{Script=Han}（）()·]{2,40}?)(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年/u;
// 现公布湖南省人民政府2015年政府信息公开工作年度报告: the opening names whose report it is.
const PUBLISHER =
  /(?:现|特|予以|向社会)公布([\p{Script=Han}]{2,30}?(?:人民政府|办事处|委员会|管委会|办公室|办公厅|局|委|厅|部|院|中心|政府))(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年度?/u;
// Words a title's name slot can hold that are no issuer (2015年政府信息公开… → 政府; 关于做好…).
const NOT_A_NAME = /^(?:政府|人民政府|关于|我|本)/u;

interface Candidate {
  /** The name as written in the source (glosses dropped), for the record. */
  readonly name: string;
  /** The normalised name, for comparing candidates. */
  readonly folded: string;
  readonly source: Span;
}

function candidate(view: TextView, from: number, to: number): Candidate {
  return { name: view.written(from, to) || view.text.slice(from, to), folded: view.text.slice(from, to), source: view.toSource(from, to) };
}

function fromTitle(doc: DocumentView): Candidate | null {
  const title = findTitle(doc);
  if (!title) return null;
  const m = NAME_BEFORE_YEAR.exec(title.text) ?? NAME_AFTER_YEAR.exec(title.text) ?? CITED_REPORT.exec(title.text);
  if (!m) return null;
  const folded = m[1]!.replace(/的$/u, '');
  if (folded.length < 2 || NOT_A_NAME.test(folded) || !(ORG_SUFFIX.test(folded) || BARE_REGION.test(folded))) return null;
  const from = m.index + m[0].indexOf(m[1]!);
  return { name: title.written(from, from + folded.length) || folded, folded, source: title.span(from, from + folded.length) };
}

function issuerFields(doc: DocumentView): Candidate[] {
  return doc.metaFields
    .filter((f) => f.name === 'agency' && f.view.text.length >= 2)
    .map((f) => candidate(f.view, 0, f.view.text.length));
}

/** Signatures: a short org-name line right before a date line after the body, or a date line's signatory. */
function signatures(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  // After the body starts: a notice's signature may stand before the rules it issues, not at the very end.
  const tailFrom = doc.bodyStart >= 0 ? doc.bodyStart + 1 : 0;
  for (const field of doc.metaFields) {
    if (field.blockIndex < tailFrom) continue;
    if (field.name === 'signatory' && ORG_SUFFIX.test(field.view.text)) out.push(candidate(field.view, 0, field.view.text.length));
    if (field.name !== 'date') continue;
    const before = doc.blocks[field.blockIndex - 1];
    if (before?.type !== 'paragraph' || before.children.length !== 1) continue;
    const view = doc.view(before.children[0]!);
    if (view.text.length <= 30 && ORG_SUFFIX.test(view.text) && !/[，,。；;:：]/u.test(view.text)) out.push(candidate(view, 0, view.text.length));
  }
  return out;
}

function compilers(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of doc.sentences.slice(0, 12)) {
    const m = COMPILER.exec(entry.view.text) ?? YEAR_THEN_BODY.exec(entry.view.text) ?? PUBLISHER.exec(entry.view.text);
    if (!m) continue;
    const from = m.index + m[0].indexOf(m[1]!);
    out.push(candidate(entry.view, from, from + m[1]!.length));
  }
  return out;
}

const match = (c: Candidate, priority: number): RuleMatch => ({ key: 'meta.agency', value: c.name, source: c.source, priority });

export const metaAgency = defineRule({
  id: 'common/meta-agency',
  scope: 'document',
  keys: ['meta.agency'],
  meta: {
    description: 'Title name, else 发布机构, else the signature, else the compiling office; a bare region defers to its government body.',
    examples: [
      { input: '沈阳市发展和改革委员会2017年度政府信息公开工作报告\n\n  现将2017年度我委政府信息公开工作情况汇报如下。', expect: { 'meta.agency': '沈阳市发展和改革委员会' } },
      {
        input: '浙江省2019年政府信息公开工作年度报告\n\n  由浙江省人民政府办公厅综合各地情况编制本报告。',
        expect: { 'meta.agency': '浙江省人民政府办公厅' },
      },
    ],
  },
  extract(doc) {
    const title = fromTitle(doc);
    // The title's own name needs no other source: signatures and compilers are looked for only when it is absent or a
    // bare region.
    if (title && !BARE_REGION.test(title.folded)) return [match(title, 0)];
    const issuers = issuerFields(doc);
    const signed = signatures(doc);
    const compiled = compilers(doc);
    if (title) {
      // The labelled issuer of that region wins; a signature or compiler only when it is a government body.
      const issuer = issuers.find((c) => c.folded.includes(title.folded));
      const body = [...signed, ...compiled].find((c) => c.folded.includes(title.folded) && GOVERNMENT_BODY.test(c.folded));
      return [match(issuer ?? body ?? title, 0)];
    }
    // A signature names the body itself; a 发布机构 field is often the office that put the page up.
    const others = [...signed, ...issuers, ...compiled];
    return others.length > 0 ? [match(others[0]!, 1)] : [];
  },
});
