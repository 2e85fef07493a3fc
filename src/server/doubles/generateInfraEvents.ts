/**
 * Deterministic infra dash plugin events for doubles, stories and demos: a realistic mix of user,
 * session, organization and security-layer types, in BOTH spellings the plugin is known by (code
 * and documentation names), with resolved locations (some without a city), "unknown" placeholders
 * on failed sign-ins, and per-type `eventData` keys.
 */
import type { InfraEvent, InfraLocation } from '../../api/adapters/infra/wire'
import { createSeededRandom, type SeededRandom } from './seededRandom'

/** One organization the generated events may belong to. */
export type GeneratedOrganization = {
  /** Organization id. */
  id: string
  /** Display name. */
  name: string
  /** URL slug. */
  slug: string
}

/** Options of {@link generateInfraEvents}. */
export type GenerateInfraEventsOptions = {
  /** Same seed, same events. */
  seed: number
  /** The newest event is just before this instant. */
  now: Date | number
  /** How many events to write. */
  count: number
  /** The main actor (about four events in five). @default 'usr_demo' */
  userId?: string
  /** Organizations the events belong to. @default Acme and Globex */
  organizations?: readonly GeneratedOrganization[]
}

type Person = { id: string; name: string; email: string }

const DEFAULT_ORGANIZATIONS: GeneratedOrganization[] = [
  { id: 'org_acme', name: 'Acme', slug: 'acme' },
  { id: 'org_globex', name: 'Globex', slug: 'globex' },
]

const OTHERS: Person[] = [
  { id: 'usr_bo', name: 'Bo Lind', email: 'bo@example.com' },
  { id: 'usr_chen', name: 'Chen Wei', email: 'chen@example.com' },
  { id: 'usr_dana', name: 'Dana Okafor', email: 'dana@example.com' },
]

// The documentation's spelling of a code name; picked for about a third of such events.
const DOCUMENTED: Record<string, string> = {
  user_created: 'user_signed_up',
  profile_updated: 'user_profile_updated',
  email_verified: 'user_email_verified',
  all_sessions_revoked: 'sessions_revoked_all',
  user_impersonated_stopped: 'user_impersonation_stopped',
  organization_member_added: 'member_added',
  organization_member_removed: 'member_removed',
  organization_member_role_updated: 'member_role_updated',
  organization_member_invited: 'member_invited',
  organization_member_invite_accepted: 'invite_accepted',
  organization_team_created: 'team_created',
}

type Kind = 'user' | 'failed' | 'org' | 'team' | 'security' | 'impersonation'

const TYPES: readonly (readonly [readonly [type: string, kind: Kind], number])[] = [
  [['user_signed_in', 'user'], 30],
  [['session_created', 'user'], 12],
  [['user_signed_out', 'user'], 12],
  [['user_sign_in_failed', 'failed'], 8],
  [['password_changed', 'user'], 2],
  [['password_reset_requested', 'user'], 2],
  [['password_reset_completed', 'user'], 1],
  [['email_verified', 'user'], 1],
  [['profile_updated', 'user'], 3],
  [['two_factor_enabled', 'user'], 1],
  [['two_factor_verified', 'user'], 5],
  [['account_linked', 'user'], 1],
  [['session_revoked', 'user'], 2],
  [['all_sessions_revoked', 'user'], 1],
  [['user_created', 'user'], 1],
  [['organization_member_added', 'org'], 2],
  [['organization_member_role_updated', 'org'], 2],
  [['organization_member_invited', 'org'], 2],
  [['organization_member_invite_accepted', 'org'], 1],
  [['organization_team_created', 'team'], 1],
  [['organization_team_member_added', 'team'], 1],
  [['security_credential_stuffing', 'security'], 1],
  [['security_impossible_travel', 'security'], 1],
  [['security_bot_blocked', 'security'], 1],
  [['security_suspicious_ip', 'security'], 1],
  [['user_impersonated', 'impersonation'], 1],
  [['user_impersonated_stopped', 'impersonation'], 1],
]

const PLACES: readonly InfraLocation[] = [
  { ipAddress: '203.0.113.7', city: 'Lisbon', country: 'Portugal', countryCode: 'PT' },
  { ipAddress: '198.51.100.23', city: null, country: 'Netherlands', countryCode: 'NL' },
  { ipAddress: '192.0.2.44', city: 'Osaka', country: 'Japan', countryCode: 'JP' },
  { ipAddress: '2001:db8::5', city: 'Berlin', country: 'Germany', countryCode: 'DE' },
  { ipAddress: '203.0.113.90', city: 'São Paulo', country: 'Brazil', countryCode: 'BR' },
]

