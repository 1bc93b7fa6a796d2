import type { Period } from '../../memory/profile';
import { t } from '../i18n';

// Making a DateTimeFormat costs far more than using one, and a page of charts names hundreds of days.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(language: string, style: 'day' | 'short' | 'month'): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let made = formats.get(key);
  if (!made) {
    const options: Intl.DateTimeFormatOptions =
      style === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' } : style === 'short' ? { day: 'numeric', month: 'short' } : { month: 'long', year: 'numeric' };
    formats.set(key, (made = new Intl.DateTimeFormat(language, options)));
  }
  return made;
}

/** A day in the reader's language ("5 March 2026" / "March 5, 2026"). */
export function formatDay(time: number, language: string): string {
  return format(language, 'day').format(time);
}

/** The name of a chart's period: a day, "week of 2 Mar", or "March 2026". */
export function formatPeriod(start: number, period: Period, language: string): string {
  if (period === 'month') return format(language, 'month').format(start);
  const day = format(language, 'short').format(start);
  return period === 'week' ? t('memoryPeriodWeek', day) : day;
}
