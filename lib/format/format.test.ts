import { describe, expect, it } from 'vitest';
import { calendarParts, createFormatter, relativeParts } from './index';

const NBSP = '\u00a0';
const kk = createFormatter('kk');

describe('Kazakh numbers', () => {
  it('group digits by three with a no-break space and use a decimal comma', () => {
    expect(kk.number(200_000)).toBe(`200${NBSP}000`);
    expect(kk.number(1_234_567.891)).toBe(`1${NBSP}234${NBSP}567,891`);
    expect(kk.number(1234)).toBe(`1${NBSP}234`);
    expect(kk.number(999)).toBe('999');
    expect(kk.number(0)).toBe('0');
    expect(kk.number(-1234)).toBe(`-1${NBSP}234`);
  });

  it('round half away from zero to the allowed fraction digits and drop trailing zeros', () => {
    expect(kk.number(2.25, { maximumFractionDigits: 1 })).toBe('2,3');
    expect(kk.number(0.333, { maximumFractionDigits: 2 })).toBe('0,33');
    expect(kk.number(3.5, { maximumFractionDigits: 0 })).toBe('4');
    expect(kk.number(10.0, { maximumFractionDigits: 1 })).toBe('10');
    expect(kk.number(1.5, { minimumFractionDigits: 2 })).toBe('1,50');
    expect(kk.number(-0.0001, { maximumFractionDigits: 1 })).toBe('0');
  });

  it('agree with full ICU (Node) on integers and decimals', () => {
    const icu = new Intl.NumberFormat('kk', { maximumFractionDigits: 2 });
    for (const x of [0, 7, 42, 999, 1000, 12_345, 200_000, 1_000_000, 98_765_432, 0.5, 1.25, 12.5, 1234.56, -3.75, -1_000_000]) {
      expect(kk.number(x, { maximumFractionDigits: 2 }), String(x)).toBe(icu.format(x));
    }
  });

  it('percentages with no space before the sign', () => {
    expect(kk.percent(0.905)).toBe('90,5%');
    expect(kk.percent(1)).toBe('100%');
    expect(kk.percent(0.8333, 0)).toBe('83%');
  });
});

describe('message arguments', () => {
  it('give Kazakh messages grouped numbers and leave everything else as it is', () => {
    const when = new Date('2026-03-12T00:00:00Z');
    expect(kk.args({ count: 1714, small: 42, name: 'Айгүл', when })).toEqual({ count: `1${NBSP}714`, small: '42', name: 'Айгүл', when });
  });

  it('leave Russian and English numbers as numbers, for their plural rules', () => {
    for (const locale of ['ru', 'en'] as const) {
      const values = { count: 1714, name: 'x' };
      expect(createFormatter(locale).args(values)).toEqual({ count: 1714, name: 'x' });
    }
  });
});

describe('Kazakh dates', () => {
  const thursday = new Date('2026-03-12T00:00:00Z');
  it('name months and weekdays in Kazakh, year first', () => {
    expect(kk.date(thursday, 'weekday', 'UTC')).toBe('2026 ж. 12 нау., бс');
    expect(kk.date(thursday, 'medium', 'UTC')).toBe('2026 ж. 12 нау.');
    expect(kk.date(thursday, 'long', 'UTC')).toBe('2026 ж. 12 наурыз');
    expect(kk.date(thursday, 'dayMonth', 'UTC')).toBe('12 нау.');
    expect(kk.date(thursday, 'month', 'UTC')).toBe('нау.');
    expect(kk.date(new Date('2026-12-31T00:00:00Z'), 'medium', 'UTC')).toBe('2026 ж. 31 жел.');
    expect(kk.date(new Date('2026-03-15T00:00:00Z'), 'weekday', 'UTC')).toBe('2026 ж. 15 нау., жс');
  });

  it('take the calendar date and time in the given zone', () => {
    // 20:30 UTC on the 12th is already the 13th in Almaty (UTC+5).
    const late = new Date('2026-03-12T20:30:00Z');
    expect(kk.date(late, 'dateTime', 'Asia/Almaty')).toBe('2026 ж. 13 нау., 01:30');
    expect(kk.date(late, 'weekday', 'Asia/Almaty')).toBe('2026 ж. 13 нау., жм');
    expect(kk.date(late, 'dateTime', 'America/New_York')).toBe('2026 ж. 12 нау., 16:30');
    expect(calendarParts(late, 'Asia/Almaty')).toEqual({ year: 2026, month: 3, day: 13, weekday: 4, hour: 1, minute: 30 });
  });
});

describe('relative times', () => {
  const now = new Date('2026-03-12T10:00:00Z');
  const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it('pick the unit as next-intl does', () => {
    expect(relativeParts(at(30), now)).toEqual({ value: 30, unit: 'second' });
    expect(relativeParts(at(9 * 60 + 20), now)).toEqual({ value: 9, unit: 'minute' });
    expect(relativeParts(at(24 * 3600 - 1), now)).toEqual({ value: 24, unit: 'hour' });
    expect(relativeParts(at(3 * 86_400), now)).toEqual({ value: 3, unit: 'day' });
    expect(relativeParts(at(-2 * 3600), now)).toEqual({ value: -2, unit: 'hour' });
  });

  it('are said in Kazakh with the ablative of the unit', () => {
    expect(kk.relativeTime(at(24 * 3600 - 1), now)).toBe('24 сағаттан кейін');
    expect(kk.relativeTime(at(9 * 60), now)).toBe('9 минуттан кейін');
    expect(kk.relativeTime(at(5), now)).toBe('5 секундтан кейін');
    expect(kk.relativeTime(at(2 * 86_400), now)).toBe('2 күннен кейін');
    expect(kk.relativeTime(at(14 * 86_400), now)).toBe('2 аптадан кейін');
    expect(kk.relativeTime(at(60 * 86_400), now)).toBe('2 айдан кейін');
    expect(kk.relativeTime(at(400 * 86_400), now)).toBe('1 жылдан кейін');
    expect(kk.relativeTime(at(-5 * 60), now)).toBe('5 минут бұрын');
    expect(kk.relativeTime(at(0.2), now)).toBe('қазір');
  });

  it('in Russian and English through Intl', () => {
    expect(createFormatter('en').relativeTime(at(24 * 3600 - 1), now)).toBe('in 24 hours');
    expect(createFormatter('ru').relativeTime(at(9 * 60), now)).toBe('через 9 минут');
  });
});

describe('durations and the other locales', () => {
  it('short units', () => {
    expect(kk.unit(12, 'minute')).toBe('12 мин');
    expect(kk.unit(1, 'hour')).toBe('1 сағ');
    expect(kk.unit(40, 'second')).toBe('40 с');
    expect(createFormatter('en').unit(12, 'minute')).toBe('12 min');
  });

  it('English and Russian numbers keep their own separators', () => {
    expect(createFormatter('en').number(200_000)).toBe('200,000');
    expect(createFormatter('ru').number(200_000)).toBe(`200${NBSP}000`);
    expect(createFormatter('en').date(new Date('2026-03-12T00:00:00Z'), 'weekday', 'UTC')).toBe('Thu, Mar 12, 2026');
  });
});
