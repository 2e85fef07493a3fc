/**
 * A behaving double of the Better Auth infra dash plugin (@better-auth/infra 0.4): a plain
 * `Request → Response` handler for msw, stories and demos. It serves, below `basePath`:
 * - `GET /events/audit-logs` — the session user's own events (`eventData.userId`,
 *   `eventData.triggeredBy` or `eventKey` is the user); `userId` of another user → 403. With
 *   `organizationId`, that organization's events instead (members only, else 403).
 * - `GET /events/all-audit-logs` — events of every organization the user owns or administers
 *   (none → 403). Here `eventType` is applied to each page AFTER it is taken, and `total` counts
 *   every type: the awkward behaviour the contract warns about.
 * - `GET /events/types`.
 * Both lists take `limit` (default 50, 1–100, else 400), `offset`, `userId`, `organizationId`,
 * `identifier` (eventKey, `eventData.identifier` or `eventData.userEmail`) and `eventType`, and
 * answer `{ events, total, limit, offset }` newest first, with `ageInMinutes` as of the request.
 * Without a session: 401.
 */
import type { InfraEvent } from '../../api/adapters/infra/wire'
import { json } from '../http/responses'
import type { PluginDouble } from './auditLogDouble'
import { apiError, noSession, readPaging, routeBelow, routeNotFound } from './betterAuthResponses'
import { infraEventTypesAnswer } from './infraEventTypes'

/** The session user's membership of one organization. */
export type InfraDoubleMembership = {
  /** The organization's id. */
  id: string
  /** The user's role in it (owners and admins may read all of the organization's audit logs). */
  role: 'owner' | 'admin' | 'member'
}

/** Options of {@link createInfraDouble}. */
export type InfraDoubleOptions = {
  /** Every event the infra API holds for the project. */
  events: readonly InfraEvent[]
  /** The signed-in user, or null for "no session" (401). */
  sessionUserId: string | null
  /** Better Auth's base path. @default '/api/auth' */
  basePath?: string
  /** The session user's organizations. @default [] */
  organizations?: readonly InfraDoubleMembership[]
  /** The clock (`ageInMinutes`). @default Date.now */
  now?: () => number
}

/** The plugin's page size when `limit` is absent. */
export const INFRA_DEFAULT_LIMIT = 50
/** The plugin's largest page; a larger `limit` is a 400. */
export const INFRA_MAX_LIMIT = 100

/** The plugin's 403 for another user's events (the fixture's shape). */
export const INFRA_FORBIDDEN_MESSAGE = "Not allowed to access another user's audit logs"

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** Creates the double. */
export function createInfraDouble({
  events,
  sessionUserId,
  basePath = '/api/auth',
  organizations = [],
  now = Date.now,
}: InfraDoubleOptions): PluginDouble<InfraEvent> {
  // Newest first; the sort is stable, so equal instants keep the order they were given in.
  let sorted = [...events].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
  const memberOf = new Set(organizations.map((org) => org.id))
  const adminOf = new Set(organizations.filter((org) => org.role !== 'member').map((org) => org.id))

  const answer = (rows: InfraEvent[], total: number, limit: number, offset: number) =>
    json({ events: rows.map((row) => withAge(row, now())), total, limit, offset })

  const list = (params: URLSearchParams, userId: string, all: boolean): Response => {
    const paging = readPaging(params, { defaultLimit: INFRA_DEFAULT_LIMIT, maxLimit: INFRA_MAX_LIMIT })
    if (paging instanceof Response) return paging
    const { limit, offset } = paging
    const organizationId = params.get('organizationId') || undefined
    const wantedUser = params.get('userId') || undefined
    const identifier = params.get('identifier') || undefined
    const eventType = params.get('eventType') || undefined

    let visible: (event: InfraEvent) => boolean
    if (all) {
      if (!adminOf.size)
        return apiError(403, 'FORBIDDEN', 'Only organization owners and admins can view all audit logs')
      if (organizationId && !adminOf.has(organizationId))
        return apiError(403, 'FORBIDDEN', 'Not an admin of this organization')
      visible = (event) => adminOf.has(text(event.eventData.organizationId) ?? '')
    } else if (organizationId) {
      if (!memberOf.has(organizationId))
        return apiError(403, 'FORBIDDEN', 'Not a member of this organization')
      visible = (event) =>
        text(event.eventData.organizationId) === organizationId || event.eventKey === organizationId
    } else {
      if (wantedUser && wantedUser !== userId) return apiError(403, 'FORBIDDEN', INFRA_FORBIDDEN_MESSAGE)
      visible = (event) =>
        text(event.eventData.userId) === userId ||
        text(event.eventData.triggeredBy) === userId ||
        event.eventKey === userId
    }

    const matches = sorted.filter(
      (event) =>
        visible(event) &&
        (!organizationId ||
          text(event.eventData.organizationId) === organizationId ||
          event.eventKey === organizationId) &&
        (!wantedUser || text(event.eventData.userId) === wantedUser) &&
        (!identifier ||
          event.eventKey === identifier ||
          text(event.eventData.identifier) === identifier ||
          text(event.eventData.userEmail) === identifier),
    )
    if (all && eventType) {
      // Per-page filtering: take the page first, then drop other types; `total` stays unfiltered.
      const page = matches.slice(offset, offset + limit).filter((event) => event.eventType === eventType)
      return answer(page, matches.length, limit, offset)
    }
    const typed = eventType ? matches.filter((event) => event.eventType === eventType) : matches
    return answer(typed.slice(offset, offset + limit), typed.length, limit, offset)
  }

  const handle = async (request: Request): Promise<Response> => {
    const below = routeBelow(request, basePath)
    if (!below || request.method !== 'GET') return routeNotFound()
    const { route, params } = below
    const known = ['/events/audit-logs', '/events/all-audit-logs', '/events/types']
    if (!known.includes(route)) return routeNotFound()
    if (sessionUserId === null) return noSession()
    if (route === '/events/types') return json(infraEventTypesAnswer())
    return list(params, sessionUserId, route === '/events/all-audit-logs')
  }
  const add = (rows: readonly InfraEvent[]) => {
    sorted = [...rows, ...sorted].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
  }
  return Object.assign(handle, { add })
}

function withAge(event: InfraEvent, at: number): InfraEvent {
  return { ...event, ageInMinutes: Math.max(0, Math.floor((at - Date.parse(event.createdAt)) / 60_000)) }
}
