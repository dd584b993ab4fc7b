/**
 * meta.agency: the issuing body as written. The title's own name wins (浙江省发展改革委2017年度…); a bare region
 * name in the title (浙江省2019年…) gives way to a government body of that region named as issuer, signatory or
 * compiler (由浙江省人民政府办公厅…编制本报告). A coordination office (…领导小组办公室) is not an issuing body.
 */
import type { DocumentView } from '../../engine/document-view.js';
import { defineRule, type RuleMatch } from '../../engine/rule.js';
import type { TextView } from '../../engine/text-view.js';
import { findTitle } from './find-title.js';

const NAME_BEFORE_YEAR = /^([\p{Script=Han}（）()·]{2,40}?)(?:关于|(?:19|20)\d{2}年|[一二][〇○零一二三四五六七八九]{3}年)/u;
const NAME_AFTER_YEAR = /^(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年度?([\p{Script=Han}（）()·]{2,40}?)(?:政府信息公开|政务公开|信息公开|政府信息与政务公开|政务信息公开)/u;
const BARE_REGION = /^[\p{Script=Han}]{1,12}?(?:省|市|县|区|自治区|自治州|州|盟|旗|镇|乡|街道)$/u;
const GOVERNMENT_BODY = /人民政府|管理委员会|管委会|政府办公/u;
const ORG_SUFFIX = /(?:局|委|委员会|办|办公室|办公厅|厅|院|中心|政府|管委会|公司|部|署|所|站|队|馆|会|组|处|科)$/u;
const COMPILER = /由([\p{Script=Han}]{4,30}(?:办公厅|办公室|人民政府|委员会|管委会|局|委|中心|厅|办))(?:综合|汇总|负责|牵头|根据|按照|编制|组织)/u;

interface Candidate {
  readonly name: string;
  readonly view: TextView;
  readonly from: number;
  readonly to: number;
}

function fromTitle(doc: DocumentView): Candidate | null {
  const title = findTitle(doc);
  if (!title) return null;
  const m = NAME_BEFORE_YEAR.exec(title.text) ?? NAME_AFTER_YEAR.exec(title.text);
  if (!m) return null;
  const name = m[1]!.replace(/的$/u, '');
  if (name.length < 2) return null;
  const from = m.index + m[0].indexOf(m[1]!);
  return { name, view: title, from, to: from + name.length };
}

function issuerFields(doc: DocumentView): Candidate[] {
  return doc.metaFields
    .filter((f) => f.name === 'agency' && f.view.text.length >= 2)
    .map((f) => ({ name: f.view.text, view: f.view, from: 0, to: f.view.text.length }));
}

/** Signatures: a short org-name line right before a date line after the body, or a date line's signatory. */
function signatures(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  const tailFrom = doc.bodyEnd >= 0 ? doc.bodyEnd + 1 : 0;
  for (const field of doc.metaFields) {
    if (field.blockIndex < tailFrom) continue;
    if (field.name === 'signatory' && ORG_SUFFIX.test(field.view.text)) {
      out.push({ name: field.view.text, view: field.view, from: 0, to: field.view.text.length });
    }
    if (field.name !== 'date') continue;
    const before = doc.blocks[field.blockIndex - 1];
    if (before?.type !== 'paragraph' || before.children.length !== 1) continue;
    const view = doc.view(before.children[0]!);
    if (view.text.length <= 30 && ORG_SUFFIX.test(view.text) && !/[，,。；;:：]/u.test(view.text)) {
      out.push({ name: view.text, view, from: 0, to: view.text.length });
    }
  }
  return out;
}

function compilers(doc: DocumentView): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of doc.sentences.slice(0, 12)) {
    const m = COMPILER.exec(entry.view.text);
    if (m) out.push({ name: m[1]!, view: entry.view, from: m.index + 1, to: m.index + 1 + m[1]!.length });
  }
  return out;
}

const match = (c: Candidate, priority: number): RuleMatch => ({
  key: 'meta.agency',
  value: c.name,
  view: c.view,
  from: c.from,
  to: c.to,
  priority,
});

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
    const issuers = issuerFields(doc);
    const signed = [...signatures(doc), ...compilers(doc)];
    if (title && !BARE_REGION.test(title.name)) return [match(title, 0)];
    if (title) {
      // The labelled issuer of that region wins; a signature or compiler only when it is a government body.
      const issuer = issuers.find((c) => c.name.includes(title.name));
      const body = signed.find((c) => c.name.includes(title.name) && GOVERNMENT_BODY.test(c.name));
      return [match(issuer ?? body ?? title, 0)];
    }
    const others = [...issuers, ...signed];
    return others.length > 0 ? [match(others[0]!, 1)] : [];
  },
});
