/** Scenarios of organizations: settings, members and roles, teams, invitations. */
import { activeUsers, organizationsOf } from '../population'
import type { SimOrganization, SimUser } from '../population'
import { ROLES } from '../personas'
import { after, ensureSession, inSession, who } from './scene'
import type { Scene, Scenario } from './scene'

const TEAM_NAMES = ['Growth', 'Security', 'Mobile', 'Billing', 'Infra', 'QA'] as const

/** An organization the user belongs to; when none, someone invites them into one first. */
function homeOrganization(scene: Scene, user: SimUser): SimOrganization {
  const own = organizationsOf(scene.population, user.id)
  if (own.length) return scene.random.pick(own)
  const org = scene.random.pick(scene.population.organizations)
  const inviter = [...org.members.keys()][0]
  const host = scene.population.users.find((candidate) => candidate.id === inviter) ?? user
  invite(scene, host, org, user, scene.at - after(scene, 3_600_000, 86_400_000), 'accepted')
  return org
}

function memberFields(user: SimUser) {
  return { memberName: user.name, memberEmail: user.email }
}

/** `invitation.created` and its outcome; an accepted invitation of a known user adds a member. */
function invite(
  scene: Scene,
  inviter: SimUser,
  org: SimOrganization,
  invitee: SimUser | null,
  at: number,
  outcome: 'accepted' | 'rejected' | 'cancelled' | 'pending',
) {
  const { random } = scene
  const session = ensureSession(scene, inviter, at - after(scene, 10_000, 600_000))
  const inviteeEmail = invitee?.email ?? `guest${random.int(100, 999)}@example.net`
  const invitation = { invitationId: `inv_${random.token(10)}`, inviteeEmail, organizationName: org.name }
  const role = random.pick(ROLES.slice(0, 2))
  scene.emit({
    ...inSession(inviter, session),
    type: 'invitation.created',
    at,
    organizationId: org.id,
    metadata: { ...invitation, role, inviterName: inviter.name },
  })
  if (outcome === 'pending') return
  const later = at + after(scene, 300_000, 2 * 86_400_000)
  const answerer = {
    userId: invitee?.id ?? null,
    ipAddress: invitee?.ips[0] ?? null,
    userAgent: invitee?.agents[0] ?? null,
  }
  if (outcome === 'cancelled') {
    scene.emit({
      ...inSession(inviter, session),
      type: 'invitation.cancelled',
      at: later,
      organizationId: org.id,
      metadata: { ...invitation, cancelledBy: inviter.name },
    })
    return
  }
  scene.emit({
    ...answerer,
    type: `invitation.${outcome}`,
    at: later,
    organizationId: org.id,
    metadata: invitation,
  })
  if (outcome === 'accepted' && invitee) {
    org.members.set(invitee.id, role)
    scene.emit({
      ...answerer,
      type: 'member.added',
      at: later + after(scene, 50, 500),
      organizationId: org.id,
      metadata: { ...memberFields(invitee), organizationName: org.name, role },
    })
  }
}

export const invitationScenario: Scenario = (scene, user) => {
  const org = homeOrganization(scene, user)
  const outsiders = activeUsers(scene.population, scene.at).filter(
    (candidate) => !org.members.has(candidate.id),
  )
  const invitee = outsiders.length && scene.random.chance(0.6) ? scene.random.pick(outsiders) : null
  const outcome = scene.random.weighted([
    ['accepted', 6],
    ['rejected', 1.5],
    ['cancelled', 1.5],
    ['pending', 1],
  ] as const)
  invite(scene, user, org, invitee, scene.at, outcome)
}

