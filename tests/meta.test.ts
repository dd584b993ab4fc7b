/** Document metadata: title, kind, year, agency, publication date and period from the places pages put them. */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/parse-report.js';
import { toRecord } from '../src/record/to-record.js';

const record = (input: string) => toRecord(parseReport(input));
const BODY = '\n  根据《中华人民共和国政府信息公开条例》，现将本机关年度政府信息公开工作情况报告如下。全年共收到政府信息公开申请3件。\n';

describe('metadata', () => {
  it('mines the 索引号 block in pipe form (发布机构, 发文日期)', () => {
    const r = record(
      '索引号 | 014416330/2018-04736 | 分类 | 政府信息公开年报 |\n发布机构 | 泰州市统计局 | 发文日期 | 2018-02-28 |\n文号 | | 有效性 | |\n泰州市统计局2017年政府信息公开工作年度报告' + BODY,
    );
    expect(r).toMatchObject({ 'meta.publishedAt': '2018-02-28', 'meta.agency': '泰州市统计局', 'meta.year': 2017 });
  });

  it('mines the 索引号 block of an HTML page, and skips its chrome', () => {
    const html = `<html><body><div class="crumb">您当前所在位置：<a>首页</a> &gt; 信息公开年报</div>
<table class="xxgk"><tr><th>索 引 号</th><td>XM02100-0101-2019-00001</td><th>发布机构</th><td>厦门市湖里区人民政府</td></tr>
<tr><th>发文日期</th><td>2019-01-11</td><th>文号</th><td>厦湖府〔2019〕1号</td></tr></table>
<h1>湖里区2018年政府信息公开工作年度报告</h1><p>${BODY.trim()}</p><div>扫一扫在手机打开当前页</div></body></html>`;
    const report = parseReport(html);
    expect(toRecord(report)).toMatchObject({
      'meta.publishedAt': '2019-01-11',
      'meta.agency': '厦门市湖里区人民政府',
      'meta.title': '湖里区2018年政府信息公开工作年度报告',
      'requests.received': 3,
    });
    expect(html.slice(report.meta.publishedAt!.source!.start, report.meta.publishedAt!.source!.end)).toBe('2019-01-11');
  });

  it('mines the colon form with spaced labels, and 成文日期 only when there is no 发布日期', () => {
    const r = record('索 引 号: 11/2020-01 发布机构: 某县人民政府办公室 成文日期: 2020-12-20 发布日期: 2020-12-22\n某县人民政府办公室2020年政府信息公开工作年度报告' + BODY);
    expect(r['meta.publishedAt']).toBe('2020-12-22');
    expect(r['meta.template']).toBe('ogi-2019');
    const written = record('成文日期: 2020-12-20\n某县人民政府办公室2020年政府信息公开工作年度报告' + BODY);
    expect(written['meta.publishedAt']).toBe('2020-12-20');
  });

  it('takes the signature date only when the page gives no publication date', () => {
    const r = record(`某局2014年政府信息公开工作年度报告${BODY}\n某局\n2015年3月25日\n`);
    expect(r['meta.publishedAt']).toBe('2015-03-25');
    expect(r['meta.agency']).toBe('某局');
  });

  it('reads Chinese-numeral years and dates', () => {
    const r = record(`二〇一九年某区政府信息公开工作年度报告${BODY}\n某区人民政府\n二〇二〇年一月二十日\n`);
    expect(r).toMatchObject({ 'meta.year': 2019, 'meta.publishedAt': '2020-01-20', 'meta.template': 'ogi-2019' });
  });

  it('prefers the government body to a bare region in the title, but not a coordination office', () => {
    const bare = record('浙江省2019年政府信息公开工作年度报告\n  由浙江省人民政府办公厅综合各地情况编制本报告。现将情况报告如下。\n');
    expect(bare['meta.agency']).toBe('浙江省人民政府办公厅');
    const office = record('贵安新区2016年政务公开工作年度报告\n  本报告由贵安新区政务公开工作领导小组办公室编制。现将情况报告如下。\n');
    expect(office['meta.agency']).toBe('贵安新区');
  });

  it('reads the statistics period, and tells bulletins and notices from reports', () => {
    expect(record('某局2022年政府信息公开工作年度报告\n  本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n')).toMatchObject({
      'meta.periodStart': '2022-01-01',
      'meta.periodEnd': '2022-12-31',
      'meta.template': 'ogi-2021',
    });
    for (const title of ['2022年上半年政府信息公开数据统计', '关于做好2017年度政府信息公开工作年度报告编制发布工作的通知', '文字解读:某区2022年政府信息公开工作年度报告']) {
      const r = record(`${title}\n  全年共收到政府信息公开申请5件。\n`);
      expect(r['meta.kind'], title).toBe('other');
      expect(r['requests.received'], title).toBeUndefined();
    }
  });

  it('calls a page without a title a report only when its opening says so', () => {
    expect(record('  根据《条例》规定，特公布本局2018年政府信息公开工作年度报告。全年共收到政府信息公开申请4件。\n')).toMatchObject({
      'meta.kind': 'annual-report',
      'meta.year': 2018,
      'requests.received': 4,
    });
    expect(record('  全年共收到政府信息公开申请4件。\n')['meta.kind']).toBe('other');
  });
});

