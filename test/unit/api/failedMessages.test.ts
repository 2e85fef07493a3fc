import { describe, expect, it } from 'vitest'
import { EVENT_TYPES } from '../../../src/api/catalogue/catalogue'
import { formatEventMessage } from '../../../src/api/message'

// Issue 13: a failed `phone_number.verification` read "Failed: Phone number verified" beside the
// label "Phone number verified" and a red Failed badge: the label a second time, and a success.

// How a message says that the attempt failed.
const SAYS_FAILURE = /\b(?:fail(?:ed|s)?|could not)\b/i
// Types that fail by name ("Sign-in failed", "Bot blocked", "Rate limit exceeded") say it their way.
const FAILS_BY_NAME = /\b(?:fail(?:ed|s)?|could not|blocked|refused|denied|exceeded)\b/i

// Every placeholder any template reads, filled, plus the names a row shows.
function fullMetadata(): Record<string, string> {
  const keys = new Set(['name', 'email', 'phoneNumber', 'identifier'])
  for (const info of EVENT_TYPES)
    for (const match of (info.template ?? '').matchAll(/\{([^{}]+)\}/g))
      for (const key of (match[1] ?? '').split('|')) keys.add(key.trim())
  return Object.fromEntries([...keys].map((key) => [key, `v-${key}`]))
}

const lower = (text: string) => text.toLocaleLowerCase('en')

describe('the message of a failed event', () => {
  const metadatas = { empty: {}, full: fullMetadata() }
  // Types the table does not list: a family member and an unknown type.
  const extra = ['two-factor:reset-secret', 'admin:user-export', 'sign-in:custom', 'billing.renewed']
  const types = [...EVENT_TYPES.map((info) => info.type), ...extra]
  const labelOf = new Map(EVENT_TYPES.map((info) => [info.type, info]))

  it.each(Object.entries(metadatas))(
    'says it failed and neither repeats the label nor claims success, for every type (%s metadata)',
    (_name, metadata) => {
      for (const type of types) {
        const info = labelOf.get(type)
        const failsByName = info?.defaultSeverity === 'failed'
        const success = formatEventMessage(type, metadata, undefined, 'success')
        // With no server message, with the type as the message, and with the server's success
        // wording (Studio keeps "Signed in with OAuth" on a failed OAuth sign-in).
        for (const server of [undefined, type, success]) {
          const message = formatEventMessage(type, metadata, server, 'failed')
          const where = `${type} (server: ${String(server)}): "${message}"`
          if (failsByName) {
            expect(message, where).toMatch(FAILS_BY_NAME)
            continue
          }
          expect(message, where).toMatch(SAYS_FAILURE)
          const label = info?.label ?? type
          expect(lower(message), where).not.toContain(lower(label))
          expect(lower(message), where).not.toContain(lower(success))
        }
      }
    },
  )

  it('says what could not be done for every type the catalogue lists (not the generic words)', () => {
    const generic = formatEventMessage('billing.renewed', {}, undefined, 'failed')
    for (const info of EVENT_TYPES) {
      if (info.defaultSeverity === 'failed') continue
      expect(formatEventMessage(info.type, {}, undefined, 'failed'), info.type).not.toBe(generic)
    }
  })

  it('reads as one sentence beside the label', () => {
    expect(
      formatEventMessage('phone_number.verification', { phoneNumber: '+1 555 0100' }, null, 'failed'),
    ).toBe('Could not verify the phone number')
    expect(formatEventMessage('phone-number:verify', {}, 'Phone number verified', 'failed')).toBe(
      'Could not verify the phone number',
    )
    expect(formatEventMessage('user.updated', { name: 'Ana' }, null, 'failed')).toBe(
      'Could not update the profile',
    )
    expect(formatEventMessage('user.joined', { email: 'ana@example.com' }, null, 'failed')).toBe(
      'Sign-up failed for ana@example.com',
    )
    expect(formatEventMessage('billing.renewed', {}, null, 'failed')).toBe('The attempt failed')
    // The server's own words stay when they say it failed.
    expect(formatEventMessage('phone_number.verification', {}, 'Wrong code for +1 555 0100', 'failed')).toBe(
      'Wrong code for +1 555 0100',
    )
  })
})
