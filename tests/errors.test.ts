/** Bad input to the library: a typed error or an empty report with a warning, never a crash. */
import { describe, expect, it } from 'vitest';
import { OgiError } from '../src/errors.js';
import { decodeBytes } from '../src/input/decode.js';
import { parseReport } from '../src/parse-report.js';
import { toRecord } from '../src/record/to-record.js';

describe('bad input', () => {
  it('throws a typed error for a value that is not text', () => {
    for (const bad of [123, null, undefined, {}, ['a']]) {
      expect(() => parseReport(bad as unknown as string)).toThrow(OgiError);
      try {
        parseReport(bad as unknown as string);
      } catch (error) {
        expect((error as OgiError).code).toBe('input.not-text');
      }
    }
  });

  it('gives an empty report with a warning for empty input', () => {
    for (const empty of ['', '   \n\n  ']) {
      const report = parseReport(empty);
      expect(toRecord(report)).toEqual({ 'meta.kind': 'other' });
      expect(report.messages.map((m) => m.code)).toContain('input-empty');
    }
  });

  it('accepts UTF-8 bytes and refuses other bytes with a typed error', () => {
    expect(toRecord(parseReport(new TextEncoder().encode('某局2017年政府信息公开工作年度报告')))['meta.year']).toBe(2017);
    expect(() => parseReport(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]))).toThrow(/not UTF-8/);
  });

  it('decodes bytes: BOMs, UTF-8, GB18030; refuses binary', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ text: 'A', encoding: 'utf-16le' });
    expect(decodeBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]))).toEqual({ text: '你好', encoding: 'gb18030' });
    expect(() => decodeBytes(new Uint8Array([0x00, 0x01, 0x02]))).toThrow(expect.objectContaining({ code: 'input.binary' }));
  });

  it('throws format.unknown for a forced format that does not exist', () => {
    expect(() => parseReport('x', { format: 'ogi-1999' })).toThrow(expect.objectContaining({ code: 'format.unknown' }));
  });

  it('warns about an impossible date instead of using it', () => {
    const report = parseReport('某局2017年政府信息公开工作年度报告\n\n  2017年2月30日，召开会议，现将本局2017年度工作情况报告如下。\n');
    expect(report.milestones.map((m) => m.date)).not.toContain('2017-02-30');
    const warning = report.messages.find((m) => m.code === 'invalid-date');
    expect(warning).toMatchObject({ severity: 'warning', actual: '2017年2月30日', line: 3 });
  });

  it('reports conflicting statements instead of picking one', () => {
    const report = parseReport('某局2017年政府信息公开工作年度报告\n\n  全年共收到政府信息公开申请10件。\n  本年度共受理政府信息公开申请12件。\n');
    expect(report.values['requests.received']).toBeUndefined();
    expect(report.messages.find((m) => m.code === 'conflicting-values')?.severity).toBe('warning');
  });

  it('merges the same value stated twice and lists both places', () => {
    const report = parseReport('某局2017年政府信息公开工作年度报告\n\n  全年共收到政府信息公开申请10件。\n  本年度共受理政府信息公开申请10件。\n');
    expect(report.values['requests.received']?.value).toBe(10);
    expect(report.values['requests.received']?.alsoAt).toHaveLength(1);
  });
});

describe('HTML nested too deeply for a tree', () => {
  it('is read with its markup blanked, same offsets, with html-fallback', () => {
    const input = `<html><body><h1>某局2019年政府信息公开工作年度报告</h1>\n${'<div>'.repeat(80_000)}\n<p>本年共收到政府信息公开申请12件。</p></body></html>`;
    const report = parseReport(input);
    expect(report.messages.map((m) => m.code)).toContain('html-fallback');
    const received = report.values['requests.received'];
    expect(received?.value).toBe(12);
    expect(input.slice(received!.source.start, received!.source.end)).toBe(received!.source.raw);
  });
});
