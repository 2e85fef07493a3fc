/**
 * What the dashboard can show instead of events, decided from the backend's status and the
 * first list answer. Pure: no React.
 */
import { isHttpError } from '../../api/errors'
import type { EventsStatus } from '../../api/types'

/** The dashboard's setup state, as exposed in `data-state`. */
export type DashboardSetupKind =
  'checking' | 'disabled' | 'not-ready' | 'store-not-ready' | 'table-missing' | 'error' | 'ready'

/** The setup state with what each message needs. */
export type DashboardSetup =
  | { kind: 'checking' }
  | { kind: 'disabled' }
  | { kind: 'not-ready'; serverError?: string }
  /** The list answered `ready: false`: Studio after a restart (until ingestion starts), or no table. */
  | { kind: 'store-not-ready' }
  | { kind: 'table-missing' }
  | { kind: 'error'; error: unknown }
  | { kind: 'ready'; status: EventsStatus }

/** What the decision reads. */
export type DashboardSetupInput = {
  status: EventsStatus | undefined
  statusError: unknown
  /**
   * The list answered `ready: false`: Studio after a restart until its ingestion starts, or its
   * events table does not exist. The list asks again by itself every few seconds.
   */
  listNotReady: boolean
  /** The list's error, if any (a missing table can also surface as a 500). */
  listError: unknown
}

// Postgres, MySQL and SQLite wordings of "that table is not there".
const MISSING_TABLE = /relation .* does not exist|no such table|table .* doesn't exist/i

/** A server error whose text says the events table is missing. */
export function isMissingTableError(error: unknown): boolean {
  if (!isHttpError(error) || error.status < 500) return false
  const body = error.body
  const details =
    typeof body === 'object' && body !== null && 'details' in body && typeof body.details === 'string'
      ? body.details
      : ''
  return MISSING_TABLE.test(`${error.serverMessage ?? ''} ${details}`)
}

/**
 * The dashboard's setup state. A status error wins (nothing can be shown without a status);
 * then the status's own state; then a list whose error says its table is missing; then a list
 * that answers `ready: false` (shown instead of zeros, and left by itself when ready again).
 */
export function dashboardSetup({
  status,
  statusError,
  listNotReady,
  listError,
}: DashboardSetupInput): DashboardSetup {
  if (!status) return statusError ? { kind: 'error', error: statusError } : { kind: 'checking' }
  if (status.state === 'disabled') return { kind: 'disabled' }
  // Enabled, then an answer said not ready (Studio after a restart): not a broken set-up.
  if (status.state === 'not-ready' && status.notReadyReason) return { kind: 'store-not-ready' }
  if (status.state === 'not-ready') return { kind: 'not-ready', serverError: status.error }
  if (isMissingTableError(listError)) return { kind: 'table-missing' }
  if (listNotReady) return { kind: 'store-not-ready' }
  return { kind: 'ready', status }
}
