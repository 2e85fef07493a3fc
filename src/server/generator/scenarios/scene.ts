/** What every scenario works with, and the helpers they share. */
import type { Draft } from '../draft'
import type { Population, SimSession, SimUser } from '../population'
import type { Random } from '../random'

/** One moment of the simulation: the world, the time, and where drafts go. */
export type Scene = {
  random: Random
  population: Population
  /** Epoch ms the scenario starts at. */
  at: number
  /** Stamp an email sign-in's `session.created` with the same millisecond as its `user.logged_in`, as Studio does. */
  studioTiming?: boolean
  emit(draft: Draft): void
}

/** A scenario acted out by `user` (already existing and not banned). */
export type Scenario = (scene: Scene, user: SimUser) => void

/** `{ email, name }` of a user, the keys Studio's messages read. */
export const who = (user: SimUser) => ({ email: user.email, name: user.name })

/** Seconds to milliseconds, with a little jitter. */
export const after = (scene: Scene, minMs: number, maxMs: number) => scene.random.int(minMs, maxMs)

/** The user's current session, signing in first (at `at`) when there is none. */
export function ensureSession(scene: Scene, user: SimUser, at: number): SimSession {
  return user.session ?? signIn(scene, user, at)
}

/** `user.logged_in` then `session.created` (with its token), like Studio's sign-in; opens a session. */
export function signIn(scene: Scene, user: SimUser, at: number, via?: { provider: string }): SimSession {
  const { random } = scene
  // Most sign-ins come from the usual address and first device; the rest vary.
  const ip = random.chance(0.8) ? (user.ips[0] as string) : random.pick(user.ips)
  const agent = random.chance(0.6) ? (user.agents[0] as string) : random.pick(user.agents)
  const session: SimSession = { id: `ses_${random.token(12)}`, ip, agent }
  const base = { userId: user.id, ipAddress: ip, userAgent: agent }
  if (via) {
    scene.emit({ ...base, type: 'oauth.sign_in', at, metadata: { ...who(user), provider: via.provider } })
  } else {
    scene.emit({ ...base, type: 'user.logged_in', at, metadata: { ...who(user), method: 'email' } })
  }
  // The draw happens either way, so the option changes no other event of a seed.
  const gap = after(scene, 20, 400)
  scene.emit({
    ...base,
    type: 'session.created',
    at: scene.studioTiming && !via ? at : at + gap,
    sessionId: session.id,
    metadata: {
      ...who(user),
      token: random.token(32),
      expiresAt: new Date(at + 7 * 86_400_000).toISOString(),
    },
  })
  user.session = session
  return session
}

/** The common fields of an event done inside a session. */
export function inSession(user: SimUser, session: SimSession) {
  return { userId: user.id, sessionId: session.id, ipAddress: session.ip, userAgent: session.agent }
}
