/**
 * "Events of this user / organization / IP": who an event is about, as filters of the one
 * filter model, and back. The model filters users and organizations by exact id (`userId`,
 * `organizationId`; CONTRACT section 5). It has no IP field, so an IP is searched (`q`): the
 * search covers `ipAddress`, and the summary says the match is by text.
 */
import { firstForwardedIp, parseIpv4, parseIpv6 } from '../../api/ip'
import type { AuthEvent, EventFilters } from '../../api/types'

/** What an entity is. */
export type EntityKind = 'user' | 'organization' | 'ip'

/** One entity an event is about. */
export type EventEntity = { kind: EntityKind; value: string }

const present = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== ''

/** The entities of `event` that can become a filter, in display order (user, IP, organization). */
export function eventEntities(event: AuthEvent): EventEntity[] {
  const entities: EventEntity[] = []
  if (present(event.userId)) entities.push({ kind: 'user', value: event.userId })
  const ip = firstForwardedIp(event.ipAddress)
  if (present(ip)) entities.push({ kind: 'ip', value: ip })
  if (present(event.organizationId)) entities.push({ kind: 'organization', value: event.organizationId })
  return entities
}

/** The filter fields that select one entity's events (merged over the current filters). */
export function entityPatch({ kind, value }: EventEntity): Partial<EventFilters> {
  if (kind === 'user') return { userId: value }
  if (kind === 'organization') return { organizationId: value }
  return { q: value }
}

/** Whether the text is an IP address (v4 or v6), so a search for it is an IP's view. */
export function isIpAddress(text: string): boolean {
  return parseIpv4(text) !== undefined || parseIpv6(text) !== undefined
}

/** The entities the filters are narrowed to (a search for an IP address counts as that IP). */
export function filteredEntities(filters: EventFilters): EventEntity[] {
  const entities: EventEntity[] = []
  if (present(filters.userId)) entities.push({ kind: 'user', value: filters.userId })
  const q = filters.q?.trim()
  if (q && isIpAddress(q)) entities.push({ kind: 'ip', value: q })
  if (present(filters.organizationId)) entities.push({ kind: 'organization', value: filters.organizationId })
  return entities
}

/** The filter field an entity maps to (what `clientFiltered` names when the backend cannot apply it). */
export function entityField(kind: EntityKind): keyof EventFilters {
  return kind === 'user' ? 'userId' : kind === 'organization' ? 'organizationId' : 'q'
}