const USER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
]

function userData(person: Person, random: SeededRandom, index: number): Record<string, unknown> {
  return {
    userId: person.id,
    userName: person.name,
    userEmail: person.email,
    sessionId: `ses_${index.toString(36)}`,
    loginMethod: random.pick(['email', 'email', 'github', 'passkey']),
    userAgent: random.pick(USER_AGENTS),
    triggeredBy: person.id,
    triggerContext: 'user',
  }
}

type Built = Pick<InfraEvent, 'eventData' | 'eventKey'> & { location?: InfraLocation }

function build(
  kind: Kind,
  actor: Person,
  org: GeneratedOrganization,
  random: SeededRandom,
  index: number,
): Built {
  const place = random.pick(PLACES)
  const member = random.pick(OTHERS)
  const orgData = { organizationId: org.id, organizationSlug: org.slug, organizationName: org.name }
  switch (kind) {
    case 'user': {
      const data = userData(actor, random, index)
      // Some sessions have an active organization, which the plugin records.
      if (random.chance(0.3)) Object.assign(data, { organizationId: org.id, organizationName: org.name })
      return { eventData: data, eventKey: actor.id, location: place }
    }
    case 'failed': {
      const known = random.chance(0.5)
      return {
        eventData: {
          userId: known ? actor.id : 'unknown',
          userName: known ? actor.name : 'unknown',
          userEmail: known ? actor.email : 'mallory@example.com',
          loginMethod: 'email',
          triggeredBy: known ? actor.id : 'unknown',
          triggerContext: known ? 'user' : 'unknown',
        },
        eventKey: known ? actor.id : 'unknown',
        location: place,
      }
    }
    case 'org':
      return {
        eventData: {
          ...orgData,
          memberId: `mem_${member.id.slice(4)}`,
          memberEmail: member.email,
          memberName: member.name,
          oldRole: 'member',
          newRole: random.pick(['admin', 'owner', 'member']),
          userId: member.id,
          triggeredBy: actor.id,
          triggerContext: 'organization',
        },
        eventKey: org.id,
      }
    case 'team':
      return {
        eventData: {
          ...orgData,
          teamId: `team_${random.int(1, 9)}`,
          teamName: random.pick(['Platform', 'Support', 'Growth']),
          memberEmail: member.email,
          memberName: member.name,
          userId: member.id,
          triggeredBy: actor.id,
          triggerContext: 'organization',
        },
        eventKey: org.id,
      }
    case 'security':
      return {
        eventData: {
          identifier: actor.email,
          userId: actor.id,
          visitorId: `v_${random.int(10, 99)}`,
          reason: random.pick(['credential_stuffing', 'datacenter_ip', 'velocity']),
        },
        eventKey: place.ipAddress ?? 'unknown',
        location: random.chance(0.5) ? { ipAddress: place.ipAddress } : place,
      }
    case 'impersonation':
      return {
        eventData: {
          userId: member.id,
          userName: member.name,
          userEmail: member.email,
          sessionId: `ses_i${index.toString(36)}`,
          impersonatedBy: actor.name,
          impersonatedById: actor.id,
          triggeredBy: actor.id,
          triggerContext: 'admin',
        },
        eventKey: member.id,
      }
  }
}

/** Generates `count` events, newest first, with strictly decreasing `createdAt` (so every derived id is unique). */
export function generateInfraEvents({
  seed,
  now,
  count,
  userId = 'usr_demo',
  organizations = DEFAULT_ORGANIZATIONS,
}: GenerateInfraEventsOptions): InfraEvent[] {
  const random = createSeededRandom(seed)
  const main: Person = { id: userId, name: 'Ana Souza', email: 'ana@example.com' }
  const events: InfraEvent[] = []
  let at = typeof now === 'number' ? now : now.getTime()
  for (let index = 0; index < count; index += 1) {
    at -= random.int(15_000, 7_200_000) + random.int(1, 999)
    const [code, kind] = random.weighted(TYPES)
    const documented = DOCUMENTED[code]
    const eventType = documented && random.chance(0.35) ? documented : code
    const actor = random.chance(0.8) ? main : random.pick(OTHERS)
    const org = random.pick(organizations.length ? organizations : DEFAULT_ORGANIZATIONS)
    const { eventData, eventKey, location } = build(kind, actor, org, random, index)
    const createdAt = new Date(at).toISOString()
    events.push({
      eventType,
      eventData,
      eventKey,
      projectId: 'prj_demo',
      createdAt,
      updatedAt: createdAt,
      ...(location ? { location: { ...location } } : {}),
    })
  }
  return events
}