export const organizationSettingsScenario: Scenario = (scene, user) => {
  const org = homeOrganization(scene, user)
  const session = ensureSession(scene, user, scene.at - after(scene, 10_000, 600_000))
  const common = { ...inSession(user, session), organizationId: org.id }
  if (scene.random.chance(0.75)) {
    scene.emit({
      ...common,
      type: 'organization.updated',
      at: scene.at,
      metadata: {
        organizationName: org.name,
        organizationSlug: org.slug,
        updatedFields: [scene.random.pick(['logo', 'name', 'metadata'])],
      },
    })
    return
  }
  // A short-lived sandbox organization: created, tried, deleted.
  const sandbox = {
    organizationName: `Sandbox ${scene.random.token(4)}`,
    organizationSlug: `sandbox-${scene.random.token(6).toLowerCase()}`,
  }
  const sandboxId = `org_${scene.random.token(8)}`
  scene.emit({
    ...common,
    organizationId: sandboxId,
    type: 'organization.created',
    at: scene.at,
    metadata: { ...sandbox, ...who(user) },
  })
  scene.emit({
    ...common,
    organizationId: sandboxId,
    type: 'organization.deleted',
    at: scene.at + after(scene, 600_000, 6 * 3_600_000),
    metadata: sandbox,
  })
}

export const memberScenario: Scenario = (scene, user) => {
  const org = homeOrganization(scene, user)
  const session = ensureSession(scene, user, scene.at - after(scene, 10_000, 600_000))
  const others = activeUsers(scene.population, scene.at).filter(
    (other) => other.id !== user.id && org.members.has(other.id) && org.members.get(other.id) !== 'owner',
  )
  if (!others.length) return invitationScenario(scene, user)
  const target = scene.random.pick(others)
  const common = { ...inSession(user, session), organizationId: org.id }
  if (scene.random.chance(0.3)) {
    org.members.delete(target.id)
    for (const team of org.teams) team.members.delete(target.id)
    scene.emit({
      ...common,
      type: 'member.removed',
      at: scene.at,
      metadata: { ...memberFields(target), organizationName: org.name, removedBy: user.name },
    })
    return
  }
  const oldRole = org.members.get(target.id) ?? 'member'
  const newRole = oldRole === 'member' ? 'admin' : 'member'
  org.members.set(target.id, newRole)
  scene.emit({
    ...common,
    type: 'member.role_changed',
    at: scene.at,
    metadata: {
      ...memberFields(target),
      organizationName: org.name,
      oldRole,
      newRole,
      changedByName: user.name,
    },
  })
}

export const teamScenario: Scenario = (scene, user) => {
  const { random } = scene
  const org = homeOrganization(scene, user)
  const session = ensureSession(scene, user, scene.at - after(scene, 10_000, 600_000))
  const common = { ...inSession(user, session), organizationId: org.id }
  const action = random.weighted([
    ['created', 1],
    ['updated', 1.5],
    ['deleted', 0.4],
    ['member', 4],
  ] as const)
  if (action === 'created' || org.teams.length === 0) {
    const team = {
      id: `team_${random.token(8)}`,
      name: `${random.pick(TEAM_NAMES)} ${random.int(2, 9)}`,
      members: new Set<string>(),
    }
    org.teams.push(team)
    scene.emit({
      ...common,
      type: 'team.created',
      at: scene.at,
      metadata: { teamId: team.id, teamName: team.name, organizationName: org.name },
    })
    return
  }
  const team = random.pick(org.teams)
  const teamFields = { teamId: team.id, teamName: team.name, organizationName: org.name }
  if (action === 'updated' || (action === 'deleted' && org.teams.length < 3)) {
    scene.emit({ ...common, type: 'team.updated', at: scene.at, metadata: teamFields })
  } else if (action === 'deleted') {
    org.teams.splice(org.teams.indexOf(team), 1)
    scene.emit({ ...common, type: 'team.deleted', at: scene.at, metadata: teamFields })
  } else {
    const members = activeUsers(scene.population, scene.at).filter((other) => org.members.has(other.id))
    const target = random.pick(members.length ? members : [user])
    const removing = team.members.has(target.id)
    if (removing) team.members.delete(target.id)
    else team.members.add(target.id)
    scene.emit({
      ...common,
      type: removing ? 'team.member.removed' : 'team.member.added',
      at: scene.at,
      metadata: removing
        ? { ...teamFields, removedName: target.name, removedEmail: target.email }
        : { ...teamFields, addedName: target.name, addedEmail: target.email },
    })
  }
}
