/**
 * "Events of this user / organization / IP": who an event is about, as filters of the one
 * filter model (`userId`, `organizationId`, `ipAddress`, all exact), and back. Backends filter
 * users (Studio, infra) and organizations (extended Studio, infra) on the server; no backend
 * filters an IP, so that is applied in the client (`clientFiltered`), and the summary says so.
 */
import { firstForwardedIp } from '../../api/ip'
import type { AuthEvent, EventFilters } from '../../api/types'

/** What an entity is. */
export type EntityKind = 'user' | 'organization' | 'ip'

/** One entity an event is about. */
export type EventEntity = {
  /** A user, an organization or an IP address. */
  kind: EntityKind
  /** Its exact id (user, organization) or address (IP). */
  value: string
}

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
  return { ipAddress: value }
}

/** The filter fields that drop one entity again (patched over the current filters). */
export function entityRemoval({ kind }: EventEntity): Partial<EventFilters> {
  return { [entityField(kind)]: undefined }
}

/** The entities the filters are narrowed to. */
export function filteredEntities(filters: EventFilters): EventEntity[] {
  const entities: EventEntity[] = []
  if (present(filters.userId)) entities.push({ kind: 'user', value: filters.userId })
  if (present(filters.ipAddress)) entities.push({ kind: 'ip', value: filters.ipAddress })
  if (present(filters.organizationId)) entities.push({ kind: 'organization', value: filters.organizationId })
  return entities
}

/** The filter field an entity maps to (what `clientFiltered` names when the backend cannot apply it). */
export function entityField(kind: EntityKind): keyof EventFilters {
  return kind === 'user' ? 'userId' : kind === 'organization' ? 'organizationId' : 'ipAddress'
}
