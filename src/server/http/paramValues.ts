/**
 * Parsers for single query values. Each returns the value, `undefined` when the parameter is
 * absent or empty, or throws a {@link ParamError} naming the parameter.
 */
import { SEVERITIES } from '../../api/types'
import type { EventStatus, Severity, SortOrder } from '../../api/types'

/** A query parameter the server cannot accept; becomes a 400 naming it. */
export class ParamError extends Error {
  override name = 'ParamError' as const
  /** The offending parameter. */
  readonly parameter: string
  constructor(parameter: string, message: string) {
    super(message)
    this.parameter = parameter
  }
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
/** Longest free-text search accepted. */
export const MAX_QUERY_LENGTH = 200
/** Most values in one comma list. */
export const MAX_LIST_LENGTH = 100

/** A trimmed, non-empty string value. */
export function readText(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim()
  // No stored text can hold a NUL (PostgreSQL refuses it), so nothing can match one: say so.
  if (value?.includes('\u0000')) throw new ParamError(name, `${name} must not contain a NUL character`)
  return value ? value : undefined
}

/** A non-negative integer (`min` and above). */
export function readInteger(params: URLSearchParams, name: string, min: number): number | undefined {
  const text = readText(params, name)
  if (text === undefined) return undefined
  const value = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN
  if (!Number.isSafeInteger(value) || value < min) {
    throw new ParamError(name, `${name} must be an integer of at least ${min}, got "${text.slice(0, 40)}"`)
  }
  return value
}

/** An ISO 8601 instant (or date, taken as midnight UTC). */
export function readInstant(params: URLSearchParams, name: string): Date | undefined {
  const text = readText(params, name)
  if (text === undefined) return undefined
  const date = ISO_INSTANT.test(text) ? new Date(text) : new Date(Number.NaN)
  if (Number.isNaN(date.getTime())) {
    throw new ParamError(name, `${name} must be an ISO 8601 date-time, got "${text.slice(0, 40)}"`)
  }
  return date
}

/** A calendar day `YYYY-MM-DD` that exists. */
export function readDay(params: URLSearchParams, name: string, required: boolean): string | undefined {
  const text = readText(params, name)
  if (text === undefined) {
    if (required) throw new ParamError(name, `${name} is required (YYYY-MM-DD)`)
    return undefined
  }
  const match = DAY.exec(text)
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  if (!date || date.toISOString().slice(0, 10) !== text) {
    throw new ParamError(name, `${name} must be a date YYYY-MM-DD, got "${text.slice(0, 40)}"`)
  }
  return text
}

/** `desc` or `asc`. */
export function readSort(params: URLSearchParams): SortOrder | undefined {
  const text = readText(params, 'sort')
  if (text === undefined) return undefined
  if (text !== 'desc' && text !== 'asc')
    throw new ParamError('sort', `sort must be "desc" or "asc", got "${text.slice(0, 40)}"`)
  return text
}

/** `success` or `failed`. */
export function readStatus(params: URLSearchParams): EventStatus | undefined {
  const text = readText(params, 'status')
  if (text === undefined) return undefined
  if (text !== 'success' && text !== 'failed') {
    throw new ParamError('status', `status must be "success" or "failed", got "${text.slice(0, 40)}"`)
  }
  return text
}

/** A comma list of non-empty values. */
export function readList(params: URLSearchParams, name: string): string[] | undefined {
  const text = readText(params, name)
  if (text === undefined) return undefined
  const values = [
    ...new Set(
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ]
  if (values.length > MAX_LIST_LENGTH)
    throw new ParamError(name, `${name} takes at most ${MAX_LIST_LENGTH} values`)
  return values.length ? values : undefined
}

/** A comma list of classification buckets. */
export function readSeverities(params: URLSearchParams): Severity[] | undefined {
  const values = readList(params, 'severity')
  if (values === undefined) return undefined
  const unknown = values.find((value) => !(SEVERITIES as readonly string[]).includes(value))
  if (unknown !== undefined) {
    throw new ParamError('severity', `severity takes ${SEVERITIES.join(', ')}; got "${unknown.slice(0, 40)}"`)
  }
  return values as Severity[]
}

/** A free-text search, bounded in length. */
export function readQuery(params: URLSearchParams): string | undefined {
  const text = readText(params, 'q')
  if (text !== undefined && text.length > MAX_QUERY_LENGTH) {
    throw new ParamError('q', `q must be at most ${MAX_QUERY_LENGTH} characters`)
  }
  return text
}

/** An IANA time zone name. */
export function readTimeZone(params: URLSearchParams, name: string, fallback: string): string {
  const text = readText(params, name) ?? fallback
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: text })
  } catch {
    throw new ParamError(
      name,
      `${name} must be an IANA time zone such as "Europe/Lisbon", got "${text.slice(0, 40)}"`,
    )
  }
  return text
}
