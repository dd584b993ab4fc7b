/**
 * The 2019/2021 standard tables as a model (values per row and column) and renderers for every form a table
 * reaches us in: HTML with spans, pipes, tabs, aligned `-layout` text, one cell per line, a bare number line, and
 * `textContent` with the cells run together. Used by the table fixtures and the property tests.
 */

export type Template = '2019' | '2021';

export interface AppRow {
  readonly id: string;
  readonly key: string;
  readonly label: string;
  /** Group label (三、本年度办理结果 / （三）不予公开 …) the row sits under, if any. */
  readonly groups: readonly string[];
}

const RESULTS = '三、本年度办理结果';
const g = (id: string, key: string, label: string, ...groups: string[]): AppRow => ({ id, key, label, groups });

export function appRows(template: Template): AppRow[] {
  const denied = '（三）不予公开';
  const unable = '（四）无法提供';
  const notProcessed = '（五）不予处理';
  const other = '（六）其他处理';
  return [
    g('received', 'requests.received', '一、本年新收政府信息公开申请数量'),
    g('carriedOver', 'requests.carriedOver', '二、上年结转政府信息公开申请数量'),
    g('granted', 'dispositions.granted', '（一）予以公开', RESULTS),
    g('partial', 'dispositions.partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', RESULTS),
    g('stateSecret', 'dispositions.denied.stateSecret', '1.属于国家秘密', RESULTS, denied),
    g('lawProhibited', 'dispositions.denied.lawProhibited', '2.其他法律行政法规禁止公开', RESULTS, denied),
    g('safetyStability', 'dispositions.denied.safetyStability', '3.危及“三安全一稳定”', RESULTS, denied),
    g('thirdParty', 'dispositions.denied.thirdParty', '4.保护第三方合法权益', RESULTS, denied),
    g('internalAffairs', 'dispositions.denied.internalAffairs', '5.属于三类内部事务信息', RESULTS, denied),
    g('processInfo', 'dispositions.denied.processInfo', '6.属于四类过程性信息', RESULTS, denied),
    g('enforcementFiles', 'dispositions.denied.enforcementFiles', '7.属于行政执法案卷', RESULTS, denied),
    g('queryMatters', 'dispositions.denied.queryMatters', '8.属于行政查询事项', RESULTS, denied),
    g('notHeld', 'dispositions.unableToProvide.notHeld', '1.本机关不掌握相关政府信息', RESULTS, unable),
    g('needsCreation', 'dispositions.unableToProvide.needsCreation', '2.没有现成信息需要另行制作', RESULTS, unable),
    g('unclear', 'dispositions.unableToProvide.unclear', '3.补正后申请内容仍不明确', RESULTS, unable),
    g('complaint', 'dispositions.notProcessed.complaint', '1.信访举报投诉类申请', RESULTS, notProcessed),
    g('repeated', 'dispositions.notProcessed.repeated', '2.重复申请', RESULTS, notProcessed),
    g('publication', 'dispositions.notProcessed.publication', '3.要求提供公开出版物', RESULTS, notProcessed),
    g('massive', 'dispositions.notProcessed.massive', '4.无正当理由大量反复申请', RESULTS, notProcessed),
    g('confirmation', 'dispositions.notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息', RESULTS, notProcessed),
    ...(template === '2019'
      ? [g('other', 'dispositions.other', other, RESULTS)]
      : [
          g('noCorrection', 'dispositions.other.noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', RESULTS, other),
          g('unpaidFee', 'dispositions.other.unpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', RESULTS, other),
          g('otherReason', 'dispositions.other.otherReason', '3.其他', RESULTS, other),
        ]),
    g('total', 'dispositions.total', '（七）总计', RESULTS),
    g('carriedForward', 'requests.carriedForward', '四、结转下年度继续办理'),
  ];
}

export const APPLICANT_HEADERS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const;
export const SUFFIXES = ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg'] as const;
export const REVIEW_KEYS = ['review', 'litigation.direct', 'litigation.afterReview'].flatMap((group) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => `${group}.${o}`),
);

