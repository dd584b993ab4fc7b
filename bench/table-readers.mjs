// The standard tables' readers and their run solver (glued cells cut by the tables' arithmetic): the worst time per
// table on the real 2019+ corpus, and on pathological runs built to make the search explode. Each table rule runs
// alone on the document; a rule that reads nothing gives the cost of building the tree, which is taken off.
import { defineRule, ogi2021, runRuleOnText } from '../dist/index.js';
import { loadCorpus } from './corpus.mjs';
import { fmt } from './measure.mjs';

export function benchTableReaders({ quick, log, report }) {
  const tableRules = ogi2021.rules.filter((r) => r.id.startsWith('standard-tables/'));
  const noop = defineRule({ id: 'bench/noop', scope: 'document', keys: ['requests.received'], meta: { description: 'nothing' }, extract: () => [] });
  // CPU time, best of `repeats`: other processes on a shared machine do not count against the reader.
  const best = (rule, text, repeats) => {
    runRuleOnText(rule, text);
    let min = Infinity;
    for (let k = 0; k < repeats; k++) {
      const t = process.cpuUsage();
      runRuleOnText(rule, text);
      const d = process.cpuUsage(t);
      min = Math.min(min, (d.user + d.system) / 1000);
    }
    return min;
  };
  const perTable = (text, repeats) => {
    const base = best(noop, text, repeats);
    return tableRules.map((rule) => ({ rule: rule.id.replace('standard-tables/', ''), ms: Math.max(0, best(rule, text, repeats) - base) }));
  };
  const realDocs = loadCorpus().docs.filter((d) => /^[rp]/.test(d.id.split('/').at(-1)));
  let worst = { ms: 0 };
  for (const d of realDocs) for (const t of perTable(d.text, quick ? 3 : 15)) if (t.ms > worst.ms) worst = { ...t, id: d.id };
  log(`standard tables, worst time per table on ${realDocs.length} real 2019+ reports: ${fmt(worst.ms, 2)} ms (${worst.rule}, ${worst.id})`);
  report('table reader, real corpus', `${fmt(worst.ms, 2)} ms/table`, '≤ 20 ms', worst.ms <= 20);

  const head = '某县2019年政府信息公开工作年度报告\n';
  const appRows = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果（一）予以公开', '（二）部分公开',
    '（三）不予公开1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息',
    '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '（四）无法提供1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作',
    '3.补正后申请内容仍不明确', '（五）不予处理1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理', '（七）总计', '四、结转下年度继续办理'];
  const table3 = (cell) => `${head}三、收到和处理政府信息公开申请情况\n申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他\n${appRows.map((r, i) => r + cell(i)).join('')}\n`;
  const table4 = (digits) => `${head}四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计${digits}\n`;
  const table2 = (digits) => `${head}第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章${digits}规范性文件${digits}\n`;
  // Deterministic pseudo-random digits (no leading-zero pruning helps: every cell length stays open).
  let seed = 12345;
  const digitsOf = (n) => Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) % 2147483648), String(1 + (seed % 9)))).join('');
  const pathological = [
    ['表三, every row 25 random non-zero digits', table3(() => digitsOf(25))],
    ['表四, 40 random non-zero digits', table4(digitsOf(40))],
    ['表三, every row 18 ones glued', table3(() => '1'.repeat(18))],
    ['表三, every row 9 zeros and a one, spaced irregularly', table3((i) => `10 0 00 0 0${i % 9 + 1}${i % 7}`)],
    ['表三, every row a different 12-digit run', table3((i) => String(100000000000 + i * 7919 * 104729).slice(0, 12))],
    ['表三, rows with the next marker glued on', table3((i) => `${'0'.repeat(7)}${(i % 8) + 1}`)],
    ['表四, 45 ones glued', table4('1'.repeat(45))],
    ['表四, 30 digits 1 0 alternating', table4('10'.repeat(15))],
    ['表二, two rows of 60 ones glued', table2('1'.repeat(60))],
  ];
  let worstPath = { ms: 0 };
  log('pathological runs (worst table rule each):');
  for (const [name, text] of pathological) {
    const top = perTable(text, quick ? 3 : 15).reduce((a, b) => (b.ms > a.ms ? b : a));
    log(`  ${name.padEnd(52)} ${fmt(top.ms, 2).padStart(8)} ms (${top.rule})`);
    if (top.ms > worstPath.ms) worstPath = { ...top, name };
  }
  report('table reader, pathological runs', `${fmt(worstPath.ms, 2)} ms/table`, '≤ 200 ms', worstPath.ms <= 200);
}
