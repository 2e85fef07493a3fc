import type { AuthEvent } from '../../api/types'

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/** Who an event is about, and what that is: its user id, or an email found in its metadata. */
export type EventUserInfo = { kind: 'id' | 'email'; value: string }

/**
 * Who an event is about: the user id, else an email from the metadata (`email`, `userEmail`,
 * `user.email`; failed sign-ins and invitations have no user id), else `undefined`.
 */
export function eventUserInfo(event: AuthEvent): EventUserInfo | undefined {
  const id = text(event.userId)
  if (id) return { kind: 'id', value: id }
  const meta = event.metadata
  const email = text(meta.email) ?? text(meta.userEmail) ?? text(record(meta.user)?.email)
  return email ? { kind: 'email', value: email } : undefined
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
