// One Translator per language: messages (ICU MessageFormat, through FormatJS) and the
// Intl formatting of dates, numbers and lists, all for the same locale. Pure: the
// renderer, the CLI, the backend and core/export each make or receive one.
import { createIntl, createIntlCache } from '@formatjs/intl';
import type { FormatNumberOptions, IntlShape } from '@formatjs/intl';
import { CATALOGUES } from './catalogues';
import type { MessageKey } from './catalogues';
import { intlLocale } from './language';
import type { Language } from './language';

export type MessageValue = string | number | boolean | Date | null | undefined;
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** A tag function for rich messages: `<b>…</b>` in a message calls `b(chunks)`. */
export type RichTag<T> = (chunks: Array<string | T>) => T;

export type DateStyle = 'long' | 'medium' | 'short';

export interface Translator {
  readonly language: Language;
  /** The BCP 47 locale Intl formats with (`nl-BE`, `en-GB`). */
  readonly locale: string;
  /** The message for `key`, its `{placeholders}` filled from `values`. */
  t(key: MessageKey, values?: MessageValues): string;
  /** A message with tags (`Open <link>the folder</link>`) turned into elements by `tags`. */
  rich<T>(key: MessageKey, values: Readonly<Record<string, MessageValue | T | RichTag<T>>>): Array<string | T>;
  /**
   * A calendar date: `2020-11-27` → `27 november 2020` (long), `27 nov 2020` (medium),
   * `27/11/2020` (short). A `YYYY-MM-DD` string is a day, not an instant, so it is never
   * shifted by a time zone; anything that is not a real date comes back as it was.
   */
  date(value: string, style?: DateStyle): string;
  /** An instant (a revision's time) in the computer's own time zone: `27 november 2020 om 10:05`. */
  dateTime(value: Date | number | string, options?: { timeZone?: string }): string;
  number(value: number, options?: FormatNumberOptions): string;
  /** `a, b en c` / `a, b and c`. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

export interface TranslatorOptions {
  /** Called when a message cannot be formatted (a value missing, a bad ICU pattern). */
  onError?: (error: Error) => void;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

const cache = createIntlCache();
const made = new Map<Language, Translator>();

/** The Translator for `language`; shared, since it holds no state but caches. */
export function translator(language: Language): Translator {
  let found = made.get(language);
  if (!found) {
    found = createTranslator(language);
    made.set(language, found);
  }
  return found;
}

export function createTranslator(language: Language, options: TranslatorOptions = {}): Translator {
  const locale = intlLocale(language);
  const onError = options.onError ?? reportOnce;
  const intl: IntlShape<unknown> = createIntl<unknown>(
    {
      locale,
      defaultLocale: locale,
      messages: CATALOGUES[language],
      onError: (err) => onError(err),
    },
    cache,
  );
  const format = (key: MessageKey, values: Record<string, unknown> | undefined): unknown =>
    (intl.formatMessage as (d: { id: string }, v?: Record<string, unknown>) => unknown)({ id: key }, values);

  return {
    language,
    locale,
    t(key, values) {
      const out = format(key, values);
      return Array.isArray(out) ? out.join('') : String(out);
    },
    rich<T>(key: MessageKey, values: Readonly<Record<string, MessageValue | T | RichTag<T>>>) {
      const out = format(key, values);
      return (Array.isArray(out) ? out : [out]) as Array<string | T>;
    },
    date(value, style = 'long') {
      const m = CALENDAR_DATE.exec(value);
      if (!m) return value;
      const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      const back = new Date(ms).toISOString().slice(0, 10);
      if (back !== value) return value;
      return intl.formatDate(ms, { ...DATE_STYLES[style], timeZone: 'UTC' });
    },
    dateTime(value, opts = {}) {
      const ms = typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : value.getTime();
      if (Number.isNaN(ms)) return String(value);
      return intl.formatDate(ms, { ...DATE_STYLES.long, hour: '2-digit', minute: '2-digit', ...(opts.timeZone ? { timeZone: opts.timeZone } : {}) });
    },
    number(value, opts) {
      return intl.formatNumber(value, opts);
    },
    list(items, type = 'conjunction') {
      return intl.formatList(items, { type });
    },
  };
}

const reported = new Set<string>();

// A broken message must not break the screen it is on: FormatJS falls back to the raw
// pattern, and the fault is logged once so a developer sees it.
function reportOnce(error: Error): void {
  if (reported.has(error.message)) return;
  reported.add(error.message);
  console.error(`i18n: ${error.message}`);
}
