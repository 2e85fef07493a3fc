/**
 * The event catalogue: what the library knows about each event type of each backend (category,
 * human label, icon, default severity, message template). Framework-free.
 *
 * Lookups never throw. A type that is neither in the table nor in a known family (`security_*`,
 * `two-factor:*`, `admin:*`, …) is category `other` with its raw type as label, even when it has a
 * dot: `billing.subscription_renewed` is not guessed into a category from its prefix.
 */
import { CATEGORIES } from '../types'
import type { Category, Severity } from '../types'
import { EVENT_TYPES } from './eventTypes'
import { familyInfo } from './typeFamilies'

/**
 * Every icon name the catalogue uses. The first thirteen are one per category (same ids as
 * {@link CATEGORIES}); the rest are per-action icons a renderer may draw more specifically (or
 * replace by the category icon): `sign-in`, `sign-out`, `sign-up`; `key` (passwords, passkeys,
 * API keys); `shield` (two-factor, security checks); `ban` and `unban` (bans, blocked requests);
 * `mail` (emails, invitations sent); `alert` (failures, detected threats); `trash` (deletions);
 * `edit` (updates); `link` and `unlink` (linked accounts); `eye` (impersonation); `phone`.
 */
export const ICON_KEYS = [
  ...CATEGORIES,
  'sign-in',
  'sign-out',
  'sign-up',
  'key',
  'shield',
  'ban',
  'unban',
  'mail',
  'alert',
  'trash',
  'edit',
  'link',
  'unlink',
  'eye',
  'phone',
] as const
/** One of {@link ICON_KEYS}. */
export type IconKey = (typeof ICON_KEYS)[number]

/** Which backend a catalogue entry comes from. */
export type EventBackend = 'studio' | 'infra' | 'audit-log'

/** What the catalogue knows about one event type. */
export type EventTypeInfo = {
  /** The raw type or action name, exactly as the backend sends it. */
  type: string
  /** The category it belongs to. */
  category: Category
  /** Human label, e.g. "Signed in". The raw type for unknown types. */
  label: string
  /** Icon shown next to it. */
  icon: IconKey
  /**
   * Message template with `{key}` placeholders filled from metadata (`{a|b}`: the first present),
   * and ` || ` between alternatives tried in order (see `formatEventMessage`).
   */
  template?: string
  /** Severity when the event succeeded and the server gave none (see `classifyEvent`). */
  defaultSeverity: Severity
  /** The backend that emits it (`studio`, `audit-log`, `infra`). */
  backend: EventBackend
  /** Other spellings of the same event (infra code vs documentation names). */
  aliases?: string[]
}

export { EVENT_TYPES }

const BY_TYPE: ReadonlyMap<string, EventTypeInfo> = new Map(EVENT_TYPES.map((info) => [info.type, info]))

// Family matches and unknowns are built on demand; cache them so repeated lookups return the same
// object (stable for memoised renders). Bounded so a stream of random types cannot grow it forever.
const DERIVED_CACHE_LIMIT = 1000
const derived = new Map<string, EventTypeInfo>()

/**
 * What the catalogue knows about `type`. Never throws: unknown types get category `other`, the
 * raw type as label, icon `other`, severity `info` and backend `studio`.
 * @example getEventTypeInfo('user_signed_in').label // 'Signed in'
 */
export function getEventTypeInfo(type: string): EventTypeInfo {
  const known = BY_TYPE.get(type)
  if (known) return known
  const cached = derived.get(type)
  if (cached) return cached
  const info = familyInfo(type) ?? unknownInfo(type)
  if (derived.size >= DERIVED_CACHE_LIMIT) derived.clear()
  derived.set(type, info)
  return info
}

function unknownInfo(type: string): EventTypeInfo {
  return {
    type,
    category: 'other',
    label: type === '' ? 'Unknown event' : type,
    icon: 'other',
    defaultSeverity: 'info',
    backend: 'studio',
  }
}

/**
 * The known types (table entries, both spellings) of the given categories, optionally of one
 * backend only, in catalogue order and without duplicates. Types recognised only by a family
 * pattern (`security_*`, `admin:*`) and `other` types cannot be listed: see `canSendCategoriesOnWire`.
 */
export function typesForCategories(categories: Category[], backend?: EventBackend): string[] {
  const wanted = new Set(categories)
  const types = new Set<string>()
  for (const info of EVENT_TYPES) {
    if (wanted.has(info.category) && (backend === undefined || info.backend === backend)) types.add(info.type)
  }
  return [...types]
}

const CATEGORY_LABELS = {
  user: 'User',
  session: 'Session',
  password: 'Password',
  two_factor: 'Two-factor',
  oauth: 'OAuth',
  organization: 'Organization',
  member: 'Member',
  team: 'Team',
  invitation: 'Invitation',
  phone_number: 'Phone number',
  security: 'Security',
  admin: 'Admin',
  other: 'Other',
} satisfies Record<Category, string>

/** Human label of a category, e.g. `two_factor` → "Two-factor". Unknown ids are returned as given. */
export function categoryLabel(category: Category): string {
  return (CATEGORY_LABELS as Record<string, string>)[category] ?? category
}

/** The icon of a category (its own id). */
export function categoryIcon(category: Category): IconKey {
  return (CATEGORIES as readonly string[]).includes(category) ? category : 'other'
}
