/**
 * Secret masking by key (CONTRACT section 6). Metadata is user data and sometimes holds tokens
 * (Studio stores the session token in `session.created`): every view and export shows it masked.
 */

/** What a masked value is shown as. */
export const MASK = '••••'

/** Past this depth a nested value is replaced by {@link TOO_DEEP} (metadata is bounded for display). */
export const MAX_MASK_DEPTH = 32

/** Replaces a value nested deeper than {@link MAX_MASK_DEPTH}. */
export const TOO_DEEP = '[too deep]'

/** Replaces a reference back to an enclosing object. */
export const CIRCULAR = '[circular]'

const EXACT = new Set(['otp', 'pin', 'code', 'cookie', 'authorization'])
const SUFFIXES = ['token', 'secret', 'password', 'apikey', 'privatekey']

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[_\-.]/g, '')
}

/**
 * Whether a metadata key holds a secret. The key is lower-cased and stripped of `_`, `-`, `.`;
 * it is secret when it equals `otp`, `pin`, `code` (except directly inside an `error` object),
 * `cookie` or `authorization`, or ends in `token`, `secret`, `password`, `apikey` or `privatekey`.
 * @param parentKey The key of the object holding `key` (`error` for `error.code`).
 * @example isSecretKey('refresh_token') // true
 * @example isSecretKey('code', 'error') // false
 */
export function isSecretKey(key: string, parentKey?: string): boolean {
  const normalized = normalizeKey(key)
  if (EXACT.has(normalized)) {
    return !(normalized === 'code' && parentKey !== undefined && normalizeKey(parentKey) === 'error')
  }
  return SUFFIXES.some((suffix) => normalized.endsWith(suffix))
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

type OnSecret = (key: string, parentKey: string | undefined, value: unknown) => void

/** Copies plain objects and arrays, masking secrets and reporting each to `onSecret`. */
function transform(
  value: unknown,
  parentKey: string | undefined,
  depth: number,
  ancestors: Set<object>,
  onSecret: OnSecret,
): unknown {
  if (!Array.isArray(value) && !isPlainObject(value)) return value
  if (ancestors.has(value)) return CIRCULAR
  if (depth >= MAX_MASK_DEPTH) return TOO_DEEP
  ancestors.add(value)
  let result: unknown
  if (Array.isArray(value)) {
    // Array elements keep the array's key as their parent: `error: [{ code }]` is not `error.code`.
    result = value.map((item) => transform(item, parentKey, depth + 1, ancestors, onSecret))
  } else {
    const copy: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      if (item !== null && item !== undefined && isSecretKey(key, parentKey)) {
        onSecret(key, parentKey, item)
        copy[key] = MASK
      } else {
        copy[key] = transform(item, key, depth + 1, ancestors, onSecret)
      }
    }
    result = copy
  }
  ancestors.delete(value)
  return result
}

/**
 * A deep copy of `value` with every secret value (see {@link isSecretKey}) replaced by
 * {@link MASK}. `null`/`undefined` secrets stay as they are (there is nothing to hide). Plain
 * objects and arrays are copied; other values (dates, class instances) are kept by reference.
 * Cycles become {@link CIRCULAR} and values nested deeper than {@link MAX_MASK_DEPTH} become
 * {@link TOO_DEEP}, so one event cannot freeze the page. Never mutates its input.
 */
export function maskSecrets<T>(value: T): T {
  return transform(value, undefined, 0, new Set(), () => undefined) as T
}

/** How many values {@link maskSecrets} would mask in `value` (e.g. for a "3 hidden values" note). */
export function countSecrets(value: unknown): number {
  let count = 0
  transform(value, undefined, 0, new Set(), () => {
    count += 1
  })
  return count
}
