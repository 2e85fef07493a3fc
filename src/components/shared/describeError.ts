import {
  isHttpError,
  isInvalidResponseError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
  isUnsupportedError,
} from '../../api/errors'

/** What kind of failure an error is, for styling (`data-kind`) and custom rendering. */
export type ErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'client'
  | 'network'
  | 'timeout'
  | 'invalid-response'
  | 'unsupported'
  | 'unknown'

/** Texts of the error view. Functions receive what the typed error knows. */
export type ErrorLabels = {
  /** Heading of the error view. */
  title: string
  /** The retry button. */
  retry: string
  /** 401: the session is missing or expired. */
  unauthorized: string
  /** 403; `reason` is Studio's (`ip_not_allowed`, `ip_blocked`) when given. */
  forbidden: (reason: string | undefined, serverMessage: string | undefined) => string
  /** 404: the API is not at the configured base path. */
  notFound: (url: string | undefined) => string
  /** 429; `seconds` until the next attempt when the server said. */
  rateLimited: (seconds: number | undefined) => string
  /** 5xx: the server failed (with its own message, when it gave one). */
  server: (status: number, serverMessage: string | undefined) => string
  /** Another 4xx: the server refused the request. */
  client: (status: number, serverMessage: string | undefined) => string
  /** No answer at all (same origin: offline, DNS, refused). */
  network: (url: string | undefined) => string
  /**
   * A cross-origin request failed without an answer: almost always CORS (Studio sends no CORS
   * headers). `url` is the API's address, `pageOrigin` the page's.
   */
  networkCrossOrigin: (url: string | undefined, pageOrigin: string | undefined) => string
  /** No answer within the client's timeout. */
  timeout: (seconds: number) => string
  /** The answer did not match the contract; `field` is the dotted path of the first bad field. */
  invalidResponse: (field: string, problem: string) => string
  /** The backend has no endpoint for this (counts, activity, geo). */
  unsupported: (feature: string) => string
  /** Any other error (its message). */
  unknown: (message: string) => string
}

const REASONS: Record<string, string> = {
  ip_not_allowed: 'your IP address is not on the allow list',
  ip_blocked: 'your IP address is blocked',
}

/** Default English error texts. */
export const DEFAULT_ERROR_LABELS: ErrorLabels = {
  title: 'Could not load events',
  retry: 'Try again',
  unauthorized:
    'You are not signed in, or your session has expired. Sign in as an admin and try again. ' +
    'Better Auth Studio has its own sign-in (the better_auth_studio_session cookie), separate from ' +
    "your app's session. The dashboard asks Studio to turn your app's admin session into one " +
    "(POST …/api/auth/verify) and Studio refused: sign in to your app as an admin, or on Studio's own page, then try again.",
  forbidden: (reason, serverMessage) =>
    `Access denied: ${(reason && REASONS[reason]) ?? serverMessage ?? 'your account is not allowed to see these events'}.`,
  notFound: (url) =>
    `The events API was not found${url ? ` at ${url}` : ''}. Check the base URL and base path (Studio serves it under /api/studio).`,
  rateLimited: (seconds) =>
    seconds === undefined
      ? 'Too many requests. Retrying shortly.'
      : seconds <= 0
        ? 'Too many requests. Retrying now.'
        : `Too many requests. Retrying in ${seconds} s.`,
  server: (status, message) =>
    `The server failed to answer (HTTP ${status})${message ? `: ${message}` : '.'}`,
  client: (status, message) =>
    `The server refused the request (HTTP ${status})${message ? `: ${message}` : '.'}`,
  network: (url) =>
    `The events API is unreachable${url ? ` (${url})` : ''}. Check your connection and the base URL.`,
  networkCrossOrigin: (url, pageOrigin) =>
    `The browser blocked the request to the events API${url ? ` (${url})` : ''}: it is on another origin than this page${
      pageOrigin ? ` (${pageOrigin})` : ''
    } and does not allow it (CORS; Studio sends no CORS headers). Serve the API on this page's origin through a proxy: ` +
    'Next.js rewrites or a route handler, or the Vite dev server\'s server.proxy (see "Proxies" in the README).',
  timeout: (seconds) => `The server did not answer within ${seconds} s.`,
  invalidResponse: (field, problem) =>
    `The server's answer is not in the expected shape. Field "${field}": ${problem}`,
  unsupported: (feature) => `This backend does not support ${feature}.`,
  unknown: (message) => message || 'Something went wrong.',
}

/** A user-facing description of an error. */
export type ErrorDescription = {
  /** What went wrong, for styling and tests. */
  kind: ErrorKind
  /** The text to show. */
  message: string
  /** Milliseconds until the next attempt, for rate limits that said. */
  retryAfterMs?: number
  /** A network failure of a cross-origin request (CORS, most likely). */
  crossOrigin?: boolean
}

// `crossOrigin` is set by the client on a network failure of a cross-origin request; the URL is
// compared with the page's origin too, for errors made before the client said so.
function isCrossOrigin(error: { url?: string; crossOrigin?: unknown }): boolean {
  if (error.crossOrigin === true) return true
  if (error.crossOrigin === false) return false
  const origin = pageOrigin()
  if (!origin || !error.url) return false
  try {
    return new URL(error.url, origin).origin !== origin
  } catch {
    return false
  }
}

function pageOrigin(): string | undefined {
  return typeof location === 'undefined' || !location.origin || location.origin === 'null'
    ? undefined
    : location.origin
}

/**
 * Maps any thrown value to a clear, user-facing message using the typed errors of the client.
 * @example describeError(new HttpError(401, {}, '/api/studio/api/events')).message
 * // 'You are not signed in, …'
 */
export function describeError(error: unknown, labels: ErrorLabels = DEFAULT_ERROR_LABELS): ErrorDescription {
  if (isRateLimitError(error)) {
    const ms = error.retryAfterMs
    const seconds = ms === undefined ? undefined : Math.ceil(ms / 1000)
    return { kind: 'rate-limited', message: labels.rateLimited(seconds), retryAfterMs: ms }
  }
  if (isHttpError(error)) {
    switch (error.kind) {
      case 'unauthorized':
        return { kind: 'unauthorized', message: labels.unauthorized }
      case 'forbidden':
        return { kind: 'forbidden', message: labels.forbidden(error.reason, error.serverMessage) }
      case 'not-found':
        return { kind: 'not-found', message: labels.notFound(error.url) }
      case 'rate-limited':
        return { kind: 'rate-limited', message: labels.rateLimited(undefined) }
      case 'server':
        return { kind: 'server', message: labels.server(error.status, error.serverMessage) }
      default:
        return { kind: 'client', message: labels.client(error.status, error.serverMessage) }
    }
  }
  if (isNetworkError(error)) {
    if (isCrossOrigin(error)) {
      const origin = (error as { pageOrigin?: string }).pageOrigin ?? pageOrigin()
      return { kind: 'network', crossOrigin: true, message: labels.networkCrossOrigin(error.url, origin) }
    }
    return { kind: 'network', message: labels.network(error.url) }
  }
  if (isTimeoutError(error)) {
    return { kind: 'timeout', message: labels.timeout(Math.round(error.timeoutMs / 100) / 10) }
  }
  if (isInvalidResponseError(error)) {
    const first = error.issues[0]
    return {
      kind: 'invalid-response',
      message: labels.invalidResponse(first?.path || '(root)', first?.message ?? 'is invalid'),
    }
  }
  if (isUnsupportedError(error)) return { kind: 'unsupported', message: labels.unsupported(error.feature) }
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  return { kind: 'unknown', message: labels.unknown(message) }
}
