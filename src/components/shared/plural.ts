/**
 * Plural forms through `Intl.PluralRules`, so every label with a count agrees with it
 * ("1 day", "403 events"). The default texts are English; a translation passes its own locale
 * and forms (`few`, `many`… as the language needs).
 */

/** The forms of a word, by `Intl.PluralRules` category; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

const rules = new Map<string, Intl.PluralRules>()

function pluralRules(locale: string): Intl.PluralRules {
  let rule = rules.get(locale)
  if (!rule) {
    try {
      rule = new Intl.PluralRules(locale)
    } catch {
      rule = new Intl.PluralRules('en')
    }
    rules.set(locale, rule)
  }
  return rule
}

/**
 * The form of `forms` that goes with `count` in `locale`.
 * @example plural(1, { one: 'day', other: 'days' }) // 'day'
 * @example plural(403, { one: 'event', other: 'events' }) // 'events'
 */
export function plural(count: number, forms: PluralForms, locale = 'en'): string {
  return forms[pluralRules(locale).select(count)] ?? forms.other
}

/** English "event"/"events" for `count`. */
export const eventsWord = (count: number) => plural(count, { one: 'event', other: 'events' })
