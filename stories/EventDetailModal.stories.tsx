import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { normalizeStudioEvents } from '../src/api/adapters/studio/normalizeStudioEvent'
import type { AuthEvent } from '../src/api/types'
import { EventDetailModalView } from '../src/components/EventDetailModal/EventDetailModalView'
import { preloadEventDetailModal } from '../src/components/EventDetailModal/preloadEventDetailModal'
import { AeRoot } from '../src/components/shared/Root'
import { generateEvents } from '../src/server/generator'

const NOW = new Date('2026-03-10T15:00:00Z')

let cache: AuthEvent[] | undefined
function events(): AuthEvent[] {
  cache ??= normalizeStudioEvents(
    generateEvents({ seed: 'event-detail', now: NOW, days: 3, eventsPerDay: 80 }),
  ).events
  return cache
}
const firstOf = (type: string, status?: string) =>
  events().find((event) => event.type === type && (status === undefined || event.status === status)) ??
  events()[0]!

const CHROME =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const BERLIN = {
  status: 'resolved',
  location: { city: 'Berlin', region: 'Berlin', country: 'Germany', countryCode: 'DE' },
} as const

const meta = {
  title: 'Components/EventDetailModal',
  component: EventDetailModalView,
  args: { open: true, locale: 'en-GB', timeZone: 'Europe/Paris', geo: BERLIN },
  // Radix Dialog loads on first need (issue 12): the stories show it, and their checks read it, once it is in.
  loaders: [() => preloadEventDetailModal()],
  argTypes: {
    ref: { control: false },
    event: { control: false },
    events: { control: false },
    geo: { control: false },
  },
  render: (args) => (
    <EventDetailModalView
      {...args}
      event={args.event ?? { ...firstOf('session.created'), userAgent: CHROME }}
    />
  ),
} satisfies Meta<typeof EventDetailModalView>

export default meta
type Story = StoryObj<typeof meta>

/** A new session: ids to copy, location, parsed user agent, and the session token masked. */
export const Default: Story = {
  play: async () => {
    const dialog = within(document.body).getByRole('dialog')
    await expect(within(dialog).queryByText(/"[A-Za-z0-9_-]{20,}"/)).toBeNull()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reveal token' }))
    await expect(within(dialog).getByRole('button', { name: 'Hide token' })).toBeInTheDocument()
  },
}

/** The location is being looked up. */
export const Resolving: Story = { args: { geo: { status: 'resolving', location: undefined } } }

/** Previous/next (and ArrowLeft/ArrowRight) page through the list without closing. */
export const Paging: Story = {
  render: (args) => (
    <EventDetailModalView {...args} events={events().slice(0, 40)} eventId={events()[3]!.id} />
  ),
  play: async () => {
    const dialog = within(document.body).getByRole('dialog')
    await expect(within(dialog).getByText('4 of 40')).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next event' }))
    await expect(within(dialog).getByText('5 of 40')).toBeInTheDocument()
  },
}

/** A failed sign-in: the Error section reads reason, message and code from the metadata. */
export const Failed: Story = {
  args: {
    event: {
      ...firstOf('user.logged_in', 'failed'),
      metadata: {
        email: 'ada@example.com',
        reason: 'invalid_password',
        error: { message: 'Invalid email or password', code: 'INVALID_EMAIL_OR_PASSWORD', status: 401 },
      },
    },
  },
}

/** An update: a before → after table from `old*`/`new*` keys and `oldValues`/`newValues`. */
export const Update: Story = {
  args: {
    event: {
      ...firstOf('member.role_changed'),
      metadata: {
        oldRole: 'member',
        newRole: 'admin',
        oldValues: { name: 'Ada L.', plan: 'free' },
        newValues: { name: 'Ada Lovelace', plan: 'pro' },
      },
    },
  },
}

