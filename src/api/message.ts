/**
 * The display message of an event (CONTRACT section 5): the server's message when it says more
 * than the type; else the catalogue template filled from metadata; else the label. Plain text
 * only: the result is rendered as text, never as HTML.
 */
import { getEventTypeInfo } from './catalogue/catalogue'
import type { EventTypeInfo } from './catalogue/catalogue'
import type { EventStatus } from './types'
import { isSecretKey } from './mask'
import { failedTemplate } from './failedMessages'

/** Longest value put into a template, in characters; longer ones are cut with an ellipsis. */
export const MAX_PLACEHOLDER_LENGTH = 120

// The same fact under the names other backends use (infra's eventData says userName/userEmail).
const SYNONYMS: Record<string, string[]> = {
  name: ['userName', 'user.name'],
  email: ['userEmail', 'user.email'],
  organizationName: ['organization.name'],
  teamName: ['team.name'],
}

// Placeholders the emitters fill with a stand-in when they know nothing (infra: "unknown").
const STAND_INS = new Set(['unknown', 'null', 'undefined', 'n/a'])

function readPath(metadata: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(metadata, path)) return metadata[path]
  let current: unknown = metadata
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

function toText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined
  if (typeof value === 'boolean') return String(value)
  if (typeof value !== 'string') return undefined
  const text = value.replace(/\s+/g, ' ').trim()
  if (text === '' || STAND_INS.has(text.toLowerCase())) return undefined
  return text.length > MAX_PLACEHOLDER_LENGTH ? `${text.slice(0, MAX_PLACEHOLDER_LENGTH - 1)}…` : text
}

function lookup(metadata: Record<string, unknown>, key: string): string | undefined {
  for (const candidate of [key, ...(SYNONYMS[key] ?? [])]) {
    const last = candidate.split('.').pop() ?? candidate
    // Defence in depth: a template must never print a token, even if someone writes one.
    if (isSecretKey(last)) continue
    const text = toText(readPath(metadata, candidate))
    if (text !== undefined) return text
  }
  return undefined
}

/**
 * Fills `{key}` placeholders from `metadata`. `{a|b}` takes the first of `a`, `b` that has a value
 * (also trying known synonyms, e.g. `name` → `userName`), dotted keys read nested objects, and
 * ` || ` separates alternatives tried in order. Returns undefined when no alternative can be
 * filled completely, so a message never shows a raw `{name}`.
 * @example fillTemplate('Session created for {name|email}', { email: 'a@b.c' }) // 'Session created for a@b.c'
 */
export function fillTemplate(template: string, metadata: Record<string, unknown>): string | undefined {
  for (const alternative of template.split(' || ')) {
    let complete = true
    const text = alternative.replace(/\{([^{}]+)\}/g, (_match, keys: string) => {
      for (const key of keys.split('|')) {
        const value = lookup(metadata, key.trim())
        if (value !== undefined) return value
      }
      complete = false
      return ''
    })
    if (complete && text.trim() !== '') return text.trim()
  }
  return undefined
}

// Words that tell a failure ("Failed login attempt", "Invalid password", "Access denied"…).
const SAYS_FAILURE =
  /fail|error|invalid|denied|refused|reject|block|locked|banned|unable|could ?n[o']t|cannot|wrong|incorrect|expired|unauthori[sz]ed|forbidden|not allowed|too many|attempt/i

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Whether a server's message for a failed event says so in its own words. The label's own words
 * do not count ("User banned", "Ana was banned" say the ban worked), and a message that is the
 * label again is not kept (the row already shows it).
 */
function saysFailure(message: string, label: string): boolean {
  if (message.toLocaleLowerCase('en').includes(label.toLocaleLowerCase('en'))) return false
  const words = label.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2)
  const own =
    words.length === 0
      ? message
      : message.replace(new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\b`, 'giu'), ' ')
  return SAYS_FAILURE.test(own)
}

// A failed attempt must not read as if it worked ("Ana signed in" for a wrong password), nor
// repeat the label the row already shows: it says what could not be done (failedMessages.ts).
function templateFor(info: EventTypeInfo, status: EventStatus | undefined): string | undefined {
  if (status !== 'failed' || info.defaultSeverity === 'failed') return info.template
  return failedTemplate(info)
}

/**
 * The message to show for an event.
 * @param type The raw event type.
 * @param metadata The event's metadata (may be empty).
 * @param serverMessage The server's own message (Studio `display.message`), used when it is
 *   present and is not just the type repeated.
 * @param status The wire status. For a failed event of a type that normally succeeds, the
 *   success template is not used: a sign-in says "Failed sign-in for …", others what could not
 *   be done ("Could not verify the phone number"), never the label again.
 */
export function formatEventMessage(
  type: string,
  metadata: Record<string, unknown>,
  serverMessage?: string | null,
  status?: EventStatus,
): string {
  const server = typeof serverMessage === 'string' ? serverMessage.trim() : ''
  const info = getEventTypeInfo(type)
  // Studio's message for a failed `oauth.sign_in` is still "Signed in with OAuth": a failed event
  // keeps the server's words only when they say it failed.
  const contradicts =
    status === 'failed' && info.defaultSeverity !== 'failed' && !saysFailure(server, info.label)
  if (server !== '' && server !== type && !contradicts) return server
  const safeMetadata = typeof metadata === 'object' && metadata !== null ? metadata : {}
  const template = templateFor(info, status)
  const filled = template === undefined ? undefined : fillTemplate(template, safeMetadata)
  return filled ?? info.label
}