describe('pages as real pages are written', () => {
  const CHROME_LINE =
    '当前位置：首页 > 政务公开 > 政府信息公开年报 青石县统计局2015年政府信息公开工作年度报告 来源：青石县统计局 时间：2016-01-20 00:00 --> 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： 根据《中华人民共和国政府信息公开条例》，现公布青石县统计局2015年政府信息公开工作年度报告。2015年我局主动公开政府信息318条。全年共收到政府信息公开申请3件。';

  it('reads the body that shares one line with breadcrumbs, fields and share widgets', () => {
    const report = parseReport(CHROME_LINE);
    const r = toRecord(report);
    expect(r['meta.publishedAt']).toBe('2016-01-20');
    expect(r['meta.kind']).toBe('annual-report');
    expect(r['meta.year']).toBe(2015);
    expect(r['requests.received']).toBe(3);
    expect(r['proactive.total']).toBe(318);
    const received = report.values['requests.received']!;
    expect(CHROME_LINE.slice(received.source.start, received.source.end)).toBe(received.source.raw);
  });

  it('mines an archive header block and never reads it as body or title', () => {
    const page = `标题: 青石县交通局2016年政府信息公开工作年度报告\n发布时间: 2017-01-11 09:31\n文号: \n发布机构: \n栏目: 政府信息公开年报\n原文链接: https://example.gov.cn/zwgk/t20170111_1.htm\n本地目录: zwgk/2017/1_青石县交通局2016年政府信息公开工作年度报告\n页面链接与图片详见 links.tsv(同目录)\n==================== 正文 ====================\n根据《条例》要求，现公布2016年度政府信息公开年度报告。全年共收到政府信息公开申请2件。`;
    const r = record(page);
    expect(r['meta.title']).toBe('青石县交通局2016年政府信息公开工作年度报告');
    expect(r['meta.publishedAt']).toBe('2017-01-11');
    expect(r['meta.agency']).toBe('青石县交通局');
    expect(r['requests.received']).toBe(2);
  });

  it('joins a title split after the issuer, and does not take 政府 from a title for the agency', () => {
    const r = record('青石县经济局\n2013年政府信息公开工作年度报告\n(2014年3月4日)\n根据《条例》要求，现将青石县经济局2013年政府信息公开工作年度报告向社会公布。全年共收到政府信息公开申请2件。');
    expect(r['meta.title']).toBe('青石县经济局2013年政府信息公开工作年度报告');
    expect(r['meta.agency']).toBe('青石县经济局');
    expect(record('2015年政府信息公开工作年度报告\n\n  现将本机关2015年度政府信息公开工作情况报告如下。')['meta.agency']).toBeUndefined();
  });

  it('tells a report without a title line by its opening or its standard headings, and a notice stays other', () => {
    expect(record('本年度报告根据《条例》要求编制。本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。')).toMatchObject({
      'meta.kind': 'annual-report',
      'meta.periodStart': '2016-01-01',
      'meta.periodEnd': '2016-12-31',
    });
    expect(record('一、总体情况\n2023年，我镇认真贯彻《条例》。\n二、主动公开政府信息情况\n全年主动公开政府信息20条。')).toMatchObject({ 'meta.kind': 'annual-report', 'meta.year': 2023 });
    const notice = parseReport('青石县人民政府办公室关于做好2014年政府信息公开工作年度报告编制工作的通知\n\n  各乡镇：现将有关事项通知如下。');
    expect(toRecord(notice)['meta.kind']).toBe('other');
    // It speaks of 年度报告, so a batch user is warned (not just informed) why it gave no values.
    expect(notice.messages.find((m) => m.code === 'not-a-report')?.severity).toBe('warning');
  });

  it('keeps the statistics period written as two dates, and a garbled start leaves only the end', () => {
    expect(record('本报告所列数据的统计期限自2017月1日起至2017年12月31日。')).toMatchObject({ 'meta.periodEnd': '2017-12-31' });
    expect(record('本报告所列数据的统计期限自2017月1日起至2017年12月31日。')['meta.periodStart']).toBeUndefined();
    expect(record('本报告中所列数据的统计期限自 2012 年 1 月 1 日起,至\n2012年12月31日止。')).toMatchObject({ 'meta.periodStart': '2012-01-01', 'meta.periodEnd': '2012-12-31' });
  });

  it('a 2017 report that names 政府集中采购 in its prose is still ogi-2008', () => {
    const r = record('青石县财政局2017年政府信息公开工作年度报告\n\n  现公布2017年度政府信息公开年度报告。主动公开政府集中采购信息12条。');
    expect(r['meta.template']).toBe('ogi-2008');
  });
});

