import { describe, expect, it } from 'vitest'
import {
  CIRCULAR,
  countSecrets,
  isSecretKey,
  MASK,
  maskSecrets,
  MAX_MASK_DEPTH,
  TOO_DEEP,
} from '../../../src/api/mask'

describe('isSecretKey', () => {
  it.each([
    'accessToken',
    'refresh_token',
    'id_token',
    'apiKey',
    'api-key',
    'token',
    'code',
    'otp',
    'OTP',
    'pin',
    'cookie',
    'Authorization',
    'password',
    'newPassword',
    'client_secret',
    'privateKey',
    'private.key',
    'session.token',
    // Issue 11 point 9: names that were shown in clear.
    'set-cookie',
    'Set-Cookie',
    'cookies',
    'secret_key',
    'passwordHash',
    'otpCode',
    'verificationCode',
    'backupCodes',
    'tokens',
    'privateKeyPem',
    'jwt',
    // Better Auth's own secret names and headers.
    'better-auth.session_token',
    'x-api-key',
    'codeVerifier',
    'recoveryCodes',
    'user_code',
    'totpURI',
    'clientSecret',
    'webhook_secret',
    'tokenValue',
    'emailOtp',
  ])('masks %s', (key) => {
    expect(isSecretKey(key)).toBe(true)
  })

  it.each([
    'countryCode',
    'email',
    'name',
    'tokenType',
    'pinned',
    'codeVerifierHint',
    'passwordChangedAt',
    'secretary',
    'statusCode',
    'errorCode',
    'postalCode',
    'tokenExpiresAt',
    'accessTokenExpiresAt',
    'apiKeyId',
    'cookieConsent',
    'status',
    'address',
    'values',
    'decode',
  ])('does not mask %s', (key) => {
    expect(isSecretKey(key)).toBe(false)
  })

  it('does not mask error.code but masks code elsewhere', () => {
    expect(isSecretKey('code', 'error')).toBe(false)
    expect(isSecretKey('code', 'Error')).toBe(false)
    expect(isSecretKey('code', 'verification')).toBe(true)
    expect(isSecretKey('token', 'error')).toBe(true)
  })
})