export interface ProactiveRow {
  readonly label: string;
  readonly cells: readonly string[];
  readonly keys: readonly string[];
}
export interface ProactiveSection {
  readonly marker: string;
  readonly headers: readonly string[];
  readonly rows: readonly ProactiveRow[];
}

export interface TablesModel {
  readonly template: Template;
  /** Row id → seven values (six applicant columns and 总计). */
  readonly applications: ReadonlyMap<string, readonly number[]>;
  readonly review: readonly number[];
  readonly proactive: readonly ProactiveSection[];
}

/** A consistent model: every identity holds; `seed` varies the numbers. */
export function consistentModel(template: Template, next: () => number = counter(1)): TablesModel {
  const rows = appRows(template);
  const dispositionRows = rows.filter((r) => r.groups.length > 0 && r.id !== 'total');
  const applications = new Map<string, number[]>();
  const total = [0, 0, 0, 0, 0, 0];
  for (const row of dispositionRows) {
    const parts = SUFFIXES.map(() => next());
    parts.forEach((v, c) => (total[c]! += v));
    applications.set(row.id, withTotal(parts));
  }
  const forward = SUFFIXES.map(() => next());
  const over = SUFFIXES.map(() => next());
  // 一 + 二 = 三(七) + 四 with 一 ≥ 0: 四 = forward + 二, 一 = total + forward.
  const received = total.map((t, c) => t + forward[c]!);
  const forwardAll = forward.map((f, c) => f + over[c]!);
  applications.set('total', withTotal(total));
  applications.set('carriedForward', withTotal(forwardAll));
  applications.set('carriedOver', withTotal(over));
  applications.set('received', withTotal(received));
  const review: number[] = [];
  for (let k = 0; k < 3; k++) {
    const parts = [next(), next(), next(), next()];
    review.push(...parts, parts.reduce((a, b) => a + b, 0));
  }
  return { template, applications, review, proactive: proactiveModel(template, next) };
}

export function withTotal(parts: readonly number[]): number[] {
  return [...parts, parts.reduce((a, b) => a + b, 0)];
}

export function counter(start: number): () => number {
  let n = start;
  return () => n++;
}