describe('HTML page titles', () => {
  it('takes <title> without its column and site tails when the page has no title line, and finds the title past a menu', () => {
    const html = `<html><head><title>青石县2015年政府信息公开工作年度报告_政府信息公开年报_青石县人民政府</title></head><body>
<div>首页 机构概况 政务公开 政务服务 互动交流 专题专栏 数据开放</div>
<p>根据《中华人民共和国政府信息公开条例》，现公布2015年度政府信息公开年度报告。全年共收到政府信息公开申请4件。</p></body></html>`;
    const r = record(html);
    expect(r['meta.title']).toBe('青石县2015年政府信息公开工作年度报告');
    expect(r['meta.kind']).toBe('annual-report');
    expect(r['requests.received']).toBe(4);

    const withH1 = `<html><body><div>首页 机构概况 政务公开 政务服务 互动交流 专题专栏 数据开放</div><h1>青石县统计局2016年政府信息公开工作年度报告</h1>
<p>根据《中华人民共和国政府信息公开条例》，现公布2016年度政府信息公开年度报告。全年共收到政府信息公开申请5件。</p></body></html>`;
    expect(record(withH1)).toMatchObject({ 'meta.title': '青石县统计局2016年政府信息公开工作年度报告', 'meta.agency': '青石县统计局', 'meta.year': 2016 });
  });
});

describe('bylines', () => {
  it('a byline under the title is not the title', () => {
    const r = record('□ 青石县公安局东城分局 韩 超\n\n青石县公安局2016年政府信息公开工作年度报告\n\n  现公布2016年度政府信息公开年度报告。全年共收到政府信息公开申请2件。');
    expect(r['meta.title']).toBe('青石县公安局2016年政府信息公开工作年度报告');
    const bylineFirst = record('青石县公安局东城分局 韩 超\n\n  根据《条例》，现公布2016年度政府信息公开年度报告。全年共收到政府信息公开申请2件。');
    expect(bylineFirst['meta.title']).toBeUndefined();
  });
});

describe('fields, then widgets, then the body on a short line', () => {
  it('keeps the body that follows a share widget after the fields', () => {
    const r = record('发布日期：2016年01月20日 信息来源：青石县人民政府办公室 分享到： 根据《条例》，现公布2015年度政府信息公开年度报告。全年共收到政府信息公开申请3件。');
    expect(r).toMatchObject({ 'meta.publishedAt': '2016-01-20', 'meta.kind': 'annual-report', 'meta.year': 2015, 'requests.received': 3 });
  });
});
