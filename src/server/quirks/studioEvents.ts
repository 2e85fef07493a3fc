/**
 * Hand-made Studio events for tests of the behaviours issue 9 saw on a real Studio: a sign-in
 * whose `user.logged_in` and `session.created` carry the same millisecond.
 */
import { classifyEvent } from '../../api/classify'
import { formatEventMessage } from '../../api/message'
import type { StudioWireEvent } from '../wire'

/** Options of {@link studioSignInPair}. */
export type StudioSignInPairOptions = {
  /** The one instant both events carry. */
  at: Date | string
  /** Ids of the two events. @default two UUIDs from `crypto.randomUUID()` */
  ids?: readonly [loggedIn: string, sessionCreated: string]
  /** The user signing in. @default 'usr_pair' */
  userId?: string
  /** The user's email. @default 'pair@example.com' */
  email?: string
  /** The user's name. @default 'Pat Pair' */
  name?: string
  /** The client address. @default '203.0.113.50' */
  ipAddress?: string
  /** The session created. @default 'ses_pair' */
  sessionId?: string
}

/**
 * A Studio email sign-in: `user.logged_in` then `session.created`, both stamped with the SAME
 * millisecond, with `userAgent` and the first event's `sessionId` null, as a real Studio writes
 * them. Returned in the order Studio writes them.
 * @example await store.insert(studioSignInPair({ at: '2026-11-20T10:00:00.000Z' }).map(fromWireEvent))
 */
export function studioSignInPair(options: StudioSignInPairOptions): [StudioWireEvent, StudioWireEvent] {
  const timestamp = new Date(options.at).toISOString()
  const [loggedInId, sessionId] = options.ids ?? [crypto.randomUUID(), crypto.randomUUID()]
  const metadata = { email: options.email ?? 'pair@example.com', name: options.name ?? 'Pat Pair' }
  const base = {
    timestamp,
    status: 'success' as const,
    userId: options.userId ?? 'usr_pair',
    organizationId: null,
    ipAddress: options.ipAddress ?? '203.0.113.50',
    userAgent: null,
    source: 'app',
  }
  const event = (
    id: string,
    type: string,
    session: string | null,
    extra: Record<string, unknown>,
  ): StudioWireEvent => {
    const data = { ...metadata, ...extra }
    return {
      ...base,
      id,
      type,
      sessionId: session,
      metadata: data,
      display: {
        message: formatEventMessage(type, data),
        severity: classifyEvent({ type, status: 'success' }),
      },
    }
  }
  return [
    event(loggedInId, 'user.logged_in', null, { method: 'email' }),
    event(sessionId, 'session.created', null, { sessionId: options.sessionId ?? 'ses_pair' }),
  ]
}
