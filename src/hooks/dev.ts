/**
 * Development-only diagnostics. Bundlers replace `process.env.NODE_ENV`; where nothing does (a
 * plain browser ESM import), `process` is absent and the checks count as development.
 */

/** Whether development checks and warnings are on. */
export function isDevelopment(): boolean {
  // The exact `process.env.NODE_ENV` expression, so bundlers can replace it.
  return typeof process === 'undefined' || process.env.NODE_ENV !== 'production'
}

const warned = new Set<string>()

/** Warns once per `key` in development, prefixed with the library's name. */
export function devWarnOnce(key: string, message: string): void {
  if (!isDevelopment() || warned.has(key)) return
  warned.add(key)
  console.warn(`[react-auth-events] ${message}`)
}

/** Warns in development, prefixed with the library's name. */
export function devWarn(message: string): void {
  if (isDevelopment()) console.warn(`[react-auth-events] ${message}`)
}
