/**
 * What a store failure means. A database that cannot be reached (restarting, down, out of
 * connections) is temporary: requests get a 503, ingestion keeps its queue and retries. A value
 * the database refuses (a data exception) is about one event: ingestion isolates it. Anything
 * else is treated as temporary, so an unknown failure never costs events.
 */

type Coded = { code?: unknown; message?: unknown }

const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
])
const UNAVAILABLE_MESSAGE =
  /connection terminated|terminating connection|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|Client has encountered a connection error|Connection refused/i

function codeOf(error: unknown): string | undefined {
  const code = (error as Coded | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** Whether `error` says the database cannot be reached right now (PostgreSQL classes 08, 57P, 53300, or a socket error). */
export function isStoreUnavailable(error: unknown): boolean {
  const code = codeOf(error)
  if (code) {
    if (UNAVAILABLE_NODE_CODES.has(code)) return true
    if (code.startsWith('08') || code.startsWith('57P') || code === '53300') return true
  }
  const nested = (error as { errors?: unknown[] } | null)?.errors
  if (Array.isArray(nested) && nested.some(isStoreUnavailable)) return true
  const message = (error as Coded | null)?.message
  return typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)
}

/**
 * Whether `error` is the database (or the store's own validation) refusing a VALUE: PostgreSQL
 * class 22 (data exception) or 23 (integrity), or a `TypeError` from preparing an event.
 */
export function isValueRefused(error: unknown): boolean {
  if (error instanceof TypeError) return true
  const code = codeOf(error)
  return code !== undefined && (code.startsWith('22') || code.startsWith('23'))
}
