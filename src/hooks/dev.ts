/**
 * Development-only diagnostics, silent in production bundles (issue 9 point 6).
 *
 * Bundlers (esbuild's and Vite's `define`, Next.js, webpack) replace the exact expression
 * `process.env.NODE_ENV` with a string literal, so it is read as it is, never through a variable
 * or optional chaining they would not recognise. Where nothing replaced it and no `process`
 * exists (a browser importing the files as they are), reading it throws a ReferenceError: that is
 * caught and counts as production, so an unknown environment stays silent rather than noisy.
 */

/** Whether development checks and warnings are on. */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    return false
  }
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
