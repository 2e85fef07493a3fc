/** Scenarios run by admins or machines: bans, new sign-ups, custom events, credential stuffing. */
import { activeUsers, organizationsOf } from '../population'
import type { SimUser } from '../population'
import { ATTACKERS } from '../personas'
import { after, inSession, signIn, who } from './scene'
import type { Scene, Scenario } from './scene'

const BAN_REASONS = ['Spam', 'Abusive messages', 'Chargeback fraud', 'Terms of service violation'] as const

/** An admin bans someone for a few hours or days; the unban is already scheduled. */
export const banScenario: Scenario = (scene, admin) => {
  const { random } = scene
  if (!admin.admin) return
  const active = activeUsers(scene.population, scene.at)
  // A fast simulator (hundreds of events a second) would otherwise ban everyone within a minute
  // and go quiet: at most a tenth of the cast is banned at a time.
  if (active.length <= scene.population.users.length * 0.9) return
  const targets = active.filter((user) => !user.admin)
  if (!targets.length) return
  const target = random.pick(targets)
  const session = admin.session ?? signIn(scene, admin, scene.at - after(scene, 10_000, 600_000))
  const duration = random.int(2, 72) * 3_600_000
  const common = { ...inSession(admin, session) }
  scene.emit({
    ...common,
    type: 'user.banned',
    at: scene.at,
    metadata: {
      ...who(target),
      reason: random.pick(BAN_REASONS),
      bannedBy: admin.name,
      banExpiresIn: duration / 1000,
    },
  })
  target.bannedUntil = scene.at + duration
  target.session = null
  if (random.chance(0.5)) {
    // The banned user tries to come back.
    scene.emit({
      type: 'user.logged_in',
      at: scene.at + after(scene, 600_000, 3_600_000),
      status: 'failed',
      ipAddress: target.ips[0],
      userAgent: target.agents[0],
      metadata: { email: target.email, reason: 'BANNED_USER' },
      message: `Failed login attempt for ${target.email}`,
    })
  }
  scene.emit({
    ...common,
    type: 'user.unbanned',
    at: target.bannedUntil,
    metadata: { ...who(target), unbannedBy: admin.name },
  })
}

/** A sign-up: `user.joined`, the automatic session, and the email verified a little later. */
export function joinUser(scene: Scene, user: SimUser): void {
  const at = Math.max(user.joinedAt, scene.at - 1)
  scene.emit({
    type: 'user.joined',
    at,
    userId: user.id,
    ipAddress: user.ips[0],
    userAgent: user.agents[0],
    metadata: who(user),
  })
  user.joinsLater = false
  const session = signInAfterJoin(scene, user, at)
  scene.emit({
    ...inSession(user, session),
    type: 'user.email_verified',
    at: at + after(scene, 60_000, 900_000),
    metadata: who(user),
  })
}

function signInAfterJoin(scene: Scene, user: SimUser, at: number) {
  const session = {
    id: `ses_${scene.random.token(12)}`,
    ip: user.ips[0] as string,
    agent: user.agents[0] as string,
  }
  scene.emit({
    ...inSession(user, session),
    type: 'session.created',
    at: at + after(scene, 20, 300),
    metadata: {
      ...who(user),
      token: scene.random.token(32),
      expiresAt: new Date(at + 7 * 86_400_000).toISOString(),
    },
  })
  user.session = session
  return session
}

/** An event type the catalogue does not know, emitted by the host's own code (category `other`). */
export const customEventScenario: Scenario = (scene, user) => {
  const org = organizationsOf(scene.population, user.id)[0]
  scene.emit({
    type: 'billing.subscription_renewed',
    at: scene.at,
    userId: user.id,
    organizationId: org?.id ?? null,
    source: 'api',
    metadata: {
      plan: scene.random.pick(['starter', 'pro', 'enterprise']),
      amount: scene.random.pick([19, 49, 199]),
      currency: 'USD',
      invoiceId: `in_${scene.random.token(14)}`,
    },
  })
}

/**
 * A credential-stuffing spike: dozens of failed `user.logged_in` from one address within
 * minutes, mostly for addresses that are not users; sometimes one guess succeeds.
 */
export function credentialStuffing(scene: Scene): void {
  const { random } = scene
  const attacker = random.pick(ATTACKERS)
  const attempts = random.int(40, 140)
  const known = activeUsers(scene.population, scene.at)
  let at = scene.at
  for (let i = 0; i < attempts; i += 1) {
    at += random.int(800, 20_000)
    const email =
      known.length && random.chance(0.3)
        ? random.pick(known).email
        : `${random.pick(['admin', 'info', 'john', 'test', 'sales', 'maria'])}${random.int(1, 9999)}@example.net`
    scene.emit({
      type: 'user.logged_in',
      at,
      status: 'failed',
      ipAddress: attacker.ip,
      userAgent: attacker.agent,
      metadata: { email, reason: 'INVALID_EMAIL_OR_PASSWORD' },
      message: `Failed login attempt for ${email}`,
    })
  }
  const victim = known.length && random.chance(0.2) ? random.pick(known) : null
  if (!victim) return
  // The stolen password worked: a sign-in from the attacker's address.
  const session = { id: `ses_${random.token(12)}`, ip: attacker.ip, agent: attacker.agent }
  scene.emit({
    ...inSession(victim, session),
    sessionId: null,
    type: 'user.logged_in',
    at: at + 2_000,
    metadata: { ...who(victim), method: 'email' },
  })
  scene.emit({
    ...inSession(victim, session),
    type: 'session.created',
    at: at + 2_150,
    metadata: { ...who(victim), token: random.token(32) },
  })
}
