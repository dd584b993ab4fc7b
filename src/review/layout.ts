/**
 * The standard tables as the templates lay them out, as data: 表二 per template, 表三 (rows × the seven applicant
 * columns) and 表四 (fifteen cells). Each cell is a record key; the page redraws these grids from the report.
 */
import { APPLICANT_SUFFIXES } from '../schema/keys.js';

export interface GridRow {
  readonly label: string;
  /** Indent level of the label (group → item). */
  readonly depth: number;
  /** One key per column; `null` for a cell the template leaves empty. A group row has none. */
  readonly keys: ReadonlyArray<string | null>;
  /** A group row's own column headers (表二's sections each head their columns). */
  readonly headers?: readonly string[];
}

export interface Grid {
  readonly id: 'proactive' | 'applications' | 'review';
  readonly title: string;
  /** Header rows: [label, column span]. */
  readonly head: ReadonlyArray<ReadonlyArray<readonly [string, number]>>;
  readonly rows: readonly GridRow[];
}

const row = (label: string, keys: ReadonlyArray<string | null>, depth = 0): GridRow => ({ label, depth, keys });
const cols = (key: string) => [...APPLICANT_SUFFIXES.map((s) => `${key}@${s}`), key];
const app = (label: string, key: string, depth = 0) => row(label, cols(key), depth);
const group = (label: string, headers?: readonly string[]): GridRow => ({ label, depth: 0, keys: [], ...(headers ? { headers } : {}) });

function proactive2021(): Grid {
  const p = 'proactive';
  const decisions = ['本年处理决定数量'];
  return {
    id: 'proactive',
    title: '二、主动公开政府信息情况',
    head: [],
    rows: [
      group('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数']),
      row('规章', [`${p}.rules.issued`, `${p}.rules.repealed`, `${p}.rules.inForce`], 1),
      row('行政规范性文件', [`${p}.normativeDocs.issued`, `${p}.normativeDocs.repealed`, `${p}.normativeDocs.inForce`], 1),
      group('第二十条第（五）项', decisions),
      row('行政许可', [`${p}.licensing.decisions`], 1),
      group('第二十条第（六）项', decisions),
      row('行政处罚', [`${p}.penalty.decisions`], 1),
      row('行政强制', [`${p}.coercion.decisions`], 1),
      group('第二十条第（八）项', ['本年收费金额（单位：万元）']),
      row('行政事业性收费', [`${p}.fees.amount`], 1),
    ],
  };
}

function proactive2019(): Grid {
  const p = 'proactive';
  const items = (label: string, g: string) => row(label, [`${p}.${g}.previous`, `${p}.${g}.change`, `${p}.${g}.decisions`], 1);
  const itemHeaders = ['上一年项目数量', '本年增/减', '处理决定数量'];
  return {
    id: 'proactive',
    title: '二、主动公开政府信息情况',
    head: [],
    rows: [
      group('第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量']),
      row('规章', [`${p}.rules.made`, `${p}.rules.published`, `${p}.rules.totalPublic`], 1),
      row('规范性文件', [`${p}.normativeDocs.made`, `${p}.normativeDocs.published`, `${p}.normativeDocs.totalPublic`], 1),
      group('第二十条第（五）项', itemHeaders),
      items('行政许可', 'licensing'),
      items('其他对外管理服务事项', 'otherServices'),
      group('第二十条第（六）项', itemHeaders),
      items('行政处罚', 'penalty'),
      items('行政强制', 'coercion'),
      group('第二十条第（八）项', ['上一年项目数量', '本年增/减']),
      row('行政事业性收费', [`${p}.fees.previous`, `${p}.fees.change`], 1),
      group('第二十条第（九）项', ['采购项目数量', '采购总金额（元）']),
      row('政府集中采购', [`${p}.procurement.projects`, `${p}.procurement.amount`], 1),
    ],
  };
}

