import { isSecretKey } from '../../api/mask'

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() ? value : undefined
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/** What a failed event's metadata says about the failure. */
export type ErrorDetails = { reason?: string; message?: string; code?: string; status?: string }

/**
 * The failure described in metadata: top-level `reason`/`failureReason`, `errorMessage`,
 * `errorCode`, and the same inside a nested `error` object (or `error` as a plain string).
 * A top-level `code` is never read: it is a secret (a one-time code), only `error.code` is not.
 */
export function extractErrorDetails(metadata: Record<string, unknown>): ErrorDetails {
  const nested = record(metadata.error)
  const details: ErrorDetails = {
    reason: scalar(metadata.reason) ?? scalar(metadata.failureReason) ?? scalar(nested?.reason),
    message:
      scalar(metadata.errorMessage) ??
      scalar(nested?.message) ??
      (typeof metadata.error === 'string' ? scalar(metadata.error) : undefined) ??
      scalar(nested?.error),
    code: scalar(metadata.errorCode) ?? scalar(nested?.code),
    status: scalar(nested?.status) ?? scalar(nested?.statusCode),
  }
  for (const key of Object.keys(details) as (keyof ErrorDetails)[])
    if (details[key] === undefined) delete details[key]
  return details
}

/** One changed field of an update. */
export type FieldChange = {
  field: string
  before: unknown
  after: unknown
  /** Both sides are shown masked: the field holds a secret. */
  secret: boolean
}

const PREFIX = /^(old|new|previous|prev)(?:_|(?=[A-Z]))(.+)$/

function fieldName(rest: string): string {
  return rest.charAt(0).toLowerCase() + rest.slice(1)
}

/**
 * The before → after pairs of an update: `oldX`/`newX` and `old_x`/`new_x` keys,
 * `previousX` with `newX` or `X`, and `oldValues`/`newValues` (or `previousValues`) objects.
 * @example extractChanges({ oldRole: 'member', newRole: 'admin' }) // [{ field: 'role', before: 'member', after: 'admin', … }]
 */
export function extractChanges(metadata: Record<string, unknown>): FieldChange[] {
  const before = new Map<string, unknown>()
  const after = new Map<string, unknown>()
  for (const [key, value] of Object.entries(metadata)) {
    if (key === 'oldValues' || key === 'newValues' || key === 'previousValues') continue
    const match = PREFIX.exec(key)
    if (!match) continue
    const field = fieldName(match[2]!)
    if (match[1] === 'new') after.set(field, value)
    else before.set(field, value)
  }
  // `previousX` pairs with a plain `X` when there is no `newX`.
  for (const field of before.keys()) {
    if (!after.has(field) && field in metadata) after.set(field, metadata[field])
  }
  const oldValues = record(metadata.oldValues) ?? record(metadata.previousValues) ?? {}
  const newValues = record(metadata.newValues) ?? {}
  // A lone `newX` or `oldX` (a flag such as `newUser: true`) is not a change; a field of the
  // value objects is, even when only one side has it (added or removed).
  const fields = [...before.keys()].filter((field) => after.has(field))
  for (const field of [...Object.keys(oldValues), ...Object.keys(newValues)]) {
    if (!fields.includes(field)) fields.push(field)
  }
  return fields.map((field) => ({
    field,
    before: before.has(field) && after.has(field) ? before.get(field) : oldValues[field],
    after: before.has(field) && after.has(field) ? after.get(field) : newValues[field],
    secret: isSecretKey(field),
  }))
}
