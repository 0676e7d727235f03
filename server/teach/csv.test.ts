import { describe, expect, it } from 'vitest';
import { writeCsv } from '@/lib/csv';
import { detectDelimiter, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads plain, quoted, comma, quote and line-break fields with their line numbers', () => {
    const r = parseCsv('\uFEFFa,b,c\r\n"x, y","he said ""hi""","two\nlines"\nlast,,\n');
    expect(r).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['x, y', 'he said "hi"', 'two\nlines'] },
        { line: 4, fields: ['last', '', ''] },
      ],
    });
  });

  it('skips empty lines and accepts a missing final line break', () => {
    expect(parseCsv('a\n\nb')).toEqual({ ok: true, records: [{ line: 1, fields: ['a'] }, { line: 3, fields: ['b'] }] });
    expect(parseCsv('"a"')).toEqual({ ok: true, records: [{ line: 1, fields: ['a'] }] });
  });

  it('reports an unterminated quote and a stray quote by line', () => {
    expect(parseCsv('a\n"b,c\n')).toEqual({ ok: false, line: 2, error: 'unterminated-quote' });
    expect(parseCsv('a\nb"c\n')).toEqual({ ok: false, line: 2, error: 'quote-in-field' });
    expect(parseCsv('"a"b\n')).toEqual({ ok: false, line: 1, error: 'quote-in-field' });
  });

  it('round-trips what writeCsv writes', () => {
    const rows = [['kk', 'ru'], ['мектеп', 'школа, училище'], ['"дәйексөз"', 'строка\nвторая']];
    const parsed = parseCsv(writeCsv(rows));
    expect(parsed.ok && parsed.records.map((r) => r.fields)).toEqual(rows);
  });

  it('detects a semicolon or tab delimiter from the first line, ignoring quoted text', () => {
    expect(detectDelimiter('kk;ru;en\nа;б,в;г')).toBe(';');
    expect(detectDelimiter('kk\tru\nа\tб')).toBe('\t');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('kk')).toBe(',');
    expect(parseCsv('a;"b;c"\n', ';')).toEqual({ ok: true, records: [{ line: 1, fields: ['a', 'b;c'] }] });
  });
});
