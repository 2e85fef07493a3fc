/** The invariants of `EventCounts` (what `getCounts` must return). */
import type { AdapterCapabilities } from '../types'

const BUCKETS = ['success', 'failed', 'warning', 'info'] as const

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0

/**
 * What is wrong with `counts` for a backend with `counts` capability `declared`; empty when
 * valid. `total` is a whole number ≥ 0; each bucket a whole number ≥ 0 or null (the server only
 * knows a total); when no bucket is null they add up to the total (the buckets partition events);
 * `scope` is `all-time` or `window` as declared.
 */
export function checkCounts(counts: unknown, declared: AdapterCapabilities['counts']): string[] {
  if (typeof counts !== 'object' || counts === null)
    return [`counts: must be an object, got ${JSON.stringify(counts)}`]
  const record = counts as Record<string, unknown>
  const problems: string[] = []
  if (!isCount(record.total))
    problems.push(`counts.total: must be a whole number ≥ 0, got ${JSON.stringify(record.total)}`)
  let sum = 0
  let complete = true
  for (const bucket of BUCKETS) {
    const value = record[bucket]
    if (value === null) complete = false
    else if (isCount(value)) sum += value
    else problems.push(`counts.${bucket}: must be a whole number ≥ 0 or null, got ${JSON.stringify(value)}`)
  }
  if (complete && isCount(record.total) && problems.length === 0 && sum !== record.total) {
    problems.push(`counts: the buckets add up to ${sum}, not the total ${record.total}`)
  }
  if (declared !== false && record.scope !== declared) {
    problems.push(`counts.scope: is ${JSON.stringify(record.scope)} but capabilities.counts is "${declared}"`)
  }
  return problems
}
