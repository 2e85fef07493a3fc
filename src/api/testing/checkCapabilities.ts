/**
 * The shape of `AdapterCapabilities` (CONTRACT section 5, "What an adapter declares"), and whether
 * an adapter has the methods its capabilities promise.
 */
import type { EventsAdapter } from '../adapter'

/** Fastest poll interval a backend may ask for: anything quicker hammers the server from every open tab. */
export const MIN_POLL_INTERVAL_MS = 250

const FILTER_FLAGS = [
  'severity',
  'status',
  'from',
  'until',
  'q',
  'userId',
  'organizationId',
  'sessionId',
] as const

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const oneOf = (value: unknown, allowed: readonly unknown[]) => allowed.includes(value)

/**
 * What is wrong with `capabilities`, one `field: problem` line each; empty when valid. Besides the
 * shape it checks sane values: `maxPageSize` a whole number ≥ 1 (or `Infinity`), and
 * `defaultPollIntervalMs` finite and ≥ 250.
 */
export function checkCapabilities(capabilities: unknown): string[] {
  if (!isRecord(capabilities)) return [`capabilities: must be an object, got ${JSON.stringify(capabilities)}`]
  const problems: string[] = []
  const add = (field: string, problem: string) => problems.push(`capabilities.${field}: ${problem}`)
  const { filters } = capabilities
  if (!isRecord(filters)) add('filters', 'must be an object')
  else {
    if (!oneOf(filters.types, ['one', 'many', false])) add('filters.types', 'must be "one", "many" or false')
    for (const flag of FILTER_FLAGS) {
      if (typeof filters[flag] !== 'boolean') add(`filters.${flag}`, 'must be a boolean')
    }
  }
  for (const flag of ['cursor', 'activity', 'sortAsc'] as const) {
    if (typeof capabilities[flag] !== 'boolean') add(flag, 'must be a boolean')
  }
  if (!oneOf(capabilities.counts, ['all-time', 'window', false]))
    add('counts', 'must be "all-time", "window" or false')
  if (!oneOf(capabilities.geo, ['single', 'batch', 'embedded', false])) {
    add('geo', 'must be "single", "batch", "embedded" or false')
  }
  const { maxPageSize, defaultPollIntervalMs } = capabilities
  const wholePage =
    typeof maxPageSize === 'number' && (maxPageSize === Infinity || Number.isInteger(maxPageSize))
  if (!wholePage || maxPageSize < 1)
    add('maxPageSize', `must be a whole number ≥ 1 or Infinity, got ${String(maxPageSize)}`)
  if (
    typeof defaultPollIntervalMs !== 'number' ||
    !Number.isFinite(defaultPollIntervalMs) ||
    defaultPollIntervalMs < MIN_POLL_INTERVAL_MS
  ) {
    add(
      'defaultPollIntervalMs',
      `must be a finite number ≥ ${MIN_POLL_INTERVAL_MS}, got ${String(defaultPollIntervalMs)}`,
    )
  }
  return problems
}

/** Capabilities that promise a method the adapter does not have (the client would call nothing). */
export function checkPromisedMethods(adapter: EventsAdapter, capabilities: unknown, where: string): string[] {
  if (!isRecord(capabilities)) return []
  const problems: string[] = []
  if (capabilities.counts !== false && typeof adapter.getCounts !== 'function') {
    problems.push(
      `${where}: counts is ${JSON.stringify(capabilities.counts)} but the adapter has no getCounts`,
    )
  }
  if (capabilities.activity === true && typeof adapter.getActivity !== 'function') {
    problems.push(`${where}: activity is true but the adapter has no getActivity`)
  }
  if (
    (capabilities.geo === 'single' || capabilities.geo === 'batch') &&
    typeof adapter.resolveGeo !== 'function'
  ) {
    problems.push(`${where}: geo is "${String(capabilities.geo)}" but the adapter has no resolveGeo`)
  }
  return problems
}

/** What is wrong with the adapter object itself (id, basePath, methods, baseline capabilities). */
export function checkAdapterShape(adapter: EventsAdapter): string[] {
  const problems: string[] = []
  if (typeof adapter.id !== 'string' || adapter.id.trim() === '')
    problems.push('adapter.id: must be a non-empty string')
  if (typeof adapter.basePath !== 'string') problems.push('adapter.basePath: must be a string')
  for (const method of ['getStatus', 'listEvents'] as const) {
    if (typeof adapter[method] !== 'function') problems.push(`adapter.${method}: must be a function`)
  }
  const baseline = checkCapabilities(adapter.capabilities).map((problem) => `adapter.${problem}`)
  return [
    ...problems,
    ...baseline,
    ...checkPromisedMethods(adapter, adapter.capabilities, 'adapter.capabilities'),
  ]
}