describe('maskSecrets', () => {
  it("masks Studio's session token and keeps the rest", () => {
    const metadata = {
      email: 'ana@example.com',
      name: 'Ana Souza',
      token: 'Yx7bq0PZtQ1w2e3r4t5y6u7i8o9p0aSd',
    }
    expect(maskSecrets(metadata)).toEqual({ email: 'ana@example.com', name: 'Ana Souza', token: MASK })
  })

  it('masks the CONTRACT examples and keeps countryCode and error.code', () => {
    const metadata = {
      accessToken: 'a',
      refresh_token: 'r',
      id_token: 'i',
      apiKey: 'k',
      code: '482913',
      countryCode: 'PT',
      error: { message: 'Invalid email or password', status: 401, code: 'INVALID_EMAIL_OR_PASSWORD' },
    }
    expect(maskSecrets(metadata)).toEqual({
      accessToken: MASK,
      refresh_token: MASK,
      id_token: MASK,
      apiKey: MASK,
      code: MASK,
      countryCode: 'PT',
      error: { message: 'Invalid email or password', status: 401, code: 'INVALID_EMAIL_OR_PASSWORD' },
    })
  })

  it('masks nested values, inside arrays too, and whole objects under a secret key', () => {
    const metadata = {
      requestBody: { userId: 'u1', password: '***', grants: [{ accessToken: 'x', scope: 'read' }] },
      clientSecret: { value: 's', rotatedAt: '2026-01-01' },
    }
    expect(maskSecrets(metadata)).toEqual({
      requestBody: { userId: 'u1', password: MASK, grants: [{ accessToken: MASK, scope: 'read' }] },
      clientSecret: MASK,
    })
  })

  it('keeps null and undefined secrets (nothing to hide)', () => {
    expect(maskSecrets({ token: null, otp: undefined })).toEqual({ token: null, otp: undefined })
  })

  it('does not mutate its input and returns a copy', () => {
    const metadata = { nested: { token: 't' } }
    const masked = maskSecrets(metadata)
    expect(metadata.nested.token).toBe('t')
    expect(masked.nested).not.toBe(metadata.nested)
  })

  it('passes through primitives and non-plain objects', () => {
    const date = new Date('2026-01-01T00:00:00Z')
    expect(maskSecrets('token')).toBe('token')
    expect(maskSecrets(42)).toBe(42)
    expect(maskSecrets(null)).toBeNull()
    expect(maskSecrets({ at: date }).at).toBe(date)
  })

  it('survives cycles', () => {
    const metadata: Record<string, unknown> = { name: 'loop', token: 'x' }
    metadata.self = metadata
    metadata.list = [metadata]
    expect(maskSecrets(metadata)).toEqual({ name: 'loop', token: MASK, self: CIRCULAR, list: [CIRCULAR] })
  })

  it('keeps a shared (non-cyclic) object in both places', () => {
    const shared = { token: 't', label: 'x' }
    expect(maskSecrets({ a: shared, b: shared })).toEqual({
      a: { token: MASK, label: 'x' },
      b: { token: MASK, label: 'x' },
    })
  })

  it('bounds the depth', () => {
    let deep: Record<string, unknown> = { token: 'bottom' }
    for (let i = 0; i < MAX_MASK_DEPTH + 10; i += 1) deep = { child: deep }
    let node: unknown = maskSecrets(deep)
    let depth = 0
    while (typeof node === 'object' && node !== null) {
      node = (node as { child: unknown }).child
      depth += 1
    }
    expect(node).toBe(TOO_DEEP)
    expect(depth).toBe(MAX_MASK_DEPTH)
  })

  it('handles very deep input without a stack overflow', () => {
    let deep: Record<string, unknown> = {}
    for (let i = 0; i < 100_000; i += 1) deep = { child: deep }
    expect(() => maskSecrets(deep)).not.toThrow()
  })
})

describe('maskSecrets options (the one rule, also for ingestion)', () => {
  it('walks every level with maxDepth Infinity and a replacement', () => {
    let deep: Record<string, unknown> = { password: 'hunter2', note: 'kept' }
    for (let i = 0; i < 35; i += 1) deep = { child: deep }
    let node: unknown = maskSecrets(deep, { maxDepth: Infinity, replacement: '[redacted]' })
    for (let i = 0; i < 35; i += 1) node = (node as { child: unknown }).child
    expect(node).toEqual({ password: '[redacted]', note: 'kept' })
  })

  it('masks extra keys, compared normalised', () => {
    expect(maskSecrets({ 'Customer-SSN': '1', ssn2: '2' }, { extraKeys: ['customer_ssn'] })).toEqual({
      'Customer-SSN': MASK,
      ssn2: '2',
    })
  })

  it('keeps a __proto__ key as a property, never as the prototype', () => {
    const input = JSON.parse('{"__proto__": {"token": "t", "x": 1}}') as Record<string, unknown>
    const masked = maskSecrets(input)
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(masked, '__proto__')?.value).toEqual({ token: MASK, x: 1 })
  })

  it('keeps the key order', () => {
    expect(Object.keys(maskSecrets({ b: 1, token: 't', a: { x: 1 } }))).toEqual(['b', 'token', 'a'])
  })
})

describe('countSecrets', () => {
  it('counts the values maskSecrets masks', () => {
    expect(
      countSecrets({ token: 'a', nested: { apiKey: 'b', list: [{ otp: '1' }] }, error: { code: 'X' } }),
    ).toBe(3)
    expect(countSecrets({ token: null, name: 'x' })).toBe(0)
    expect(countSecrets('token')).toBe(0)
  })
})
