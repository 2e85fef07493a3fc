/**
 * Deterministic audit-log plugin entries for doubles, stories and demos: a realistic mix of the
 * plugin's action names (auth paths with `/` → `:`, admin actions, a custom action), with the
 * plugin's own severity inference, failures, redacted request bodies, x-forwarded-for lists and IPv6.
 */
import type { AuditLogEntry, AuditLogSeverityLevel } from '../../api/adapters/auditLog/wire'
import { createSeededRandom, type SeededRandom } from './seededRandom'

/** Options of {@link generateAuditLogEntries}. */
export type GenerateAuditLogEntriesOptions = {
  /** Same seed, same entries. */
  seed: number
  /** The newest entry is just before this instant. */
  now: Date | number
  /** How many entries to write. */
  count: number
  /** Whose entries they are. Like the plugin, most failed sign-ins have `userId: null` instead. @default 'usr_demo' */
  userId?: string
}

type ActionSpec = {
  action: string
  weight: number
  /** Probability that the attempt failed. */
  failure?: number
}

const ACTIONS: ActionSpec[] = [
  { action: 'sign-in:email', weight: 30, failure: 0.2 },
  { action: 'sign-in:social', weight: 8 },
  { action: 'sign-out', weight: 14 },
  { action: 'sign-up:email', weight: 1 },
  { action: 'change-password', weight: 4, failure: 0.15 },
  { action: 'reset-password', weight: 2 },
  { action: 'change-email', weight: 2 },
  { action: 'update-user', weight: 4 },
  { action: 'two-factor:enable', weight: 2 },
  { action: 'two-factor:verify-totp', weight: 8, failure: 0.1 },
  { action: 'two-factor:disable', weight: 1 },
  { action: 'revoke-session', weight: 3 },
  { action: 'revoke-sessions', weight: 1 },
  { action: 'revoke-other-sessions', weight: 2 },
  { action: 'delete-user', weight: 0.3 },
  { action: 'ban-user', weight: 1 },
  { action: 'impersonate-user', weight: 1 },
  { action: 'admin:user-export', weight: 1 },
]

const IPS: readonly (readonly [string | null, number])[] = [
  ['203.0.113.7', 40],
  ['198.51.100.23', 15],
  ['203.0.113.7, 10.0.0.1', 10],
  ['2001:db8::5', 10],
  ['192.0.2.44', 10],
  [null, 5],
]

const USER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
]

const FAILURES: Record<string, { message: string; status: number; code: string }> = {
  'sign-in:email': { message: 'Invalid email or password', status: 401, code: 'INVALID_EMAIL_OR_PASSWORD' },
  'change-password': { message: 'Invalid password', status: 400, code: 'INVALID_PASSWORD' },
  'two-factor:verify-totp': { message: 'Invalid code', status: 401, code: 'INVALID_CODE' },
}

/** The plugin's inference: critical for ban/impersonate, high for delete/revoke/failed sign-in, medium for sign-in/out, low otherwise. */
function inferSeverity(action: string, failed: boolean): AuditLogSeverityLevel {
  if (/ban-user|impersonate/.test(action)) return 'critical'
  if (/delete-user|revoke/.test(action) || (failed && action.startsWith('sign-in'))) return 'high'
  if (action.startsWith('sign-in') || action === 'sign-out') return 'medium'
  return 'low'
}

function metadataFor(action: string, failed: boolean, random: SeededRandom): Record<string, unknown> {
  const failure = FAILURES[action]
  if (failed && failure) return { error: { ...failure } }
  switch (action) {
    case 'sign-in:email':
      // With `capture.requestBody` and PII redaction on, the password arrives masked.
      return random.chance(0.3)
        ? { requestBody: { email: 'ana@example.com', password: '***', rememberMe: true } }
        : {}
    case 'sign-in:social':
      return { provider: random.pick(['github', 'google']) }
    case 'ban-user':
      return {
        requestBody: {
          userId: random.pick(['usr_Z9x8', 'usr_bo', 'usr_chen']),
          banReason: 'spam',
          password: '***',
        },
      }
    case 'impersonate-user':
      return { requestBody: { userId: random.pick(['usr_bo', 'usr_chen']) } }
    case 'admin:user-export':
      return { exportedCount: random.int(10, 800), format: 'csv' }
    case 'change-email':
      return { requestBody: { newEmail: 'ana.souza@example.com' } }
    default:
      return {}
  }
}

/** Generates `count` entries, newest first, with strictly decreasing `createdAt` and unique ids. */
export function generateAuditLogEntries({
  seed,
  now,
  count,
  userId = 'usr_demo',
}: GenerateAuditLogEntriesOptions): AuditLogEntry[] {
  const random = createSeededRandom(seed)
  const weighted = ACTIONS.map((spec) => [spec, spec.weight] as const)
  const entries: AuditLogEntry[] = []
  let at = typeof now === 'number' ? now : now.getTime()
  for (let index = 0; index < count; index += 1) {
    // Between 20 s and about 3 h apart, with a millisecond part so no two entries share an instant.
    at -= random.int(20_000, 10_800_000) + random.int(1, 999)
    const spec = random.weighted(weighted)
    const failed = spec.failure !== undefined && random.chance(spec.failure)
    entries.push({
      id: `al_${seed.toString(36)}_${index.toString(36).padStart(4, '0')}`,
      // The plugin has no session for a failed sign-in, so it usually cannot name the user.
      userId: failed && spec.action.startsWith('sign-in') && random.chance(0.6) ? null : userId,
      action: spec.action,
      status: failed ? 'failed' : 'success',
      severity: inferSeverity(spec.action, failed),
      ipAddress: random.weighted(IPS),
      userAgent: random.pick(USER_AGENTS),
      metadata: metadataFor(spec.action, failed, random),
      createdAt: new Date(at).toISOString(),
    })
  }
  return entries
}
