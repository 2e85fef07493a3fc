/**
 * The engine behind `generateEvents` and `createEventStream`: a world, a seeded PRNG and a queue
 * of drafts. Acting at a time picks a user and a scenario and queues what follows (some of it
 * minutes or hours later); taking up to a time turns due drafts into wire events.
 */
import type { StudioWireEvent } from '../wire'
import { buildWireEvent } from './draft'
import type { Draft } from './draft'
import { activeUsers, createPopulation } from './population'
import type { Population, SimUser } from './population'
import { createRandom } from './random'
import type { Random } from './random'
import {
  deleteAccountScenario,
  oauthLinkScenario,
  oauthSignInScenario,
  passwordChangeScenario,
  passwordResetScenario,
  phoneScenario,
  profileScenario,
  signInScenario,
  signOutScenario,
  wrongPasswordScenario,
} from './scenarios/account'
import { banScenario, credentialStuffing, customEventScenario, joinUser } from './scenarios/admin'
import {
  invitationScenario,
  memberScenario,
  organizationSettingsScenario,
  teamScenario,
} from './scenarios/organization'
import type { Scenario, Scene } from './scenarios/scene'

/** How often each scenario happens, relative to the others. */
const SCENARIOS: readonly (readonly [Scenario, number])[] = [
  [signInScenario, 34],
  [signOutScenario, 10],
  [wrongPasswordScenario, 6],
  [oauthSignInScenario, 6],
  [profileScenario, 3],
  [phoneScenario, 2.5],
  [passwordResetScenario, 2],
  [invitationScenario, 1.6],
  [teamScenario, 1.8],
  [memberScenario, 1.2],
  [passwordChangeScenario, 1],
  [oauthLinkScenario, 1],
  [organizationSettingsScenario, 0.6],
  [customEventScenario, 0.5],
  [banScenario, 0.4],
  [deleteAccountScenario, 0.06],
]

/** Roughly how many events one action produces, to turn an events-per-day target into actions. */
export const EVENTS_PER_ACTION = 1.9

/** The engine. */
export type Simulation = {
  readonly population: Population
  /** One user does one thing at `at` (users due to sign up by then sign up first). */
  act(at: number): void
  /** A credential-stuffing spike starting at `at`. */
  burst(at: number): void
  /** Removes and returns the queued events due at or before `upTo`, oldest first. */
  take(upTo: number): StudioWireEvent[]
  /** Queued events not yet due. */
  pending(): number
  /** No event is emitted before this instant from now on (earlier drafts are moved to it). */
  setFloor(at: number): void
}

/** Options of {@link createSimulation}. */
export type SimulationOptions = {
  /** Seeds the cast (ids); the same seed gives the same users and organizations. */
  seed: number | string
  /** Seeds what happens; defaults to `${seed}:events`. */
  eventSeed?: number | string
  /** The window the cast's join times are spread over; when absent everyone has already joined. */
  window?: { start: number; end: number }
  /** Same-millisecond sign-in pairs, as Studio stamps them. @default false */
  studioTiming?: boolean
}

/** Creates a simulation. */
export function createSimulation(options: SimulationOptions): Simulation {
  const castRandom = createRandom(options.seed)
  const window = options.window ?? { start: Number.NEGATIVE_INFINITY, end: Number.NEGATIVE_INFINITY }
  const population = createPopulation(castRandom, window.start, window.end)
  if (!options.window) {
    for (const user of population.users) {
      user.joinsLater = false
      user.joinedAt = Number.NEGATIVE_INFINITY
    }
  }
  const random: Random = createRandom(options.eventSeed ?? `${String(options.seed)}:events`)
  const queue: StudioWireEvent[] = []
  let floor = Number.NEGATIVE_INFINITY
  const scene = (at: number): Scene => ({
    random,
    population,
    at,
    studioTiming: options.studioTiming ?? false,
    emit: (draft: Draft) => queue.push(buildWireEvent({ ...draft, at: Math.max(draft.at, floor) }, random)),
  })

  const joinDue = (at: number) => {
    for (const user of population.users) {
      if (user.joinsLater && user.joinedAt <= at) joinUser(scene(user.joinedAt), user)
    }
  }

  return {
    population,
    act(at) {
      joinDue(at)
      const users = activeUsers(population, at)
      if (!users.length) return
      const user: SimUser = random.weighted(users.map((candidate) => [candidate, candidate.weight] as const))
      const scenario = random.weighted(SCENARIOS)
      scenario(scene(at), user)
    },
    burst(at) {
      credentialStuffing(scene(at))
    },
    take(upTo) {
      const limit = new Date(upTo).toISOString()
      const due = queue.filter((event) => event.timestamp <= limit)
      const rest = queue.filter((event) => event.timestamp > limit)
      queue.length = 0
      queue.push(...rest)
      return due.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0))
    },
    pending: () => queue.length,
    setFloor(at) {
      floor = at
    },
  }
}
