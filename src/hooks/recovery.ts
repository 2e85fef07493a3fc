/**
 * Recovery after a transient error (issue 11 point 7): a query whose last fetch failed with a
 * 5xx, a network failure, a timeout, an invalid answer or a 429 asks again by itself, with the
 * library's backoff (2 s doubling to 60 s, at least `Retry-After`), while it stays in its error
 * state so the UI can say what happened. A 401/403/404 or an unsupported question is not retried:
 * asking again cannot help until the user or the host changes something (`refetch` still works
 * at once). Used as (part of) the hooks' `refetchInterval`, so it pauses while the tab is hidden.
 */
import type { Query } from '@tanstack/react-query'
import {
  isHttpError,
  isInvalidResponseError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
} from '../api/errors'
import { BACKOFF_MAX_MS, BACKOFF_MIN_MS } from './streamController'

/** Whether asking again later can succeed without anyone doing anything. */
export function isTransientError(error: unknown): boolean {
  if (isRateLimitError(error) || isNetworkError(error) || isTimeoutError(error)) return true
  if (isInvalidResponseError(error)) return true
  return isHttpError(error) && error.kind === 'server'
}

// Errors a query had when it last succeeded, so the backoff counts only the current run of errors.
const errorsAtLastSuccess = new WeakMap<object, number>()

/**
 * The delay before a failed query asks again, or false when it should not (no error, or one that
 * asking again cannot fix).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function transientErrorRetryMs(query: Query<any, any, any, any>): number | false {
  const { status, error, errorUpdateCount } = query.state
  // Not on `pending`: a query without data goes back to pending at every attempt.
  if (status === 'success') errorsAtLastSuccess.set(query, errorUpdateCount)
  if (status !== 'error') return false
  if (!isTransientError(error)) return false
  const run = Math.max(1, errorUpdateCount - (errorsAtLastSuccess.get(query) ?? 0))
  const backoff = Math.min(BACKOFF_MIN_MS * 2 ** (run - 1), BACKOFF_MAX_MS)
  const asked = isRateLimitError(error) ? error.retryAfterMs : undefined
  return asked === undefined ? backoff : Math.max(asked, backoff)
}
