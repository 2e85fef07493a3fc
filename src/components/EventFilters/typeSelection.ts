/**
 * How the event type picker reads and changes the filters. A whole category is kept as a
 * category (it also matches types the catalogue only recognises by pattern, such as
 * `security_*`); single events are kept as their types.
 */
import type { Category, EventFilters } from '../../api/types'
import type { TypeGroup } from './typeOptions'

/** A category checkbox: everything in it selected, some of it, or nothing. */
export type CategoryCheckState = 'on' | 'mixed' | 'off'

/** The filters with `key` set to `list`, or without `key` when the list is empty. */
export function withList<K extends 'categories' | 'types' | 'severities'>(
  value: EventFilters,
  key: K,
  list: NonNullable<EventFilters[K]>,
): EventFilters {
  const next = { ...value }
  if (list.length) next[key] = list
  else delete next[key]
  return next
}

const hasAll = (selected: readonly string[] | undefined, types: readonly string[]) =>
  types.every((type) => selected?.includes(type))

/** Whether an option (one event, all spellings) is checked, directly or through its category. */
export function isOptionChecked(value: EventFilters, category: Category, types: readonly string[]): boolean {
  return Boolean(value.categories?.includes(category)) || hasAll(value.types, types)
}

/** Whether a category's select-all checkbox is checked, mixed or clear. */
export function categoryCheckState(value: EventFilters, group: TypeGroup): CategoryCheckState {
  if (value.categories?.includes(group.category)) return 'on'
  const selected = group.options.filter((option) => hasAll(value.types, option.types)).length
  if (selected === 0) return 'off'
  return selected === group.options.length ? 'on' : 'mixed'
}

/** Selects or clears a whole category; its single types are folded into it either way. */
export function setCategory(value: EventFilters, group: TypeGroup, checked: boolean): EventFilters {
  const categories = (value.categories ?? []).filter((c) => c !== group.category)
  if (checked) categories.push(group.category)
  const all = group.options.flatMap((option) => option.types)
  const rest = (value.types ?? []).filter((type) => !all.includes(type))
  return withList(withList(value, 'categories', categories), 'types', rest)
}

/**
 * Selects or clears one option. Clearing an option of a fully selected category turns the
 * category into its other options, so those stay selected.
 */
export function setOption(
  value: EventFilters,
  group: TypeGroup,
  types: readonly string[],
  checked: boolean,
): EventFilters {
  const current = value.types ?? []
  if (checked) return withList(value, 'types', [...current, ...types.filter((t) => !current.includes(t))])
  if (value.categories?.includes(group.category)) {
    const others = group.options
      .flatMap((option) => option.types)
      .filter((t) => !types.includes(t) && !current.includes(t))
    const categories = value.categories.filter((c) => c !== group.category)
    return withList(withList(value, 'categories', categories), 'types', [...current, ...others])
  }
  return withList(
    value,
    'types',
    current.filter((t) => !types.includes(t)),
  )
}
