import { describe, expect, it } from 'vitest';
import { normalize, toSourceRange } from '../../src/text/normalize.js';

describe('normalize', () => {
  it('maps full-width forms, drops space next to CJK, keeps it between digits', () => {
    expect(normalize('（一）１２３件').text).toBe('(一)123件');
    expect(normalize('2017年 10月17日').text).toBe('2017年10月17日');
    expect(normalize('商业 企业').text).toBe('商业企业');
    expect(normalize('0 0 0').text).toBe('0 0 0');
    expect(normalize('“同意公开”的7件').text).toBe('同意公开的7件');
  });

  it('maps Traditional characters the rules look for', () => {
    expect(normalize('共主動公開政府信息175條').text).toBe('共主动公开政府信息175条');
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
