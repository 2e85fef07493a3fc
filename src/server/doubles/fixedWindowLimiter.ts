/** A fixed-window request limiter, like Better Auth's: at most `max` requests per `windowMs`. */

/** Limits of a {@link createFixedWindowLimiter}. */
export type RateLimitOptions = {
  /** Requests allowed per window. @default 60 */
  max: number
  /** Window length in milliseconds. @default 60000 */
  windowMs: number
}

/** Counts one request: allowed, or refused with the time until the window ends. */
export type FixedWindowLimiter = (at: number) => { allowed: true } | { allowed: false; retryAfterMs: number }

/** Creates a limiter; the first request opens a window, and a new window opens once it has passed. */
export function createFixedWindowLimiter({ max, windowMs }: RateLimitOptions): FixedWindowLimiter {
  let windowStart = Number.NEGATIVE_INFINITY
  let count = 0
  return (at) => {
    if (at - windowStart >= windowMs) {
      windowStart = at
      count = 0
    }
    if (count >= max) return { allowed: false, retryAfterMs: windowStart + windowMs - at }
    count += 1
    return { allowed: true }
  }
}
