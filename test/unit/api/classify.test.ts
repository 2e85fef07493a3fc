import { describe, expect, it } from 'vitest'
import { auditLogSeverity, classifyEvent, parseSeverity } from '../../../src/api/classify'

describe('classifyEvent', () => {
  it('classifies a failed event as failed whatever the server says', () => {
    expect(classifyEvent({ type: 'user.logged_in', status: 'failed', serverSeverity: 'success' })).toBe(
      'failed',
    )
    expect(classifyEvent({ type: 'user.joined', status: 'failed', serverSeverity: 'info' })).toBe('failed')
    expect(classifyEvent({ type: 'billing.x', status: 'failed' })).toBe('failed')
  })

  it("keeps the server's stored severity, even Studio's wrong one for a successful unban", () => {
    expect(classifyEvent({ type: 'user.unbanned', status: 'success', serverSeverity: 'failed' })).toBe(
      'failed',
    )
    expect(classifyEvent({ type: 'user.joined', status: 'success', serverSeverity: 'warning' })).toBe(
      'warning',
    )
    expect(
      classifyEvent({ type: 'phone_number.otp_requested', status: 'success', serverSeverity: 'info' }),
    ).toBe('info')
  })

  it('accepts a server severity in another case or with spaces', () => {
    expect(classifyEvent({ type: 'user.joined', status: 'success', serverSeverity: ' Warning ' })).toBe(
      'warning',
    )
  })

  it("falls back to the catalogue's default without a valid server severity", () => {
    expect(classifyEvent({ type: 'user.unbanned', status: 'success' })).toBe('info')
    expect(classifyEvent({ type: 'user.joined', status: 'success', serverSeverity: null })).toBe('success')
    expect(
      classifyEvent({ type: 'password.reset_requested', status: 'success', serverSeverity: 'bogus' }),
    ).toBe('warning')
    expect(classifyEvent({ type: 'user_sign_in_failed', status: 'success' })).toBe('failed')
    expect(
      classifyEvent({ type: 'security_credential_stuffing', status: 'success', serverSeverity: '' }),
    ).toBe('warning')
  })

  it('classifies an unknown type without a severity as info', () => {
    expect(classifyEvent({ type: 'billing.subscription_renewed', status: 'success' })).toBe('info')
  })
})

describe('parseSeverity', () => {
  it('accepts only the four buckets', () => {
    expect(parseSeverity('success')).toBe('success')
    expect(parseSeverity('FAILED')).toBe('failed')
    expect(parseSeverity('critical')).toBeUndefined()
    expect(parseSeverity(null)).toBeUndefined()
    expect(parseSeverity(undefined)).toBeUndefined()
  })
})

describe('auditLogSeverity', () => {
  it.each([
    ['critical', 'success', 'warning'],
    ['high', 'success', 'warning'],
    ['medium', 'success', 'info'],
    ['low', 'success', 'info'],
    ['critical', 'failed', 'failed'],
    ['low', 'failed', 'failed'],
    ['HIGH', 'success', 'warning'],
    ['whatever', 'success', 'info'],
  ] as const)('severity %s with status %s is %s', (severity, status, expected) => {
    expect(auditLogSeverity(severity, status)).toBe(expected)
  })
})
