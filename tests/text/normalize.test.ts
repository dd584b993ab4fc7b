import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentView } from '../../src/engine/document-view.js';
import { TextView } from '../../src/engine/text-view.js';
import { NormalizedBuffer, normalize, normalizeInto, toSourceRange } from '../../src/text/normalize.js';
import { treeFromText } from '../../src/tree/from-text.js';
import { createLocator } from '../../src/tree/positions.js';

describe('normalize', () => {
  it('maps full-width forms, drops space next to CJK, keeps it between digits', () => {
    expect(normalize('（一）１２３件').text).toBe('(一)123件');
    expect(normalize('2017年 10月17日').text).toBe('2017年10月17日');
    expect(normalize('商业 企业').text).toBe('商业企业');
    expect(normalize('0 0 0').text).toBe('0 0 0');
    expect(normalize('“同意公开”的7件').text).toBe('同意公开的7件');
  });

  it('maps Traditional characters, standard and HK/TW forms, one to one', () => {
    expect(normalize('共主動公開政府信息175條').text).toBe('共主动公开政府信息175条');
    expect(normalize('行政複議及行政訴訟情況').text).toBe('行政复议及行政诉讼情况');
    expect(normalize('諮詢處理情況、政府網站績效評估').text).toBe('咨询处理情况、政府网站绩效评估');
    expect(normalize('衞生健康委員會裡的枱賬').text).toBe('卫生健康委员会里的台账');
    const source = '依申請公開政府信息和不予公開政府信息情況';
    expect(normalize(source).text).toHaveLength(source.length);
  });

  it('keeps the characters Simplified writing uses as they are', () => {
    expect(normalize('成效显著，什么').text).toBe('成效显著，什么');
  });

  it('drops inline pinyin glosses after a character', () => {
    expect(normalize('主動(dòng)公開').text).toBe('主动公开');
    expect(normalize('本年度報(bào)告').text).toBe('本年度报告');
    expect(normalize('廣州市統(tǒng)計(jì)局').text).toBe('广州市统计局');
    expect(normalize('報（bào）告').text).toBe('报告');
    // Tone marks as combining characters.
    expect(normalize('報(ba\u0300o)告').text).toBe('报告');
  });

  it('keeps parentheticals that are not glosses', () => {
    expect(normalize('第十七屆(2018)中國').text).toBe('第十七届(2018)中国');
    expect(normalize('“我的太原”APP(app)').text).toBe('我的太原APP(app)');
    expect(normalize('平台(app)与(bào)').text).toBe('平台(app)与');
    expect(normalize('報 (bào)').text).toBe('报(bào)');
    expect(normalize('x(bào)').text).toBe('x(bào)');
    expect(normalize('報(zhuàngzhuàng)').text).toBe('报(zhuàngzhuàng)');
  });

  it('maps a value after glossed words back to its exact source', () => {
    const source = '全年主動(dòng)公開政府信息12條(tiáo)，報(bào)告如下';
    const view = normalize(source);
    expect(view.text).toBe('全年主动公开政府信息12条，报告如下');
    const at = view.text.indexOf('12条');
    const value = toSourceRange(view, at, at + 3);
    expect(source.slice(value.start, value.end)).toBe('12條');
    const words = toSourceRange(view, 2, 6);
    expect(source.slice(words.start, words.end)).toBe('主動(dòng)公開');
    const last = toSourceRange(view, view.text.length - 1, view.text.length);
    expect(source.slice(last.start, last.end)).toBe('下');
  });

  it('maps every normalised character back to the source', () => {
    const source = '受理 申请１２件';
    const view = normalize(source);
    const at = view.text.indexOf('12件');
    const range = toSourceRange(view, at, at + 3);
    expect(source.slice(range.start, range.end)).toBe('１２件');
  });
});

describe('normalize fast path', () => {
  it('returns the text unchanged, mapped by offset, when nothing needs normalising', () => {
    const view = normalize('前文。受理申请78件。', 3);
    expect(view.text).toBe('受理申请78件。');
    expect(toSourceRange(view, 4, 7)).toEqual({ start: 7, end: 10 });
  });

  it('still drops corner quotes and maps Traditional characters', () => {
    expect(normalize('「同意公开」7件').text).toBe('同意公开7件');
    expect(normalize('開').text).toBe('开');
  });
});

describe('one buffer per document', () => {
  // A text normalisation leaves alone writes nothing: it reads as itself.
  const windowOf = (buffer: NormalizedBuffer, from: number, mapped: boolean, source: string) => ({
    text: mapped ? buffer.text(from, buffer.length) : source,
    start: mapped ? [...buffer.starts.subarray(from, buffer.length)] : null,
    end: mapped ? [...buffer.ends.subarray(from, buffer.length)] : null,
  });
  const alone = (s: string) => {
    const n = normalize(s);
    return { text: n.text, start: n.start ? [...n.start] : null, end: n.end ? [...n.end] : null };
  };

  it('a text appended after others reads as it does alone (width forms, NFKC expansions, glosses, surrogates)', () => {
    const texts = ['共主動公開政府信息175條', '（一）１２３件', '㍿ ㎏ 0 0 0', '報(bào)告 “同意”', '𠀀x\ud800', 'plain 文本。'];
    const buffer = new NormalizedBuffer(4);
    for (const s of texts) {
      const from = buffer.length;
      const mapped = normalizeInto(buffer, s, 0, s.length);
      expect(windowOf(buffer, from, mapped, s)).toEqual(alone(s));
      if (!mapped) expect(buffer.length).toBe(from);
    }
  });

  it('gives every view of a real document the text and map of normalize(node.value)', () => {
    const text = readFileSync(new URL('../../fixtures/real/regions/docs/r101.txt', import.meta.url), 'utf8');
    const doc = new DocumentView(treeFromText(text, createLocator(text)), text, createLocator(text));
    expect(doc.sentences.length).toBeGreaterThan(20);
    for (const { view } of doc.sentences) {
      const n = normalize(view.node.value);
      expect(view.text).toBe(n.text);
      const standalone = new TextView(view.node);
      for (let i = 0; i < n.text.length; i++) expect(view.toSource(i, i + 1)).toEqual(standalone.toSource(i, i + 1));
    }
  });
});
