/**
 * The choices of the event type picker: one option per event (all spellings of it together),
 * grouped by category in display order.
 */
import { getEventTypeInfo } from '../../api/catalogue/catalogue'
import { CATEGORIES } from '../../api/types'
import type { Category } from '../../api/types'

/** One checkbox of the type picker. */
export type TypeOption = {
  /** Human label, e.g. "Signed in". */
  label: string
  /** Every spelling of the event (the infra plugin's code and documentation names). */
  types: string[]
}

/** The options of one category. */
export type TypeGroup = {
  category: Category
  options: TypeOption[]
}

/**
 * Groups `eventTypes` by category (in {@link CATEGORIES} order), merging spellings of the same
 * event into one option. Categories without any type are left out.
 */
export function groupTypeOptions(eventTypes: readonly string[]): TypeGroup[] {
  const covered = new Set<string>()
  const byCategory = new Map<Category, TypeOption[]>()
  for (const type of eventTypes) {
    if (covered.has(type)) continue
    const info = getEventTypeInfo(type)
    const types = [type, ...(info.aliases ?? []).filter((alias) => !covered.has(alias))]
    for (const t of types) covered.add(t)
    const options = byCategory.get(info.category) ?? []
    options.push({ label: info.label, types })
    byCategory.set(info.category, options)
  }
  return CATEGORIES.flatMap((category) => {
    const options = byCategory.get(category)
    return options ? [{ category, options }] : []
  })
}
