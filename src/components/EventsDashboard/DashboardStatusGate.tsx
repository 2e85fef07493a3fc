'use client'
import { useEffect } from 'react'
import { isHttpError, isRateLimitError } from '../../api/errors'
import type { EventFilters } from '../../api/types'
import { useEvents } from '../../hooks/useEvents'
import { useEventsStatus } from '../../hooks/useEventsStatus'
import { ErrorMessage } from '../shared/ErrorMessage'
import { partClass } from '../shared/classNames'
import type { EventsDashboardLabels } from './dashboardLabels'
import { dashboardSetup } from './dashboardMessages'
import type { DashboardSetup } from './dashboardMessages'
import { SetupMessage } from './SetupMessage'

/** Without a `Retry-After`, a rate-limited status is asked again after this long. */
export const RATE_LIMIT_RETRY_MS = 5_000

/**
 * Status retries: a few for failures that may pass (network, timeout, 5xx), none for answers
 * that will not change by asking again at once (401, 403, 404; a 429 waits for its own timer).
 */
export function retryTransient(failureCount: number, error: unknown): boolean {
  if (isRateLimitError(error)) return false
  if (isHttpError(error) && error.status < 500) return false
  return failureCount < 2
}

/** The setup state plus a way to ask the backend again. */
export type DashboardSetupResult = { setup: DashboardSetup; retry: () => void }

/**
 * Asks the backend's status (and reads the list the dashboard shows, which the `<EventList>`
 * below shares through the query cache) and decides what the dashboard can show. A rate-limited
 * status is asked again when the server says it may be.
 */
export function useDashboardSetup(filters: EventFilters): DashboardSetupResult {
  const status = useEventsStatus({ retry: retryTransient })
  const enabled = status.data?.state === 'enabled'
  // Same options as <EventList>'s defaults, so both read one cache entry: no extra request.
  const list = useEvents({ filters, enabled })
  const { refetch } = status
  const statusError = status.error

  useEffect(() => {
    if (!isRateLimitError(statusError)) return
    const timer = setTimeout(() => void refetch(), statusError.retryAfterMs ?? RATE_LIMIT_RETRY_MS)
    return () => clearTimeout(timer)
  }, [statusError, refetch])

  const setup = dashboardSetup({
    status: status.data,
    statusError: status.isError && !status.data ? status.error : null,
    listNotReady: enabled && list.notReady,
    listError: list.error,
  })
  return { setup, retry: () => void refetch() }
}

/** Props of {@link DashboardStatusGate}. */
export interface DashboardStatusGateProps {
  setup: Exclude<DashboardSetup, { kind: 'ready' }>
  onRetry: () => void
  labels: EventsDashboardLabels
  unstyled?: boolean
}

/** What the dashboard shows while it cannot show events: each state says what to check. */
export function DashboardStatusGate({ setup, onRetry, labels, unstyled }: DashboardStatusGateProps) {
  switch (setup.kind) {
    case 'checking':
      return (
        <p role="status" className={partClass(unstyled, 'events-dashboard', 'checking')}>
          {labels.checking}
        </p>
      )
    case 'disabled':
      return (
        <SetupMessage
          kind="disabled"
          title={labels.disabledTitle}
          body={labels.disabledBody}
          code={[labels.disabledSnippet]}
          unstyled={unstyled}
        />
      )
    case 'not-ready':
      return (
        <SetupMessage
          kind="not-ready"
          title={labels.notReadyTitle}
          body={labels.notReadyBody(setup.serverError)}
          unstyled={unstyled}
        />
      )
    case 'store-not-ready':
      return (
        <SetupMessage
          kind="store-not-ready"
          title={labels.storeNotReadyTitle}
          body={labels.storeNotReadyBody}
          code={labels.migrationCommands}
          unstyled={unstyled}
        />
      )
    case 'table-missing':
      return (
        <SetupMessage
          kind="table-missing"
          title={labels.tableMissingTitle}
          body={labels.tableMissingBody}
          code={labels.migrationCommands}
          unstyled={unstyled}
        />
      )
    case 'error':
      return (
        <ErrorMessage
          error={setup.error}
          onRetry={onRetry}
          labels={{ title: labels.errorTitle, ...labels.errors }}
          unstyled={unstyled}
        />
      )
  }
}
