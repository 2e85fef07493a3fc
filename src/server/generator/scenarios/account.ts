/** Scenarios of one's own account: signing in and out, profile, passwords, phone, OAuth links. */
import { PROVIDERS } from '../personas'
import { after, ensureSession, inSession, signIn, who } from './scene'
import type { Scenario } from './scene'

export const signInScenario: Scenario = (scene, user) => {
  signIn(scene, user, scene.at)
}

export const oauthSignInScenario: Scenario = (scene, user) => {
  const provider = scene.random.pick(PROVIDERS)
  if (scene.random.chance(0.06)) {
    // The provider refused: no user is known yet.
    scene.emit({
      type: 'oauth.sign_in',
      at: scene.at,
      status: 'failed',
      ipAddress: user.ips[0],
      userAgent: user.agents[0],
      metadata: { provider, error: { code: 'access_denied', message: 'The user denied access' } },
    })
    return
  }
  signIn(scene, user, scene.at, { provider })
}

/** A mistyped password: Studio writes `user.logged_in` failed with no user id. */
export const wrongPasswordScenario: Scenario = (scene, user) => {
  scene.emit({
    type: 'user.logged_in',
    at: scene.at,
    status: 'failed',
    ipAddress: user.ips[0],
    userAgent: user.agents[0],
    metadata: { email: user.email, reason: 'INVALID_EMAIL_OR_PASSWORD' },
    message: `Failed login attempt for ${user.email}`,
  })
  if (scene.random.chance(0.7)) signIn(scene, user, scene.at + after(scene, 5_000, 60_000))
}

export const signOutScenario: Scenario = (scene, user) => {
  const session = ensureSession(scene, user, scene.at - after(scene, 600_000, 7_200_000))
  scene.emit({ ...inSession(user, session), type: 'user.logged_out', at: scene.at, metadata: who(user) })
  user.session = null
}

export const profileScenario: Scenario = (scene, user) => {
  const session = ensureSession(scene, user, scene.at - after(scene, 10_000, 600_000))
  const field = scene.random.pick(['name', 'image', 'locale'])
  scene.emit({
    ...inSession(user, session),
    type: 'user.updated',
    at: scene.at,
    metadata: { ...who(user), updatedFields: [field] },
  })
}

export const passwordChangeScenario: Scenario = (scene, user) => {
  const session = ensureSession(scene, user, scene.at - after(scene, 10_000, 600_000))
  scene.emit({
    ...inSession(user, session),
    type: 'user.password_changed',
    at: scene.at,
    metadata: who(user),
  })
}

export const passwordResetScenario: Scenario = (scene, user) => {
  const { random } = scene
  const withCode = random.chance(0.25)
  const device = { userId: user.id, ipAddress: user.ips[0], userAgent: random.pick(user.agents) }
  scene.emit({
    ...device,
    type: withCode ? 'password.reset_requested_otp' : 'password.reset_requested',
    at: scene.at,
    metadata: withCode
      ? { ...who(user), otp: random.token(6, '0123456789') }
      : { ...who(user), token: random.token(24), requestedAt: new Date(scene.at).toISOString() },
  })
  if (random.chance(0.15)) return
  const expired = random.chance(0.12)
  scene.emit({
    ...device,
    type: withCode ? 'password.reset_completed_otp' : 'password.reset_completed',
    at: scene.at + after(scene, 60_000, 1_800_000),
    status: expired ? 'failed' : 'success',
    metadata: expired
      ? { ...who(user), error: { code: 'INVALID_TOKEN', message: 'Reset link expired' } }
      : who(user),
  })
}

export const phoneScenario: Scenario = (scene, user) => {
  const device = {
    userId: user.id,
    ipAddress: user.ips[0],
    userAgent: user.agents[user.agents.length - 1],
    source: 'api' as const,
  }
  scene.emit({
    ...device,
    type: 'phone_number.otp_requested',
    at: scene.at,
    metadata: { phoneNumber: user.phone, name: user.name, code: scene.random.token(6, '0123456789') },
  })
  const wrongCode = scene.random.chance(0.15)
  scene.emit({
    ...device,
    type: 'phone_number.verification',
    at: scene.at + after(scene, 15_000, 180_000),
    status: wrongCode ? 'failed' : 'success',
    metadata: { phoneNumber: user.phone, name: user.name, verified: !wrongCode },
  })
}

export const oauthLinkScenario: Scenario = (scene, user) => {
  const session = ensureSession(scene, user, scene.at - after(scene, 10_000, 600_000))
  const provider = scene.random.pick(PROVIDERS)
  const unlink = scene.random.chance(0.3)
  scene.emit({
    ...inSession(user, session),
    type: unlink ? 'oauth.unlinked' : 'oauth.linked',
    at: scene.at,
    metadata: unlink
      ? { ...who(user), provider }
      : {
          ...who(user),
          provider,
          accountId: scene.random.token(10, '0123456789'),
          accessToken: scene.random.token(40),
        },
  })
}

export const deleteAccountScenario: Scenario = (scene, user) => {
  const session = ensureSession(scene, user, scene.at - after(scene, 10_000, 600_000))
  scene.emit({
    ...inSession(user, session),
    type: 'user.delete_verification_requested',
    at: scene.at,
    metadata: { ...who(user), token: scene.random.token(32) },
  })
  // Most people change their mind. Those who do not sign up again (with a new id) a few weeks later.
  if (scene.random.chance(0.75)) return
  scene.emit({
    ...inSession(user, session),
    type: 'user.deleted',
    at: scene.at + after(scene, 60_000, 900_000),
    metadata: who(user),
  })
  for (const org of scene.population.organizations) {
    org.members.delete(user.id)
    for (const team of org.teams) team.members.delete(user.id)
  }
  user.session = null
  user.id = `usr_${scene.random.token(10)}`
  user.joinsLater = true
  user.joinedAt = scene.at + scene.random.int(3, 30) * 86_400_000
}
