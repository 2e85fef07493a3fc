import type { AuthEvent } from '../../api/types'

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/**
 * Who an event is about, for display: the user id, else an email found in the metadata
 * (`email`, `userEmail`, `user.email`), else `undefined`.
 */
export function eventUser(event: AuthEvent): string | undefined {
  const meta = event.metadata
  return (
    text(event.userId) ??
    text(meta.email) ??
    text(meta.userEmail) ??
    text(record(meta.user)?.email) ??
    undefined
  )
}
