'use client'
import { useMemo } from 'react'
import { isEmptyFilters } from '../api/filters'
import type { Category, EventFilters, Severity, SortOrder } from '../api/types'
import { useControllableState, type SetStateAction } from './useControllableState'

/** Options of {@link useEventFilters}: the controlled/uncontrolled triple. */
export type UseEventFiltersOptions = {
  /** Controlled filters. */
  value?: EventFilters
  /** Initial filters when uncontrolled. @default {} */
  defaultValue?: EventFilters
  /** Called with the new filters on every change. */
  onValueChange?: (filters: EventFilters) => void
}

/** Filter state and its setters. Every setter removes the field when given nothing (`undefined`, `''`, `[]`). */
export type UseEventFiltersResult = {
  /** The current filters. */
  filters: EventFilters
  /** No filter narrows anything (the sort order aside). */
  isEmpty: boolean
  /** Replaces the filters (or derives them from the current ones). */
  setFilters: (next: SetStateAction<EventFilters>) => void
  /** Sets some fields, keeps the others. */
  patchFilters: (patch: Partial<EventFilters>) => void
  /** Sets the free-text search. */
  setQuery: (q: string | undefined) => void
  /** Sets the categories. */
  setCategories: (categories: Category[] | undefined) => void
  /** Adds the category, or removes it when present. */
  toggleCategory: (category: Category) => void
  /** Sets the exact event types. */
  setTypes: (types: string[] | undefined) => void
  /** Adds the type, or removes it when present. */
  toggleType: (type: string) => void
  /** Sets the classification buckets. */
  setSeverities: (severities: Severity[] | undefined) => void
  /** Adds the bucket, or removes it when present. */
  toggleSeverity: (severity: Severity) => void
  /** Sets the date range: `from` inclusive, `until` exclusive. */
  setRange: (range: { from?: Date; until?: Date }) => void
  /** Sets the user id. */
  setUserId: (userId: string | undefined) => void
  /** Sets the organization id. */
  setOrganizationId: (organizationId: string | undefined) => void
  /** Sets the session id. */
  setSessionId: (sessionId: string | undefined) => void
  /** Sets the IP address (applied in the client: no backend filters it). */
  setIpAddress: (ipAddress: string | undefined) => void
  /** Sets the sort order. */
  setSort: (sort: SortOrder) => void
  /** Removes every filter (keeps the sort order). */
  clear: () => void
}

const EMPTY: EventFilters = {}

/** `filters` with `patch` applied; fields set to nothing are removed. */
export function patchEventFilters(filters: EventFilters, patch: Partial<EventFilters>): EventFilters {
  const next: Record<string, unknown> = { ...filters, ...patch }
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key]
  }
  if (next.sort === 'desc') delete next.sort
  return next as EventFilters
}

function toggle<T>(list: readonly T[] | undefined, item: T): T[] {
  return list?.includes(item) ? list.filter((value) => value !== item) : [...(list ?? []), item]
}

/**
 * Filter state for a dashboard, controlled (`value` + `onValueChange`) or not (`defaultValue`),
 * with setters for each field. Share one state between components with `<EventFiltersProvider>`;
 * mirror it in the URL with `useFiltersUrlSync`.
 * @example
 * const { filters, toggleSeverity, clear } = useEventFilters({ defaultValue: { severities: ['failed'] } })
 * const events = useEvents({ filters })
 */
export function useEventFilters({
  value,
  defaultValue = EMPTY,
  onValueChange,
}: UseEventFiltersOptions = {}): UseEventFiltersResult {
  const [filters, setFilters] = useControllableState({
    prop: value,
    defaultProp: defaultValue,
    onChange: onValueChange,
    name: 'value',
  })
  return useMemo(() => {
    const patch = (fields: Partial<EventFilters>) =>
      setFilters((current) => patchEventFilters(current, fields))
    return {
      filters,
      isEmpty: isEmptyFilters(filters),
      setFilters,
      patchFilters: patch,
      setQuery: (q) => patch({ q }),
      setCategories: (categories) => patch({ categories }),
      toggleCategory: (category) =>
        setFilters((f) => patchEventFilters(f, { categories: toggle(f.categories, category) })),
      setTypes: (types) => patch({ types }),
      toggleType: (type) => setFilters((f) => patchEventFilters(f, { types: toggle(f.types, type) })),
      setSeverities: (severities) => patch({ severities }),
      toggleSeverity: (severity) =>
        setFilters((f) => patchEventFilters(f, { severities: toggle(f.severities, severity) })),
      setRange: ({ from, until }) => patch({ from, until }),
      setUserId: (userId) => patch({ userId }),
      setOrganizationId: (organizationId) => patch({ organizationId }),
      setSessionId: (sessionId) => patch({ sessionId }),
      setIpAddress: (ipAddress) => patch({ ipAddress }),
      setSort: (sort) => patch({ sort }),
      clear: () => setFilters((f) => (f.sort ? { sort: f.sort } : EMPTY)),
    } satisfies UseEventFiltersResult
  }, [filters, setFilters])
}
