import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { EventDetailView } from '../../../src/components/EventDetailModal/EventDetailView'
import { eventsToCsv } from '../../../src/components/export/csv'
import { eventsToJson } from '../../../src/components/export/json'
import { makeEvent } from './sharedTestEvents'

// Issue 11 point 9: one masking rule, at every depth, in every place.
const CLEAR = [
  'sk_live_apikey_1',
  'cfg_token_2',
  'sess=cookie_3',
  'cookies_4',
  'secret_key_5',
  '$argon2_hash_6',
  '482913',
  '771204',
  'backup-aaaa',
  'tok_list_9',
  '-----BEGIN PRIVATE KEY-----',
  'eyJhbGciOi.jwt',
]

const update = makeEvent({
  id: 'evt-secrets',
  type: 'organization.updated',
  label: 'Organization updated',
  metadata: {
    oldSettings: { apiKey: 'sk_live_apikey_1', theme: 'dark' },
    newSettings: { apiKey: 'sk_live_apikey_1', theme: 'light' },
    oldValues: { config: { token: 'cfg_token_2', region: 'eu' } },
    newValues: { config: { token: 'cfg_token_2', region: 'us' } },
    headers: { 'set-cookie': 'sess=cookie_3', cookies: 'cookies_4' },
    secret_key: 'secret_key_5',
    user: { passwordHash: '$argon2_hash_6' },
    otpCode: '482913',
    verificationCode: '771204',
    twoFactor: { backupCodes: ['backup-aaaa', 'backup-bbbb'] },
    tokens: ['tok_list_9'],
    jwks: [{ privateKeyPem: '-----BEGIN PRIVATE KEY-----' }],
    jwt: 'eyJhbGciOi.jwt',
  },
})

function expectNoSecretIn(text: string) {
  for (const secret of CLEAR) expect(text).not.toContain(secret)
}

describe('secrets are masked everywhere', () => {
  it("masks nested secrets in the dialog's Changes table and keeps the rest readable", () => {
    render(<EventDetailView event={update} />)
    const table = within(screen.getByRole('region', { name: 'Changes' })).getByRole('table')
    expectNoSecretIn(table.textContent ?? '')
    const settings = within(table).getByRole('row', { name: /^settings/ })
    expect(settings).toHaveTextContent('"theme":"dark"')
    expect(settings).toHaveTextContent('"apiKey":"••••"')
    expect(within(table).getByRole('row', { name: /^config/ })).toHaveTextContent('"token":"••••"')
  })

  it('masks every listed name in the metadata tree until revealed', async () => {
    const user = userEvent.setup()
    const { container } = render(<EventDetailView event={update} />)
    // Open every branch: secrets must stay hidden however deep they are.
    for (let round = 0; round < 5; round += 1) {
      for (const button of screen.queryAllByRole('button', { expanded: false })) await user.click(button)
    }
    expectNoSecretIn(container.textContent ?? '')
    for (const name of ['set-cookie', 'cookies', 'secret_key', 'passwordHash', 'otpCode', 'jwt'])
      expect(screen.getByRole('button', { name: `Reveal ${name}` })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reveal otpCode' }))
    expect(screen.getByText('"482913"')).toBeInTheDocument()
  })

  it('masks them in CSV and JSON exports, nested values included', () => {
    const csv = eventsToCsv([update])
    const json = eventsToJson([{ ...update, raw: update.metadata }], { includeRaw: true })
    expectNoSecretIn(csv)
    expectNoSecretIn(json)
    expect(json).toContain('"theme": "dark"')
  })
})
