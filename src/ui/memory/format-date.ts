import type { Period } from '../../memory/profile';
import { t } from '../i18n';

/** A day in the reader's language ("5 March 2026" / "March 5, 2026"). */
export function formatDay(time: number, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(time);
}

/** The name of a chart's period: a day, "week of 2 Mar", or "March 2026". */
export function formatPeriod(start: number, period: Period, language: string): string {
  if (period === 'month') return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' }).format(start);
  const day = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).format(start);
  return period === 'week' ? t('memoryPeriodWeek', day) : day;
}
