/**
 * Secret masking by key (CONTRACT section 6, SECURITY.md). Metadata is user data and sometimes
 * holds tokens (Studio stores the session token in `session.created`): every view and export
 * shows it masked, and server-side ingestion redacts with the same rule ({@link maskSecrets}
 * with a `replacement` and no depth limit). There is ONE rule, {@link isSecretKey}.
 */

/** What a masked value is shown as. */
export const MASK = '••••'

/** Past this depth a nested value is replaced by {@link TOO_DEEP} (metadata is bounded for display). */
export const MAX_MASK_DEPTH = 32

/** Replaces a value nested deeper than {@link MAX_MASK_DEPTH}. */
export const TOO_DEEP = '[too deep]'

/** Replaces a reference back to an enclosing object. */
export const CIRCULAR = '[circular]'

// Whole (normalised, singular) keys that are secrets on their own.
const EXACT = new Set(['otp', 'pin', 'code', 'cookie', 'authorization', 'jwt', 'pwd', 'passwd'])

// Endings that make a key a secret: `accessToken`, `client_secret`, `x-api-key`, `set-cookie`,
// `secret_key`, `privateKey`, `idJwt`, `emailOtp`, PKCE's `codeVerifier`.
const SUFFIXES = [
  'token',
  'secret',
  'password',
  'passwd',
  'passphrase',
  'apikey',
  'privatekey',
  'secretkey',
  'cookie',
  'jwt',
  'otp',
  'codeverifier',
  // Two-factor setup answers: the `otpauth://` URI holds the TOTP secret.
  'totpuri',
  'otpauthurl',
]

// `<word>Code` keys that are one-time or recovery codes (Better Auth two-factor `backupCodes`,
// `otpCode`, OAuth device `user_code`); `countryCode`, `statusCode`, `errorCode` stay readable.
const CODE_KINDS = [
  'otp',
  'totp',
  'hotp',
  'verification',
  'verify',
  'backup',
  'recovery',
  'auth',
  'authorization',
  'mfa',
  '2fa',
  'twofactor',
  'reset',
  'security',
  'onetime',
  'pass',
  'sms',
  'email',
  'login',
  'signin',
  'access',
  'device',
  'user',
  'invite',
  'invitation',
  'magic',
  'magiclink',
  'confirmation',
  // A two-factor QR code encodes the TOTP secret.
  'qr',
]

// A stored form of a secret is still the secret: `passwordHash`, `privateKeyPem`, `tokenValue`.
const FORMS = ['hash', 'hashed', 'pem', 'value', 'plain', 'raw', 'encrypted', 'der', 'b64', 'base64']

/** Lower-case with `_`, `-`, `.`, `:` and spaces removed: `Set-Cookie` → `setcookie`. */
export function normalizeSecretKey(key: string): string {
  return key.toLowerCase().replace(/[_\-.:\s]/g, '')
}

function withoutPlural(key: string): string {
  return key.length > 3 && key.endsWith('s') && !key.endsWith('ss') ? key.slice(0, -1) : key
}

function withoutForm(key: string): string {
  for (const form of FORMS) {
    if (key.length > form.length && key.endsWith(form)) return key.slice(0, -form.length)
  }
  return key
}

function isSecretName(key: string): boolean {
  if (EXACT.has(key)) return true
  if (SUFFIXES.some((suffix) => key.endsWith(suffix))) return true
  if (key.endsWith('code')) {
    const kind = key.slice(0, -'code'.length)
    return CODE_KINDS.some((word) => kind.endsWith(word))
  }
  return false
}

/**
 * Whether a metadata key holds a secret: the one rule used by every view, export, search and by
 * ingestion. The key is normalised ({@link normalizeSecretKey}), a plural `s` and a stored form
 * (`hash`, `pem`, `value`, `plain`, `raw`, `encrypted`…) dropped; then it is secret when it equals
 * `otp`, `pin`, `code` (except directly inside an `error` object), `cookie`, `authorization`,
 * `jwt`, `pwd` or `passwd`; or ends in `token`, `secret`, `password`, `passwd`, `passphrase`,
 * `apikey`, `privatekey`, `secretkey`, `cookie`, `jwt`, `otp`, `codeverifier`, `totpuri` or
 * `otpauthurl`; or ends in
 * `code` after a one-time-code word (`otp`, `verification`, `backup`, `recovery`, `mfa`, `reset`,
 * `user`, `qr`…). So `set-cookie`, `cookies`, `secret_key`, `passwordHash`, `otpCode`,
 * `verificationCode`, `backupCodes`, `tokens`, `privateKeyPem` and `jwt` are masked;
 * `countryCode`, `error.code`, `tokenType` and `passwordChangedAt` are not.
 * @param parentKey The key of the object holding `key` (`error` for `error.code`).
 * @example isSecretKey('refresh_token') // true
 * @example isSecretKey('code', 'error') // false
 */
