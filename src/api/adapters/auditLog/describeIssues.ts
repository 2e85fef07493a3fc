/** Shared by the plugin adapters: how a skipped wire event explains itself. */
import type * as v from 'valibot'
import { toIssues } from '../../transport'

/** Valibot issues as `path: message` lines (`(event)` for the event itself), as `SkippedEvent.issues` wants. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return toIssues(issues).map((issue) => `${issue.path || '(event)'}: ${issue.message}`)
}

/** The `id` of a raw event when it has a usable one, so a skipped entry can still be named. */
export function readRawId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const id = (raw as { id?: unknown }).id
  return typeof id === 'string' && id !== '' ? id : typeof id === 'number' ? String(id) : undefined
}
