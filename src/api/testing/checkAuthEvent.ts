/**
 * The invariants of one normalised event (CONTRACT section 5): what every adapter must hand the
 * hooks, whatever its backend sends. Framework-free: returns problems, never throws.
 */
import { CATEGORIES, SEVERITIES } from '../types'

const OPTIONAL_TEXT = ['userId', 'sessionId', 'organizationId', 'ipAddress', 'userAgent'] as const
const LOCATION_PARTS = ['country', 'countryCode', 'city', 'region'] as const

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

const show = (value: unknown) =>
  value instanceof Date ? `Date(${String(value.getTime())})` : JSON.stringify(value)

/**
 * What is wrong with `event` as a normalised `AuthEvent`, one `field: problem` line each; empty
 * when it is valid. Checks: a non-empty `id`, `type`, `label`, `message` and `source`; a valid
 * `timestamp` Date; `category` in `CATEGORIES`; `status` `success` | `failed`; `severity` in
 * `SEVERITIES` and `failed` whenever the status is (the shared rule); "none" fields are `undefined`,
 * never `null` or `''`; `ipAddress` is one address (no x-forwarded-for list); `location` has no
 * "Unknown" parts; `metadata` is a plain object; `raw` is kept.
 * @example expect(checkAuthEvent(page.events[0])).toEqual([])
 */
export function checkAuthEvent(event: unknown): string[] {
  if (!isRecord(event)) return [`(event): is ${show(event)}, not an object`]
  const problems: string[] = []
  const add = (field: string, problem: string) => problems.push(`${field}: ${problem}`)

  for (const field of ['id', 'type', 'label', 'message', 'source'] as const) {
    if (!isText(event[field])) add(field, `must be a non-empty string, got ${show(event[field])}`)
  }
  const { timestamp, category, status, severity } = event
  if (!(timestamp instanceof Date) || Number.isNaN(timestamp.getTime())) {
    add('timestamp', `must be a valid Date, got ${show(timestamp)}`)
  }
  if (!(CATEGORIES as readonly unknown[]).includes(category)) {
    add('category', `${show(category)} is not one of CATEGORIES`)
  }
  if (status !== 'success' && status !== 'failed')
    add('status', `must be "success" or "failed", got ${show(status)}`)
  if (!(SEVERITIES as readonly unknown[]).includes(severity)) {
    add('severity', `${show(severity)} is not one of SEVERITIES`)
  } else if (status === 'failed' && severity !== 'failed') {
    add(
      'severity',
      `is ${show(severity)} for a failed event; the shared rule makes every failed event "failed"`,
    )
  }

  for (const field of OPTIONAL_TEXT) {
    const value = event[field]
    if (value === undefined) continue
    if (value === null) add(field, 'is null; "none" must be undefined')
    else if (typeof value !== 'string') add(field, `must be a string or undefined, got ${show(value)}`)
    else if (value.trim() === '') add(field, `is ${show(value)}; "none" must be undefined`)
  }
  if (typeof event.ipAddress === 'string' && event.ipAddress.includes(',')) {
    add('ipAddress', `${show(event.ipAddress)} is a list; keep only the first (client) address`)
  }

  const { location } = event
  if (location === null) add('location', 'is null; "none" must be undefined')
  else if (location !== undefined && !isRecord(location))
    add('location', `must be an object, got ${show(location)}`)
  else if (isRecord(location)) {
    for (const part of LOCATION_PARTS) {
      const value = location[part]
      if (value === undefined) continue
      if (!isText(value) || value.trim().toLowerCase() === 'unknown') {
        add(`location.${part}`, `is ${show(value)}; unknown parts must be absent`)
      }
    }
  }

  if (!isRecord(event.metadata)) add('metadata', `must be a plain object, got ${show(event.metadata)}`)
  if (event.raw === undefined) add('raw', 'is missing; keep the event exactly as the backend sent it')
  return problems
}
