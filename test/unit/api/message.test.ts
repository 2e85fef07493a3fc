import { describe, expect, it } from 'vitest'
import { EVENT_TYPES } from '../../../src/api/catalogue/catalogue'
import { fillTemplate, formatEventMessage, MAX_PLACEHOLDER_LENGTH } from '../../../src/api/message'

describe('formatEventMessage', () => {
  it("uses the server's message when it says more than the type", () => {
    expect(formatEventMessage('user.joined', { name: 'Ana Souza' }, 'Ana Souza joined!')).toBe(
      'Ana Souza joined!',
    )
  })

  it('ignores a server message that is just the type, empty or blank', () => {
    expect(formatEventMessage('session.created', { name: 'Ana Souza' }, 'session.created')).toBe(
      'Session created for Ana Souza',
    )
    expect(formatEventMessage('session.created', { name: 'Ana Souza' }, '   ')).toBe(
      'Session created for Ana Souza',
    )
    expect(formatEventMessage('session.created', { name: 'Ana Souza' }, null)).toBe(
      'Session created for Ana Souza',
    )
  })

  it('fills templates in the tone of Studio messages', () => {
    expect(
      formatEventMessage('team.member.added', {
        teamName: 'Platform',
        addedName: 'Chen Wei',
        addedEmail: 'c@x.io',
      }),
    ).toBe('Chen Wei added to team "Platform"')
    expect(
      formatEventMessage('member.role_changed', {
        memberName: 'Ana Souza',
        oldRole: 'member',
        newRole: 'admin',
      }),
    ).toBe('Ana Souza role changed from member to admin')
    expect(formatEventMessage('password.reset_requested', { email: 'bo@example.com', name: 'Bo' })).toBe(
      'Password reset requested for bo@example.com',
    )
  })

  it('takes the next alternative when a placeholder is missing, and never prints a placeholder', () => {
    expect(formatEventMessage('session.created', { email: 'ana@example.com' })).toBe(
      'Session created for ana@example.com',
    )
    expect(formatEventMessage('member.role_changed', { oldRole: 'member', newRole: 'admin' })).toBe(
      'Member role changed from member to admin',
    )
    expect(formatEventMessage('organization.created', { organizationName: 'Acme' })).toBe(
      'Organization "Acme" created',
    )
    expect(formatEventMessage('session.created', {})).toBe('Session created')
    expect(formatEventMessage('member.role_changed', { oldRole: 'member' })).toBe('Member role changed')
  })

  it("reads the infra plugin's userName/userEmail and skips its 'unknown' stand-ins", () => {
    const signedIn = { userName: 'Ana Souza', userEmail: 'ana@example.com', loginMethod: 'email' }
    expect(formatEventMessage('user_signed_in', signedIn)).toBe('Ana Souza signed in with email')
    expect(
      formatEventMessage('user_sign_in_failed', { userName: 'unknown', userEmail: 'mallory@example.com' }),
    ).toBe('Failed sign-in for mallory@example.com')
    expect(formatEventMessage('user_sign_in_failed', { userName: 'unknown', userEmail: 'unknown' })).toBe(
      'Sign-in failed',
    )
  })

  it('does not describe a failed attempt as a success', () => {
    const metadata = { email: 'mallory@example.com', reason: 'INVALID_EMAIL_OR_PASSWORD' }
    expect(formatEventMessage('user.logged_in', metadata, undefined, 'failed')).toBe(
      'Failed sign-in for mallory@example.com',
    )
    expect(formatEventMessage('sign-in:email', {}, null, 'failed')).toBe('Sign-in failed')
    expect(formatEventMessage('user.updated', { name: 'Ana' }, null, 'failed')).toBe(
      'Could not update the profile',
    )
    expect(formatEventMessage('billing.x', {}, null, 'failed')).toBe('The attempt failed')
    expect(formatEventMessage('login.failed', { email: 'a@b.c' }, null, 'failed')).toBe(
      'Failed sign-in for a@b.c',
    )
    expect(formatEventMessage('user.logged_in', { name: 'Ana' }, null, 'success')).toBe('Ana signed in')
    expect(formatEventMessage('user.logged_in', {}, 'Failed login attempt for x', 'failed')).toBe(
      'Failed login attempt for x',
    )
    // Studio keeps its success wording on a failed OAuth sign-in: never beside a Failed badge.
    expect(formatEventMessage('oauth.sign_in', { email: 'a@b.c' }, 'Signed in with OAuth', 'failed')).toBe(
      'Failed sign-in for a@b.c',
    )
    expect(formatEventMessage('oauth.sign_in', {}, 'Signed in with OAuth', 'success')).toBe(
      'Signed in with OAuth',
    )
  })

  it('uses the label when there is no template, and the raw type for unknown types', () => {
    expect(formatEventMessage('sign-in:email', {})).toBe('Signed in with email')
    expect(
      formatEventMessage('billing.subscription_renewed', { plan: 'pro' }, 'billing.subscription_renewed'),
    ).toBe('billing.subscription_renewed')
  })

  it('keeps user-controlled text as plain text on one line', () => {
    const message = formatEventMessage('user.joined', { name: '<img src=x onerror=alert(1)>\n  Eve' })
    expect(message).toBe('<img src=x onerror=alert(1)> Eve joined')
  })

  it('cuts very long values', () => {
    const message = formatEventMessage('user.joined', { name: 'a'.repeat(500) })
    expect(message).toBe(`${'a'.repeat(MAX_PLACEHOLDER_LENGTH - 1)}… joined`)
  })

  it('ignores objects as placeholder values and survives a missing metadata object', () => {
    expect(formatEventMessage('user.joined', { name: { first: 'Ana' } })).toBe('Signed up')
    expect(formatEventMessage('user.joined', undefined as unknown as Record<string, unknown>)).toBe(
      'Signed up',
    )
  })

  it('can fill every catalogue template without leaving a placeholder', () => {
    for (const info of EVENT_TYPES) {
      if (!info.template) continue
      const keys = [...info.template.matchAll(/\{([^{}]+)\}/g)].flatMap((match) =>
        (match[1] ?? '').split('|'),
      )
      const metadata = Object.fromEntries(keys.map((key) => [key, `v-${key}`]))
      const message = formatEventMessage(info.type, metadata)
      expect(message, info.type).not.toMatch(/[{}]|\|\|/)
      expect(message, info.type).toContain('v-')
      expect(formatEventMessage(info.type, {}), info.type).toBe(info.label)
    }
  })
})

describe('fillTemplate', () => {
  it('reads nested keys and never fills a secret', () => {
    expect(fillTemplate('Hi {user.name}', { user: { name: 'Ana' } })).toBe('Hi Ana')
    expect(fillTemplate('Token {token}', { token: 'abc' })).toBeUndefined()
    expect(fillTemplate('Token {session.token} || None', { session: { token: 'abc' } })).toBe('None')
  })

  it('renders numbers and booleans', () => {
    expect(fillTemplate('{count} rows, done: {done}', { count: 500, done: true })).toBe(
      '500 rows, done: true',
    )
    expect(fillTemplate('{count}', { count: Number.NaN })).toBeUndefined()
  })
})
