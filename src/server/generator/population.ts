/**
 * The generator's mutable world: users with ids, phone numbers, join times and current sessions,
 * and organizations with teams and members. Built from the personas with a seeded PRNG, so the
 * same seed gives the same ids.
 */
import { ORGANIZATIONS, PERSONAS } from './personas'
import type { Persona } from './personas'
import type { Random } from './random'

/** A signed-in session. */
export type SimSession = { id: string; ip: string; agent: string }

/** A user of the simulation. */
export type SimUser = Persona & {
  id: string
  phone: string
  /** Epoch ms; before it the user does not exist. */
  joinedAt: number
  /** Whether `user.joined` is still to be emitted (joins inside the window). */
  joinsLater: boolean
  session: SimSession | null
  /** Epoch ms until which the user is banned (0: not banned). */
  bannedUntil: number
}

/** A team of an organization. */
export type SimTeam = { id: string; name: string; members: Set<string> }

/** An organization of the simulation. */
export type SimOrganization = {
  id: string
  name: string
  slug: string
  teams: SimTeam[]
  /** userId → role. */
  members: Map<string, string>
}

/** Everyone and everything. */
export type Population = { users: SimUser[]; organizations: SimOrganization[] }

/**
 * Builds the world for a window `[start, end]` (epoch ms). Users without `joinsAt` joined
 * before the window; the others join at that fraction of it.
 */
export function createPopulation(random: Random, start: number, end: number): Population {
  const users: SimUser[] = PERSONAS.map((persona, index) => ({
    ...persona,
    id: `usr_${random.token(10)}`,
    phone: `+1555555${String(100 + index).padStart(4, '0')}`,
    joinedAt:
      persona.joinsAt === undefined ? start - 90 * 86_400_000 : start + persona.joinsAt * (end - start),
    joinsLater: persona.joinsAt !== undefined,
    session: null,
    bannedUntil: 0,
  }))
  const founders = users.filter((user) => !user.joinsLater)
  const organizations = ORGANIZATIONS.map((org, index) => {
    const members = new Map<string, string>()
    const owner = founders[index % founders.length] as SimUser
    members.set(owner.id, 'owner')
    for (const user of founders) {
      if (!members.has(user.id) && random.chance(0.45))
        members.set(user.id, random.chance(0.2) ? 'admin' : 'member')
    }
    const memberIds = [...members.keys()]
    return {
      id: `org_${random.token(8)}`,
      name: org.name,
      slug: org.slug,
      members,
      teams: org.teams.map((name) => ({
        id: `team_${random.token(8)}`,
        name,
        members: new Set(memberIds.filter(() => random.chance(0.5))),
      })),
    }
  })
  return { users, organizations }
}

/** Users that exist (and are not banned) at `time`. */
export function activeUsers(population: Population, time: number): SimUser[] {
  return population.users.filter(
    (user) => !user.joinsLater && user.joinedAt <= time && user.bannedUntil <= time,
  )
}

/** The organizations a user belongs to. */
export function organizationsOf(population: Population, userId: string): SimOrganization[] {
  return population.organizations.filter((org) => org.members.has(userId))
}
