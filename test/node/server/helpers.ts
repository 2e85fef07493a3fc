/** Shared set-up of the server tests: a hand-made event set and a tiny client for the handler. */
import { createEventsHandler } from '../../../src/server/handler'
import type { EventsHandler, EventsHandlerOptions } from '../../../src/server/handler'
import type { MemoryStoreOptions } from '../../../src/server/memoryStore'
import type { StoredEvent } from '../../../src/server/wire'
import { contractStore } from './contractStore'

/** Origin + base path every request in these tests uses. */
export const BASE = 'http://x/api/studio'

/** `00000000-0000-4000-8000-0000000000NN`. */
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

const ana = { userId: 'usr_ana', metadata: { name: 'Ana Souza', email: 'ana@example.com' } }
const bo = { userId: 'usr_bo', metadata: { name: 'Bo', email: 'bo@example.com' } }

/**
 * Thirteen events over three days. By the shared classification: 7 success (1, 2, 4, 5, 11, 12,
 * 13), 2 failed (3: status failed; 8: stored severity "failed", Studio's known mistake for
 * unbans, kept as the server gave it), 2 warning (6, 7), 2 info (9, 10).
 */
export function sampleEvents(): StoredEvent[] {
  const event = (
    n: number,
    type: string,
    timestamp: string,
    extra: Partial<StoredEvent> = {},
  ): StoredEvent => ({
    id: id(n),
    type,
    timestamp,
    status: 'success',
    metadata: {},
    source: 'app',
    ...extra,
  })
  return [
    event(1, 'user.joined', '2026-11-18T09:00:00.000Z', { ...ana, ipAddress: '203.0.113.7, 10.0.0.12' }),
    event(2, 'session.created', '2026-11-18T09:00:00.200Z', {
      ...ana,
      sessionId: 'ses_1',
      metadata: { ...ana.metadata, token: 'secret-token-value' },
    }),
    event(3, 'user.logged_in', '2026-11-18T23:30:00.000Z', {
      status: 'failed',
      userId: null,
      ipAddress: '198.51.100.23',
      metadata: { email: 'bo@example.com', reason: 'INVALID_EMAIL_OR_PASSWORD' },
    }),
    event(4, 'organization.created', '2026-11-19T10:00:00.000Z', {
      ...ana,
      sessionId: 'ses_1',
      organizationId: 'org_acme',
      metadata: { ...ana.metadata, organizationName: 'Acme' },
    }),
    event(5, 'member.added', '2026-11-19T10:05:00.000Z', {
      ...ana,
      organizationId: 'org_acme',
      metadata: { memberName: 'Chen Wei', memberEmail: 'chen@example.com', organizationName: 'Acme' },
    }),
    event(6, 'password.reset_requested', '2026-11-19T12:00:00.000Z', { ...bo }),
    event(7, 'user.banned', '2026-11-19T13:00:00.000Z', { ...bo }),
    event(8, 'user.unbanned', '2026-11-19T14:00:00.000Z', { ...bo, displaySeverity: 'failed' }),
    event(9, 'phone_number.otp_requested', '2026-11-20T08:00:00.000Z', {
      ...bo,
      metadata: { phoneNumber: '+15555550123', code: '482913' },
    }),
    event(10, 'billing.subscription_renewed', '2026-11-20T09:00:00.000Z', {
      ...ana,
      organizationId: 'org_acme',
      source: 'api',
      metadata: { plan: 'pro' },
    }),
    event(11, 'user.logged_in', '2026-11-20T09:00:00.000Z', {
      userId: 'usr_chen',
      metadata: { name: 'Chen Wei', email: 'chen@example.com' },
    }),
    event(12, 'session.created', '2026-11-20T09:00:00.100Z', {
      userId: 'usr_chen',
      sessionId: 'ses_2',
      metadata: { name: 'Chen Wei', email: 'chen@example.com', token: 't2' },
    }),
    event(13, 'team.member.added', '2026-11-20T10:00:00.000Z', {
      ...ana,
      sessionId: 'ses_1',
      organizationId: 'org_acme',
      metadata: { teamName: 'Platform', addedName: 'Chen Wei' },
    }),
  ]
}

/** A handler over the store under test (`contractStore`; the sample events unless `events` is given). */
export function makeHandler(
  options: Partial<EventsHandlerOptions> & {
    events?: StoredEvent[]
    ready?: MemoryStoreOptions['ready']
  } = {},
): EventsHandler {
  const { events, ready, ...rest } = options
  return createEventsHandler({
    store: contractStore(events ?? sampleEvents(), ready),
    authorize: () => true,
    ...rest,
  })
}

/** A decoded answer. */
export type Answer = { status: number; body: Record<string, unknown>; headers: Headers }

/** Sends `GET {BASE}{path}` (or any method with `init`) and decodes the JSON answer. */
export async function call(handler: EventsHandler, path: string, init?: RequestInit): Promise<Answer> {
  const response = await handler(new Request(`${BASE}${path}`, init))
  const text = await response.text()
  return {
    status: response.status,
    body: JSON.parse(text) as Record<string, unknown>,
    headers: response.headers,
  }
}

/** `POST` JSON. */
export function post(handler: EventsHandler, path: string, body: unknown): Promise<Answer> {
  return call(handler, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

/** The ids of an `/api/events` answer. */
export function ids(answer: Answer): string[] {
  return (answer.body.events as { id: string }[]).map((event) => event.id)
}