export function isSecretKey(key: string, parentKey?: string): boolean {
  const known = secretKeyCache.get(key)
  if (known !== undefined) return known
  const normalized = normalizeSecretKey(key)
  if (normalized === 'code' || normalized === 'codes') {
    return !(parentKey !== undefined && normalizeSecretKey(parentKey) === 'error')
  }
  const singular = withoutPlural(normalized)
  const secret = [normalized, singular, withoutForm(singular), withoutPlural(withoutForm(normalized))].some(
    isSecretName,
  )
  // Bounded: metadata keys are whatever a caller sends.
  if (secretKeyCache.size >= SECRET_KEY_CACHE_SIZE) secretKeyCache.clear()
  secretKeyCache.set(key, secret)
  return secret
}

// Answers for keys seen before (all but `code`, which depends on its parent). Ingestion asks
// for every key of every event; this made the check a tenth of a busy server's CPU.
const SECRET_KEY_CACHE_SIZE = 2000
const secretKeyCache = new Map<string, boolean>()

/** Options of {@link maskSecrets} and {@link countSecrets}. */
export type MaskOptions = {
  /** What a secret value becomes. @default MASK (`••••`) */
  replacement?: unknown
  /**
   * Containers nested deeper than this become {@link TOO_DEEP}. `Infinity` walks every level
   * (ingestion: a secret 35 levels deep is still a secret); the walk uses no recursion, so depth
   * cannot overflow the stack. @default MAX_MASK_DEPTH (32)
   */
  maxDepth?: number
  /** More keys to treat as secret, compared normalised (an operator's own names). */
  extraKeys?: readonly string[]
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

type Container = Record<string, unknown> | unknown[]
const isContainer = (value: unknown): value is Container => Array.isArray(value) || isPlainObject(value)

// `copy[key] = …` with key `__proto__` would set the prototype instead of a property.
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  } else target[key] = value
}

type Visit = {
  value: unknown
  parentKey: string | undefined
  depth: number
  assign: (value: unknown) => void
}
type Task = Visit | { leave: object }

/** Copies plain objects and arrays with an explicit stack, masking secrets and counting them. */
function transform(value: unknown, options: MaskOptions): { result: unknown; count: number } {
  const replacement = 'replacement' in options ? options.replacement : MASK
  const maxDepth = options.maxDepth ?? MAX_MASK_DEPTH
  const extra = new Set((options.extraKeys ?? []).map(normalizeSecretKey))
  const secret = (key: string, parentKey: string | undefined) =>
    isSecretKey(key, parentKey) || (extra.size > 0 && extra.has(normalizeSecretKey(key)))
  let result: unknown
  let count = 0
  const ancestors = new Set<object>()
  const stack: Task[] = [{ value, parentKey: undefined, depth: 0, assign: (v) => (result = v) }]
  while (stack.length > 0) {
    const task = stack.pop()!
    if ('leave' in task) {
      ancestors.delete(task.leave)
      continue
    }
    const { value: current, parentKey, depth, assign } = task
    if (!isContainer(current)) {
      assign(current)
      continue
    }
    if (ancestors.has(current)) {
      assign(CIRCULAR)
      continue
    }
    if (depth >= maxDepth) {
      assign(TOO_DEEP)
      continue
    }
    ancestors.add(current)
    stack.push({ leave: current })
    if (Array.isArray(current)) {
      const copy: unknown[] = new Array<unknown>(current.length)
      assign(copy)
      // Array elements keep the array's key as their parent: `error: [{ code }]` is not `error.code`.
      for (let i = current.length - 1; i >= 0; i -= 1) {
        stack.push({ value: current[i], parentKey, depth: depth + 1, assign: (v) => (copy[i] = v) })
      }
      continue
    }
    const copy: Record<string, unknown> = {}
    assign(copy)
    const entries = Object.entries(current)
    const masked = entries.map(([key, item]) => item !== null && item !== undefined && secret(key, parentKey))
    // Every key first (keeps the key order), then the children to fill in.
    entries.forEach(([key], i) => setOwn(copy, key, masked[i] ? replacement : undefined))
    count += masked.filter(Boolean).length
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      if (masked[i]) continue
      const [key, item] = entries[i]!
      stack.push({ value: item, parentKey: key, depth: depth + 1, assign: (v) => setOwn(copy, key, v) })
    }
  }
  return { result, count }
}

/**
 * A deep copy of `value` with every secret value (see {@link isSecretKey}) replaced by
 * {@link MASK} (or `options.replacement`). `null`/`undefined` secrets stay as they are (there is
 * nothing to hide). Plain objects and arrays are copied; other values (dates, class instances)
 * are kept by reference. Cycles become {@link CIRCULAR}; containers nested deeper than
 * `options.maxDepth` (default {@link MAX_MASK_DEPTH}) become {@link TOO_DEEP}, so one event
 * cannot freeze the page. Never mutates its input.
 * @example maskSecrets({ oldSettings: { apiKey: 'k' } }) // { oldSettings: { apiKey: '••••' } }
 * @example maskSecrets(metadata, { replacement: '[redacted]', maxDepth: Infinity }) // ingestion
 */
export function maskSecrets<T>(value: T, options: MaskOptions = {}): T {
  return transform(value, options).result as T
}

/** How many values {@link maskSecrets} would mask in `value` (e.g. for a "3 hidden values" note). */
export function countSecrets(value: unknown, options: MaskOptions = {}): number {
  return transform(value, options).count
}
