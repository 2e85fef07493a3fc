/** The invariants of a normalised `EventsStatus` (what `getStatus` must return). */
import type { EventsAdapter } from '../adapter'
import { checkCapabilities, checkPromisedMethods } from './checkCapabilities'

const STATES = ['enabled', 'not-ready', 'disabled']

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What is wrong with `status`, one `field: problem` line each; empty when valid. The state must
 * agree with the flags: `enabled` ⇔ `enabled: true`; `not-ready` is configured but not enabled;
 * `disabled` is neither. `error` is a non-empty string or absent; `advertised` a string list;
 * capabilities have the CONTRACT section 5 shape and promise only methods `adapter` has.
 */
export function checkEventsStatus(status: unknown, adapter: EventsAdapter): string[] {
  if (!isRecord(status)) return [`status: must be an object, got ${JSON.stringify(status)}`]
  const problems: string[] = []
  const add = (field: string, problem: string) => problems.push(`status.${field}: ${problem}`)
  const { state, enabled, configured } = status
  if (!STATES.includes(state as string))
    add('state', `must be one of ${STATES.join(', ')}, got ${JSON.stringify(state)}`)
  for (const flag of ['enabled', 'configured', 'initialized', 'hasProvider'] as const) {
    if (typeof status[flag] !== 'boolean') add(flag, `must be a boolean, got ${JSON.stringify(status[flag])}`)
  }
  if ((state === 'enabled') !== (enabled === true))
    add('state', `is "${String(state)}" while enabled is ${String(enabled)}`)
  if (state === 'not-ready' && configured !== true) add('state', 'is "not-ready" but configured is not true')
  if (state === 'disabled' && configured === true)
    add('state', 'is "disabled" but configured is true (use "not-ready")')
  if (status.error !== undefined && (typeof status.error !== 'string' || status.error.trim() === '')) {
    add('error', `must be a non-empty string or undefined, got ${JSON.stringify(status.error)}`)
  }
  const { advertised } = status
  if (!Array.isArray(advertised) || advertised.some((name) => typeof name !== 'string')) {
    add('advertised', 'must be an array of strings (empty on a baseline backend)')
  }
  if (status.selfOnly !== undefined && typeof status.selfOnly !== 'boolean')
    add('selfOnly', 'must be a boolean or undefined')
  if (status.reason !== undefined && status.reason !== 'not-installed')
    add('reason', 'must be "not-installed" or undefined')
  const capabilities = checkCapabilities(status.capabilities).map((problem) => `status.${problem}`)
  return [
    ...problems,
    ...capabilities,
    ...checkPromisedMethods(adapter, status.capabilities, 'status.capabilities'),
  ]
}