function proactiveModel(template: Template, next: () => number): ProactiveSection[] {
  const n = (): string => String(next());
  if (template === '2021') {
    return [
      {
        marker: '第二十条第（一）项',
        headers: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
        rows: [
          { label: '规章', cells: [n(), n(), n()], keys: ['proactive.rules.issued', 'proactive.rules.repealed', 'proactive.rules.inForce'] },
          { label: '行政规范性文件', cells: [n(), n(), n()], keys: ['proactive.normativeDocs.issued', 'proactive.normativeDocs.repealed', 'proactive.normativeDocs.inForce'] },
        ],
      },
      { marker: '第二十条第（五）项', headers: ['信息内容', '本年处理决定数量'], rows: [{ label: '行政许可', cells: [n()], keys: ['proactive.licensing.decisions'] }] },
      {
        marker: '第二十条第（六）项',
        headers: ['信息内容', '本年处理决定数量'],
        rows: [
          { label: '行政处罚', cells: [n()], keys: ['proactive.penalty.decisions'] },
          { label: '行政强制', cells: [n()], keys: ['proactive.coercion.decisions'] },
        ],
      },
      { marker: '第二十条第（八）项', headers: ['信息内容', '本年收费金额（单位：万元）'], rows: [{ label: '行政事业性收费', cells: [`${next()}.25`], keys: ['proactive.fees.amount'] }] },
    ];
  }
  return [
    {
      marker: '第二十条第（一）项',
      headers: ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      rows: [
        { label: '规章', cells: [n(), n(), n()], keys: ['proactive.rules.made', 'proactive.rules.published', 'proactive.rules.totalPublic'] },
        { label: '规范性文件', cells: [n(), n(), n()], keys: ['proactive.normativeDocs.made', 'proactive.normativeDocs.published', 'proactive.normativeDocs.totalPublic'] },
      ],
    },
    {
      marker: '第二十条第（五）项',
      headers: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      rows: [
        { label: '行政许可', cells: [n(), `+${next()}`, n()], keys: ['proactive.licensing.previous', 'proactive.licensing.change', 'proactive.licensing.decisions'] },
        { label: '其他对外管理服务事项', cells: [n(), `-${next()}`, n()], keys: ['proactive.otherServices.previous', 'proactive.otherServices.change', 'proactive.otherServices.decisions'] },
      ],
    },
    {
      marker: '第二十条第（六）项',
      headers: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      rows: [
        { label: '行政处罚', cells: [n(), `+${next()}`, n()], keys: ['proactive.penalty.previous', 'proactive.penalty.change', 'proactive.penalty.decisions'] },
        { label: '行政强制', cells: [n(), '0', n()], keys: ['proactive.coercion.previous', 'proactive.coercion.change', 'proactive.coercion.decisions'] },
      ],
    },
    {
      marker: '第二十条第（八）项',
      headers: ['信息内容', '上一年项目数量', '本年增/减'],
      rows: [{ label: '行政事业性收费', cells: [n(), `-${next()}`], keys: ['proactive.fees.previous', 'proactive.fees.change'] }],
    },
    {
      marker: '第二十条第（九）项',
      headers: ['信息内容', '采购项目数量', '采购总金额'],
      rows: [{ label: '政府集中采购', cells: [n(), `${next()}.5万元`], keys: ['proactive.procurement.projects', 'proactive.procurement.amount'] }],
    },
  ];
}

