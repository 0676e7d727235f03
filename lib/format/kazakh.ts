// Kazakh number, date and relative-time formatting, written out so that the server (Node,
// with full ICU) and the browser (Chromium ships no Kazakh locale data and falls back to
// "200,000" and "+24 h") print the same text. Conventions follow CLDR's kk locale: digits
// grouped by three with a no-break space, a decimal comma, "2026 ж. 12 нау.", "90,5%",
// "24 сағаттан кейін".
import type { CalendarParts } from './calendar';
import type { RelativeUnit } from './relative';

const GROUP = '\u00a0';
const DECIMAL = ',';

export interface NumberOptions {
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
}

/** Digits of |value| rounded half away from zero, as Intl does, grouped and with a decimal comma. */
export function kazakhNumber(value: number, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '-∞';
  const max = clampDigits(options.maximumFractionDigits ?? 3);
  const min = Math.min(clampDigits(options.minimumFractionDigits ?? 0), max);
  const fixed = Math.abs(value).toFixed(max);
  const [int = '0', digits = ''] = fixed.split('.');
  let frac = digits.replace(/0+$/, '');
  while (frac.length < min) frac += '0';
  const negative = value < 0 && (/[1-9]/.test(int) || /[1-9]/.test(frac));
  return `${negative ? '-' : ''}${group(int)}${frac ? DECIMAL + frac : ''}`;
}

function clampDigits(n: number): number {
  return Math.max(0, Math.min(20, Math.floor(n)));
}

function group(int: string): string {
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += GROUP;
    out += int[i];
  }
  return out;
}

export function kazakhPercent(rate: number, maximumFractionDigits = 1): string {
  return `${kazakhNumber(rate * 100, { maximumFractionDigits })}%`;
}

const MONTHS_SHORT = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];
const MONTHS_LONG = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
/** Monday first, as CalendarParts.weekday counts. */
const WEEKDAYS_SHORT = ['дс', 'сс', 'ср', 'бс', 'жм', 'сб', 'жс'];

export type DateStyle = 'weekday' | 'medium' | 'long' | 'dayMonth' | 'month' | 'dateTime';

export function kazakhDate(p: CalendarParts, style: DateStyle): string {
  const month = MONTHS_SHORT[p.month - 1]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (style) {
    case 'weekday':
      return `${p.year} ж. ${p.day} ${month}, ${WEEKDAYS_SHORT[p.weekday]}`;
    case 'medium':
      return `${p.year} ж. ${p.day} ${month}`;
    case 'long':
      return `${p.year} ж. ${p.day} ${MONTHS_LONG[p.month - 1]}`;
    case 'dayMonth':
      return `${p.day} ${month}`;
    case 'month':
      return month;
    case 'dateTime':
      return `${p.year} ж. ${p.day} ${month}, ${pad(p.hour)}:${pad(p.minute)}`;
  }
}

// The ablative ending of each unit word ("after N …"), and the bare word ("N … ago").
const UNITS: Record<RelativeUnit, [bare: string, after: string]> = {
  second: ['секунд', 'секундтан'],
  minute: ['минут', 'минуттан'],
  hour: ['сағат', 'сағаттан'],
  day: ['күн', 'күннен'],
  week: ['апта', 'аптадан'],
  month: ['ай', 'айдан'],
  year: ['жыл', 'жылдан'],
};

export function kazakhRelative(value: number, unit: RelativeUnit): string {
  if (unit === 'second' && value === 0) return 'қазір';
  const [bare, after] = UNITS[unit];
  const n = kazakhNumber(Math.abs(value));
  // -0 and 0 read as "in 0 …", as Intl does.
  return value < 0 || Object.is(value, -0) ? `${n} ${bare} бұрын` : `${n} ${after} кейін`;
}

const SHORT_UNITS = { second: 'с', minute: 'мин', hour: 'сағ' } as const;

export function kazakhUnit(value: number, unit: keyof typeof SHORT_UNITS): string {
  return `${kazakhNumber(value)} ${SHORT_UNITS[unit]}`;
}
