/** What Studio can do, and what an extended backend adds when it advertises extensions. */
import type { AdapterCapabilities } from '../../types'

/** The Studio baseline (CONTRACT section 5, "What an adapter declares"). */
export const STUDIO_BASELINE_CAPABILITIES: AdapterCapabilities = {
  filters: {
    types: 'one',
    severity: false,
    status: false,
    from: true,
    until: false,
    q: false,
    userId: true,
    organizationId: false,
    sessionId: false,
  },
  cursor: false,
  counts: 'all-time',
  activity: false,
  geo: 'single',
  maxPageSize: Number.POSITIVE_INFINITY,
  defaultPollIntervalMs: 2000,
  sortAsc: true,
  sequence: false,
  offset: true,
}

/** The extension names of CONTRACT section 3. */
export const STUDIO_EXTENSIONS = [
  'filters',
  'cursor',
  'activity',
  'counts-window',
  'geo-batch',
  'sequence',
  'push',
] as const

/** Merges what a status answer advertised onto the baseline. Unknown names are ignored. */
export function mergeAdvertised(
  base: AdapterCapabilities,
  advertised: readonly string[],
  maxPageSize?: number,
): AdapterCapabilities {
  const has = (name: string) => advertised.includes(name)
  return {
    ...base,
    filters: has('filters')
      ? {
          types: 'many',
          severity: true,
          status: true,
          from: true,
          until: true,
          q: true,
          userId: true,
          organizationId: true,
          sessionId: true,
        }
      : base.filters,
    cursor: has('cursor') || base.cursor,
    // Pages then go by the server's keyset cursor, not by offset.
    offset: !(has('cursor') || base.cursor) && (base.offset ?? false),
    counts: has('counts-window') ? 'window' : base.counts,
    activity: has('activity') || base.activity,
    geo: has('geo-batch') ? 'batch' : base.geo,
    maxPageSize: maxPageSize ?? base.maxPageSize,
    sequence: has('sequence') || (base.sequence ?? false),
    // Push needs the sequence: its ids are seqs, so a reconnect resumes without a window.
    push: (has('push') && has('sequence')) || (base.push ?? false),
  }
}
