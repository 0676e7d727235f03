import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/server/teach/csv';
import { csvCell, fromCsvCell, writeCsv } from './index';

const FORMULAS = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1', '＝1+1', '＋1', '－1', '＠x'];

describe('csvCell', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const f of FORMULAS) {
      const cell = csvCell(f);
      expect(cell.replace(/^"/, '').startsWith("'"), JSON.stringify(f)).toBe(true);
    }
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('leaves other text and numbers as they are', () => {
    expect(csvCell('мемлекет')).toBe('мемлекет');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell("it's")).toBe("it's");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(null)).toBe('');
  });
});

describe('writeCsv and fromCsvCell', () => {
  it('round-trip: what is exported imports unchanged', () => {
    const rows = [['kk', 'ru'], ...FORMULAS.map((f) => [f, `${f} ru`]), ["'=already quoted", 'x']];
    const parsed = parseCsv(writeCsv(rows));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records.map((r) => r.fields.map(fromCsvCell))).toEqual(rows);
  });
});
