/**
 * What a scenario emits (a draft), and how a draft becomes a Studio wire event: an id from the
 * seeded PRNG, and the display message and severity from the shared catalogue, as Studio
 * computes them when it writes an event.
 */
import { classifyEvent } from '../../api/classify'
import { formatEventMessage } from '../../api/message'
import type { EventStatus } from '../../api/types'
import type { StudioWireEvent } from '../wire'
import type { Random } from './random'

/** One event a scenario wants to happen at `at` (epoch ms). */
export type Draft = {
  type: string
  at: number
  /** @default 'success' */
  status?: EventStatus
  userId?: string | null
  sessionId?: string | null
  organizationId?: string | null
  ipAddress?: string | null
  userAgent?: string | null
  metadata: Record<string, unknown>
  /** @default 'app' */
  source?: 'app' | 'api'
  /** Studio's own wording where the catalogue's would be wrong (a failed sign-in). */
  message?: string
}

/** The wire event of a draft. */
export function buildWireEvent(draft: Draft, random: Random): StudioWireEvent {
  const status = draft.status ?? 'success'
  return {
    id: random.uuid(),
    type: draft.type,
    timestamp: new Date(draft.at).toISOString(),
    status,
    userId: draft.userId ?? null,
    sessionId: draft.sessionId ?? null,
    organizationId: draft.organizationId ?? null,
    ipAddress: draft.ipAddress ?? null,
    userAgent: draft.userAgent ?? null,
    metadata: draft.metadata,
    source: draft.source ?? 'app',
    display: {
      message: formatEventMessage(draft.type, draft.metadata, draft.message),
      severity: classifyEvent({ type: draft.type, status }),
    },
  }
}

/** Newest first; ties broken by id, descending (the order the store serves). */
export function newestFirst(a: StudioWireEvent, b: StudioWireEvent): number {
  if (a.timestamp !== b.timestamp) return a.timestamp < b.timestamp ? 1 : -1
  if (a.id === b.id) return 0
  return a.id < b.id ? 1 : -1
}