function hugeMetadata(): Record<string, unknown> {
  const big: Record<string, unknown> = {}
  for (let i = 0; i < 400; i += 1) big[`field_${i}`] = i % 3 === 0 ? `value ${i}` : i
  let deep: Record<string, unknown> = { bottom: true }
  for (let i = 0; i < 20; i += 1) deep = { [`level_${20 - i}`]: deep }
  return {
    big,
    deep,
    list: Array.from({ length: 1000 }, (_, i) => ({ id: i, accessToken: `tok-${i}` })),
    html: '<img src=x onerror=alert(1)> is shown as text',
    long: 'lorem ipsum '.repeat(2000),
  }
}

/** 400 keys, 1,000 array items, 20 levels and a 24 KB string: bounded, still instant. */
export const HugeMetadata: Story = {
  args: { event: { ...firstOf('user.updated'), metadata: hugeMetadata() } },
}

/** Right-to-left and non-Latin text keeps its own direction; nothing is parsed as HTML. */
export const LongUnicodeAndRtl: Story = {
  args: {
    event: {
      ...firstOf('user.logged_in'),
      message: 'تم تسجيل دخول المستخدم أحمد من جهاز جديد في الرياض — '.repeat(3),
      metadata: { name: 'שרה כהן', nickname: '张伟 👩🏽‍💻', bio: 'Zoë Ångström-Łukasiewicz '.repeat(30) },
    },
  },
}

/**
 * Spoofed names: bidi overrides and zero-width characters are shown as visible markers
 * (`admin⟨U+202E⟩gnp.exe`, never "adminexe.png"), each value isolated.
 */
export const SpoofedNames: Story = {
  args: {
    event: {
      ...firstOf('user.logged_in'),
      message: '\u202Enimda\u202C signed in',
      userId: 'admin\u202Egnp.exe',
      metadata: { name: 'ad\u200Bmin', file: 'admin\u202Egnp.exe', email: 'root\u2066@example.com\u2069' },
    },
  },
  play: async () => {
    const dialog = within(document.body).getByRole('dialog')
    await expect(within(dialog).getAllByText('⟨U+202E⟩').length).toBeGreaterThanOrEqual(3)
    await expect(dialog.textContent).not.toMatch(/[\u202A-\u202E]/)
  },
}

/** Secrets nested in changed values and deep in metadata stay masked, every Better Auth name. */
export const MaskedNestedSecrets: Story = {
  args: {
    event: {
      ...firstOf('user.updated'),
      metadata: {
        oldSettings: { apiKey: 'sk_live_1', theme: 'dark' },
        newSettings: { apiKey: 'sk_live_2', theme: 'light' },
        oldValues: { config: { token: 'cfg_1', region: 'eu' } },
        newValues: { config: { token: 'cfg_2', region: 'us' } },
        headers: { 'set-cookie': 'sess=abc', authorization: 'Bearer xyz' },
        twoFactor: { backupCodes: ['aaaa-bbbb'], otpCode: '482913' },
        jwks: [{ privateKeyPem: '-----BEGIN PRIVATE KEY-----' }],
      },
    },
  },
  play: async () => {
    const dialog = within(document.body).getByRole('dialog')
    for (const secret of ['sk_live_1', 'cfg_2', 'sess=abc', '482913', 'BEGIN PRIVATE KEY'])
      await expect(dialog.textContent).not.toContain(secret)
    await expect(within(dialog).getByRole('region', { name: 'Changes' })).toHaveTextContent('"apiKey":"••••"')
  },
}

/** A 1 MB server message: the title is short, the Overview shows 2,000 characters and what was left out. */
export const HugeMessage: Story = {
  args: { event: { ...firstOf('user.logged_in'), message: `Sign-in note ${'x'.repeat(1_000_000)}` } },
  play: async () => {
    const dialog = within(document.body).getByRole('dialog')
    await expect(within(dialog).getByText(/998,013 more characters/)).toBeInTheDocument()
  },
}

/** Forced dark scheme: the portalled dialog takes the scheme of the nearest `<AeRoot>`. */
export const Dark: Story = {
  render: (args) => (
    <AeRoot colorScheme="dark">
      <EventDetailModalView {...args} event={{ ...firstOf('session.created'), userAgent: CHROME }} />
    </AeRoot>
  ),
}

/** `unstyled`: only the host's styles apply. */
export const Unstyled: Story = { args: { unstyled: true } }
