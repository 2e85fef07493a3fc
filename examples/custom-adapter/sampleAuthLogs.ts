/** Deterministic sample rows for the example API: a realistic mix, including the awkward cases. */
import type { AuthLog } from './authLogsWire'

const ACTIONS = ['SignIn', 'SignIn', 'SignIn', 'SignOut', 'SocialSignIn', 'Register', 'ChangePassword']
const RARE = ['ForgotPassword', 'ResetPassword', 'VerifyEmail', 'SocialLink', 'InviteMember', 'ExportData']
const PEOPLE = [
  { id: 'u_ana', name: 'Ana Souza', email: 'ana@example.com' },
  { id: 'u_bo', name: 'Bo Lind', email: 'bo@example.com' },
  { id: 'u_cy', name: 'Cy Okafor', email: 'cy@example.com' },
]
const IPS = ['203.0.113.7', '198.51.100.23, 10.0.0.4', '2001:db8::7', '']

/** Options of {@link sampleAuthLogs}. */
export type SampleAuthLogsOptions = {
  /** @default 120 */
  count?: number
  /** The newest row is just before this instant. */
  now: Date
}

/**
 * Rows one to twenty minutes apart, newest first: mostly sign-ins (one in six fails, then with no
 * actor), the odd rare or custom action (`ExportData`), x-forwarded-for lists, IPv6, empty strings
 * and `null` payloads — everything an adapter must normalise.
 */
export function sampleAuthLogs({ count = 120, now }: SampleAuthLogsOptions): AuthLog[] {
  let seed = 7
  const next = () => (seed = (seed * 48_271) % 2_147_483_647)
  const logs: AuthLog[] = []
  let at = Math.floor(now.getTime() / 1000)
  for (let index = 0; index < count; index += 1) {
    at -= 60 + (next() % 1140)
    const action = index % 9 === 4 ? RARE[next() % RARE.length]! : ACTIONS[next() % ACTIONS.length]!
    const person = PEOPLE[next() % PEOPLE.length]!
    const failed = action === 'SignIn' && next() % 6 === 0
    logs.push({
      uuid: `log_${String(count - index).padStart(4, '0')}`,
      action,
      created_at: at,
      actor_id: failed ? null : person.id,
      ip: IPS[next() % IPS.length]!,
      user_agent: index % 5 === 0 ? '' : 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
      payload:
        index % 7 === 0
          ? null
          : failed
            ? { email: person.email }
            : { email: person.email, name: person.name },
      outcome: failed ? 'error' : 'success',
    })
  }
  return logs
}
