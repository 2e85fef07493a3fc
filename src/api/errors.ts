/**
 * Typed errors of the events client. Every failure is one of these, never a bare `Error` or an
 * empty list. Guards check `instanceof` or the `name`, so they survive duplicated bundles.
 */

/** Base class of every error the client throws. */
export class EventsApiError extends Error {
  /** The error class's name; each subclass has its own (`HttpError`, `NetworkError`, …). */
  override name: string = 'EventsApiError'
  /** The request URL, when the error belongs to one. */
  readonly url?: string
  constructor(message: string, options?: { url?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.url = options?.url
  }
}

/** What a 4xx/5xx answer means for the user. */
export type HttpErrorKind = 'unauthorized' | 'forbidden' | 'not-found' | 'rate-limited' | 'client' | 'server'

/** The backend answered with a non-2xx status. */
export class HttpError extends EventsApiError {
  /** `HttpError`: what the `is…Error` guards check, even across duplicated bundles. */
  override name = 'HttpError' as const
  /** HTTP status of the answer. */
  readonly status: number
  /** The parsed JSON body (or the text when it was not JSON; undefined when empty). */
  readonly body: unknown
  /** What the status means for the user (signed out, forbidden, not found, server error…). */
  readonly kind: HttpErrorKind
  /** The server's own message (`message` or `error` in the body), when there is one. */
  readonly serverMessage?: string
  /** Studio's 403 reason (`ip_not_allowed`, `ip_blocked`). */
  readonly reason?: string
  constructor(status: number, body: unknown, url: string) {
    const serverMessage = readServerMessage(body)
    super(`HTTP ${status}${serverMessage ? `: ${serverMessage}` : ''} (${url})`, { url })
    this.status = status
    this.body = body
    this.kind = httpErrorKind(status)
    this.serverMessage = serverMessage
    const reason = isRecord(body) && typeof body.reason === 'string' ? body.reason : undefined
    this.reason = reason
  }
}

/** 429 Too Many Requests: retry after `retryAfterMs`. */
export class RateLimitError extends EventsApiError {
  /** `RateLimitError`: what the `is…Error` guards check, even across duplicated bundles. */
  override name = 'RateLimitError' as const
  /** Always 429. */
  readonly status = 429 as const
  /** The parsed JSON body of the 429 answer. */
  readonly body: unknown
  /** Milliseconds to wait, from `Retry-After` (seconds or an HTTP date); undefined when absent. */
  readonly retryAfterMs?: number
  constructor(body: unknown, url: string, retryAfterMs?: number) {
    super(
      `Rate limited (${url})${retryAfterMs === undefined ? '' : `; retry in ${Math.ceil(retryAfterMs / 1000)} s`}`,
      { url },
    )
    this.body = body
    this.retryAfterMs = retryAfterMs
  }
}

/** The request never got an answer (DNS, refused, CORS, offline). */
export class NetworkError extends EventsApiError {
  /** `NetworkError`: what the `is…Error` guards check, even across duplicated bundles. */
  override name = 'NetworkError' as const
  /**
   * The request went to another origin than the page's. A browser reports a CORS refusal exactly
   * like an unreachable server, so this is the likely cause: serve the API on the page's origin
   * through a proxy (Next.js rewrites or a route handler, Vite's `server.proxy`).
   */
  readonly crossOrigin: boolean
  constructor(url: string, cause: unknown, options: { crossOrigin?: boolean; pageOrigin?: string } = {}) {
    const crossOrigin = options.crossOrigin ?? false
    super(
      crossOrigin
        ? `Network error: could not reach ${url} from ${options.pageOrigin ?? 'this page'}. The request is ` +
            'cross-origin, so this is most likely CORS (Studio sends no CORS headers): serve the events API ' +
            "on the page's origin through a proxy (Next.js rewrites or a route handler, Vite server.proxy)"
        : `Network error: could not reach ${url}`,
      { url, cause },
    )
    this.crossOrigin = crossOrigin
  }
}

/** The request took longer than `timeoutMs`. */
export class TimeoutError extends EventsApiError {
  /** `TimeoutError`: what the `is…Error` guards check, even across duplicated bundles. */
  override name = 'TimeoutError' as const
  /** The limit that was exceeded, in ms. */
  readonly timeoutMs: number
  constructor(url: string, timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms (${url})`, { url })
    this.timeoutMs = timeoutMs
  }
}

/** One problem found when validating an answer. */
export type ValidationIssue = {
  /** Dotted path of the offending field, e.g. `events.3.timestamp` ('' for the root). */
  path: string
  /** What is wrong with it. */
  message: string
}

/** The request succeeded but the answer is not shaped as the contract says. */
export class InvalidResponseError extends EventsApiError {
  /** `InvalidResponseError`: what the `is…Error` guards check, even across duplicated bundles. */
  override name = 'InvalidResponseError' as const
  /** Every problem found, each naming its field. */
  readonly issues: ValidationIssue[]
  constructor(url: string, issues: ValidationIssue[]) {
    const first = issues[0]
    super(
      `Invalid response from ${url}: ${first ? `${first.path || '(root)'}: ${first.message}` : 'unknown problem'}${
        issues.length > 1 ? ` (+${issues.length - 1} more)` : ''
      }`,
      { url },
    )
    this.issues = issues
  }
}

/** The caller aborted the request through its `AbortSignal`. */
export class AbortError extends EventsApiError {
  /** `AbortError`: what the `is…Error` guards check, even across duplicated bundles. */
  override name = 'AbortError' as const
  constructor(url?: string) {
    super('The request was aborted', { url })
  }
}

/** Any error the client throws. */
export type EventsError =
  | HttpError
  | RateLimitError
  | NetworkError
  | TimeoutError
  | InvalidResponseError
  | AbortError
  | EventsApiError

// ---------------------------------------------------------------------------- guards

const is =
  <T extends EventsApiError>(Class: abstract new (...args: never[]) => T, name: string) =>
  (error: unknown): error is T =>
    error instanceof Class || (error instanceof Error && error.name === name)

export const isEventsApiError = (error: unknown): error is EventsApiError =>
  error instanceof EventsApiError ||
  (error instanceof Error &&
    [
      'EventsApiError',
      'HttpError',
      'RateLimitError',
      'NetworkError',
      'TimeoutError',
      'InvalidResponseError',
      'AbortError',
      'UnsupportedError',
    ].includes(error.name))
export const isHttpError = is(HttpError, 'HttpError')
export const isRateLimitError = is(RateLimitError, 'RateLimitError')
export const isNetworkError = is(NetworkError, 'NetworkError')
export const isTimeoutError = is(TimeoutError, 'TimeoutError')
export const isInvalidResponseError = is(InvalidResponseError, 'InvalidResponseError')
export const isAbortError = (error: unknown): error is AbortError =>
  error instanceof AbortError || (error instanceof Error && error.name === 'AbortError')

// ---------------------------------------------------------------------------- helpers

function httpErrorKind(status: number): HttpErrorKind {
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not-found'
  if (status === 429) return 'rate-limited'
  return status >= 500 ? 'server' : 'client'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Longest server message kept in an error. */
const MAX_SERVER_MESSAGE = 200

function readServerMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return summarizeText(body)
  if (!isRecord(body)) return undefined
  for (const key of ['message', 'error', 'details'] as const) {
    const value = body[key]
    if (typeof value === 'string' && value) return value
  }
  return undefined
}

/**
 * A text body as one bounded line. An HTML page (a proxy's 502, a login page) becomes its
 * `<title>`, else its first text, never markup.
 */
export function summarizeText(text: string, max = MAX_SERVER_MESSAGE): string | undefined {
  let summary = text
  if (/^\s*</.test(text) || /<(html|body|head|title|!doctype)\b/i.test(text.slice(0, 2000))) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1]
    const body = text.replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ')
    summary = decodeEntities(title && title.trim() ? title : body)
  }
  summary = summary.replace(/\s+/g, ' ').trim()
  if (!summary) return undefined
  return summary.length > max ? `${summary.slice(0, max - 1)}…` : summary
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole
    }
    return named[entity.toLowerCase()] ?? whole
  })
}

/** Parses `Retry-After` (delta seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** The backend cannot answer this question (no counts, activity or geo endpoint). */
export class UnsupportedError extends EventsApiError {
  /** `UnsupportedError`: what the `is…Error` guards check, even across duplicated bundles. */
  override name = 'UnsupportedError' as const
  readonly feature: string
  constructor(feature: string, adapterId: string) {
    super(`The ${adapterId} backend does not support ${feature}`)
    this.feature = feature
  }
}
export const isUnsupportedError = is(UnsupportedError, 'UnsupportedError')
