// Reference dates are `YYYY-MM-DD` strings; valid ones compare correctly as strings.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DateProblem = 'format' | 'calendar';

/** Why `date` is not a real `YYYY-MM-DD` calendar date, or null when it is one. */
export function dateProblem(date: string): DateProblem | null {
  const m = DATE.exec(date);
  if (!m) return 'format';
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return 'calendar';
  return day > daysInMonth(year, month) ? 'calendar' : null;
}

export function isValidDate(date: string | null | undefined): date is string {
  return typeof date === 'string' && dateProblem(date) === null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Today's date on the user's own calendar, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