/** The record values the model states. */
export function expectedRecord(model: TablesModel): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of appRows(model.template)) {
    const v = model.applications.get(row.id)!;
    const plainOnly = false;
    if (!plainOnly) SUFFIXES.forEach((s, c) => (out[`${row.key}@${s}`] = v[c]!));
    out[row.key] = v[6]!;
  }
  const sum = (ids: string[]): number => ids.reduce((s, id) => s + model.applications.get(id)![6]!, 0);
  out['dispositions.denied'] = sum(['stateSecret', 'lawProhibited', 'safetyStability', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFiles', 'queryMatters']);
  out['dispositions.unableToProvide'] = sum(['notHeld', 'needsCreation', 'unclear']);
  out['dispositions.notProcessed'] = sum(['complaint', 'repeated', 'publication', 'massive', 'confirmation']);
  if (model.template === '2021') out['dispositions.other'] = sum(['noCorrection', 'unpaidFee', 'otherReason']);
  REVIEW_KEYS.forEach((k, i) => (out[k] = model.review[i]!));
  out['litigation.total'] = model.review[9]! + model.review[14]!;
  for (const section of model.proactive) {
    for (const row of section.rows) {
      row.keys.forEach((key, i) => {
        const cell = row.cells[i]!;
        if (cell.endsWith('万元') && key === 'proactive.procurement.amount') out[key] = Math.round(Number(cell.replace('万元', '')) * 10000);
        else out[key] = Number(cell) + 0; // -0 → 0
      });
    }
  }
  return out;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// ---------------------------------------------------------------------------------------------------------------
// HTML (the official layout: rowspans for groups, a three-row header, &nbsp; for blanks)

export interface RenderOptions {
  /** Leave this cell blank (`&nbsp;` in HTML, empty between pipes). */
  readonly blank?: (key: string) => boolean;
  /** Rewrite every label (variants: Traditional, half-width, spaces, missing numerals). */
  readonly label?: (label: string) => string;
  /** Add a 法人或其他组织小计 column after 其他. */
  readonly subtotal?: boolean;
}

/** Values of a 表三 row as rendered: optional subtotal column inserted before 总计. */
function rowValues(v: readonly number[], subtotal: boolean): number[] {
  if (!subtotal) return [...v];
  return [...v.slice(0, 6), v[1]! + v[2]! + v[3]! + v[4]! + v[5]!, v[6]!];
}

export function renderHtml(model: TablesModel, options: RenderOptions = {}): string {
  const cell = (key: string, value: number | string): string =>
    options.blank?.(key) ? '<td>&nbsp;</td>' : `<td>${esc(String(value))}</td>`;
  const L = options.label ?? ((x: string) => x);
  const sub = options.subtotal === true;
  const out: string[] = ['<html><head><title>2021年某局政府信息公开工作年度报告</title></head><body>', `<h1>某局${model.template}年政府信息公开工作年度报告</h1>`];
  out.push('<p>二、主动公开政府信息情况</p><table border="1">');
  for (const section of model.proactive) {
    out.push(`<tr><td colspan="${section.headers.length}">${L(section.marker)}</td></tr>`);
    out.push(`<tr>${section.headers.map((h) => `<td>${esc(L(h))}</td>`).join('')}</tr>`);
    for (const row of section.rows) out.push(`<tr><td>${L(row.label)}</td>${row.cells.map((c, i) => cell(row.keys[i]!, c)).join('')}</tr>`);
  }
  out.push('</table>');
  out.push('<p>三、收到和处理政府信息公开申请情况</p><table border="1">');
  out.push(`<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="${sub ? 8 : 7}">${L('申请人情况')}</td></tr>`);
  out.push(`<tr><td rowspan="2">${L('自然人')}</td><td colspan="${sub ? 6 : 5}">${L('法人或其他组织')}</td><td rowspan="2">${L('总计')}</td></tr>`);
  out.push(`<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ...(sub ? ['小计'] : [])].map((h) => `<td>${L(h)}</td>`).join('')}</tr>`);
  const rows = appRows(model.template);
  const opened = new Set<string>();
  for (const row of rows) {
    const v = rowValues(model.applications.get(row.id)!, sub);
    const values = v.map((x, c) => cell(c < 6 ? `${row.key}@${SUFFIXES[c]}` : c === v.length - 1 ? row.key : `${row.key}#subtotal`, x)).join('');
    let labels = '';
    if (row.groups.length === 0) labels = `<td colspan="3">${L(row.label)}</td>`;
    else {
      const [results, group] = row.groups;
      if (!opened.has(results!)) {
        opened.add(results!);
        labels += `<td rowspan="${rows.filter((r) => r.groups[0] === results).length}">${L(results!)}</td>`;
      }
      if (group) {
        if (!opened.has(group)) {
          opened.add(group);
          labels += `<td rowspan="${rows.filter((r) => r.groups[1] === group).length}">${L(group)}</td>`;
        }
        labels += `<td>${L(row.label)}</td>`;
      } else labels += `<td colspan="2">${L(row.label)}</td>`;
    }
    out.push(`<tr>${labels}${values}</tr>`);
  }
  out.push('</table>');
  out.push('<p>四、政府信息公开行政复议、行政诉讼情况</p><table border="1">');
  out.push('<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>');
  out.push('<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>');
  out.push(`<tr>${'<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>'.repeat(2)}</tr>`);
  out.push(`<tr>${model.review.map((v, i) => cell(REVIEW_KEYS[i]!, v)).join('')}</tr>`);
  out.push('</table><p>五、存在的主要问题及改进情况</p><p>本局将继续做好政府信息公开工作。</p></body></html>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Text forms

export type TextForm = 'pipes' | 'pipes-repeated' | 'tabs' | 'aligned' | 'cell-per-line' | 'cell-per-line-bare' | 'run-together';

function title(model: TablesModel): string {
  return `某局${model.template === '2019' ? 2019 : 2021}年政府信息公开工作年度报告`;
}

/** Rows of cells (label cells first) for the row-per-line forms. */
function gridRows(model: TablesModel, repeatGroups: boolean, options: RenderOptions): { proactive: string[][]; applications: string[][]; review: string[][] } {
  const L = options.label ?? ((x: string) => x);
  const sub = options.subtotal === true;
  const blank = (key: string, value: string): string => (options.blank?.(key) ? '' : value);
  const proactive: string[][] = [];
  for (const section of model.proactive) {
    proactive.push([L(section.marker)]);
    proactive.push(section.headers.map(L));
    for (const row of section.rows) proactive.push([L(row.label), ...row.cells.map((c, i) => blank(row.keys[i]!, c))]);
  }
  const applications: string[][] = [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', L('申请人情况')],
    [L('自然人'), L('法人或其他组织'), L('总计')],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ...(sub ? ['小计'] : [])].map(L),
  ];
  const shown = new Set<string>();
  for (const row of appRows(model.template)) {
    const labels = row.groups.filter((gr) => repeatGroups || !shown.has(gr));
    row.groups.forEach((gr) => shown.add(gr));
    const v = rowValues(model.applications.get(row.id)!, sub);
    const keys = v.map((_, c) => (c < 6 ? `${row.key}@${SUFFIXES[c]}` : c === v.length - 1 ? row.key : `${row.key}#subtotal`));
    applications.push([...labels.map(L), L(row.label), ...v.map((x, c) => blank(keys[c]!, String(x)))]);
  }
  const review = [
    ['行政复议', '行政诉讼'],
    ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'],
    [...Array(2)].flatMap(() => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']),
    model.review.map((v, i) => blank(REVIEW_KEYS[i]!, String(v))),
  ];
  return { proactive, applications, review };
}

function prose(model: TablesModel): { head: string[]; middle: (n: number) => string; tail: string[] } {
  return {
    head: [title(model), '一、总体情况', '本局认真贯彻落实《中华人民共和国政府信息公开条例》，做好政府信息公开工作。'],
    middle: (n) => ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'][n]!,
    tail: ['五、存在的主要问题及改进情况', '本局将继续做好政府信息公开工作。'],
  };
}

export function renderText(model: TablesModel, form: TextForm, options: RenderOptions = {}): string {
  const p = prose(model);
  const tables = gridRows(model, form === 'pipes-repeated' || form === 'tabs', options);
  const blocks = [tables.proactive, tables.applications, tables.review];
  const out: string[] = [...p.head];
  blocks.forEach((rows, n) => {
    out.push(p.middle(n));
    if (form === 'run-together') {
      out.push(rows.map((r) => r.join('')).join(''));
      return;
    }
    for (const row of rows) {
      switch (form) {
        case 'pipes':
        case 'pipes-repeated':
          out.push(`| ${row.join(' | ')} |`);
          break;
        case 'tabs':
          out.push(row.join('\t'));
          break;
        case 'aligned': {
          const [first, ...rest] = row;
          const isValues = rest.length > 0 && rest.every((c) => /^[+\-\d.万元]+$/.test(c));
          out.push(isValues ? `${first!.padEnd(30, ' ')}${rest.map((c) => `  ${c.padStart(8, ' ')}`).join('')}` : row.join('    '));
          break;
        }
        case 'cell-per-line':
          for (const c of row) out.push(`${c} |`);
          break;
        case 'cell-per-line-bare':
          for (const c of row) out.push(c);
          break;
      }
    }
  });
  out.push(...p.tail);
  return out.join('\n');
}

/** 表四 as pdf text often gives it: headers one character per line, then one bare line of fifteen numbers. */
export function renderFlipbookReview(model: TablesModel): string {
  return [
    title(model),
    '四、政府信息公开行政复议、行政诉讼情况',
    'Page 9 - 2021年报',
    '行政复议 行政诉讼',
    '未经复议直接起诉 复议后起诉',
    '结 结 其 尚',
    '果 果 他 未',
    '总计 果 果 他 未 总 果 果 他 未 总',
    model.review.join(' '),
    '五、存在的主要问题及改进情况',
  ].join('\n');
}