function applications(template: '2019' | '2021'): Grid {
  const d = 'dispositions';
  const other =
    template === '2019'
      ? [app('（六）其他处理', `${d}.other`, 1)]
      : [
          app('（六）其他处理', `${d}.other`, 1),
          app('1.逾期不补正', `${d}.other.noCorrection`, 2),
          app('2.逾期未缴纳费用', `${d}.other.unpaidFee`, 2),
          app('3.其他', `${d}.other.otherReason`, 2),
        ];
  return {
    id: 'applications',
    title: '三、收到和处理政府信息公开申请情况',
    head: [
      [['申请人情况', 1], ['自然人', 1], ['法人或其他组织', 5], ['总计', 1]],
      [['', 1], ['', 1], ['商业企业', 1], ['科研机构', 1], ['社会公益组织', 1], ['法律服务机构', 1], ['其他', 1], ['', 1]],
    ],
    rows: [
      app('一、本年新收政府信息公开申请数量', 'requests.received'),
      app('二、上年结转政府信息公开申请数量', 'requests.carriedOver'),
      group('三、本年度办理结果'),
      app('（一）予以公开', `${d}.granted`, 1),
      app('（二）部分公开', `${d}.partiallyGranted`, 1),
      app('（三）不予公开', `${d}.denied`, 1),
      ...(
        [
          ['1.属于国家秘密', 'stateSecret'],
          ['2.其他法律行政法规禁止公开', 'lawProhibited'],
          ['3.危及“三安全一稳定”', 'safetyStability'],
          ['4.保护第三方合法权益', 'thirdParty'],
          ['5.属于三类内部事务信息', 'internalAffairs'],
          ['6.属于四类过程性信息', 'processInfo'],
          ['7.属于行政执法案卷', 'enforcementFiles'],
          ['8.属于行政查询事项', 'queryMatters'],
        ] as const
      ).map(([label, k]) => app(label, `${d}.denied.${k}`, 2)),
      app('（四）无法提供', `${d}.unableToProvide`, 1),
      app('1.本机关不掌握相关政府信息', `${d}.unableToProvide.notHeld`, 2),
      app('2.没有现成信息需要另行制作', `${d}.unableToProvide.needsCreation`, 2),
      app('3.补正后申请内容仍不明确', `${d}.unableToProvide.unclear`, 2),
      app('（五）不予处理', `${d}.notProcessed`, 1),
      app('1.信访举报投诉类申请', `${d}.notProcessed.complaint`, 2),
      app('2.重复申请', `${d}.notProcessed.repeated`, 2),
      app('3.要求提供公开出版物', `${d}.notProcessed.publication`, 2),
      app('4.无正当理由大量反复申请', `${d}.notProcessed.massive`, 2),
      app('5.要求行政机关确认或重新出具已获取信息', `${d}.notProcessed.confirmation`, 2),
      ...other,
      app('（七）总计', `${d}.total`, 1),
      app('四、结转下年度继续办理', 'requests.carriedForward'),
    ],
  };
}

const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
const OUTCOME_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;

function review(): Grid {
  return {
    id: 'review',
    title: '四、政府信息公开行政复议、行政诉讼情况',
    head: [
      [['行政复议', 5], ['行政诉讼', 10]],
      [['', 5], ['未经复议直接起诉', 5], ['复议后起诉', 5]],
      [...OUTCOME_LABELS, ...OUTCOME_LABELS, ...OUTCOME_LABELS].map((l) => [l, 1] as const),
    ],
    rows: [row('', ['review', 'litigation.direct', 'litigation.afterReview'].flatMap((g) => OUTCOMES.map((o) => `${g}.${o}`)))],
  };
}

/** The grids of a template (`ogi-2019`, `ogi-2021`); none for other templates, whose tables are not these. */
export function gridsFor(template: string | undefined): Grid[] {
  if (template === 'ogi-2021') return [proactive2021(), applications('2021'), review()];
  if (template === 'ogi-2019') return [proactive2019(), applications('2019'), review()];
  return [];
}
