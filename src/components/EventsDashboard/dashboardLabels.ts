import type { ErrorLabels } from '../shared/describeError'

/** Texts of {@link EventsDashboard}. Functions receive what the text is about. */
export type EventsDashboardLabels = {
  /** Heading of the dashboard. */
  title: string
  /** While the backend's status is being asked. */
  checking: string

  /** Event tracking is switched off on the backend. */
  disabledTitle: string
  /** What to do about it; followed by {@link EventsDashboardLabels.disabledSnippet}. */
  disabledBody: string
  /** The configuration that switches events on (shown as code). */
  disabledSnippet: string

  /** Event tracking is configured but not working yet. */
  notReadyTitle: string
  /** What to check; `error` is the server's own message when it gave one. */
  notReadyBody: (error: string | undefined) => string

  /** The list answers "not ready" (Studio after a restart, or before its table exists). */
  storeNotReadyTitle: string
  /** What is happening and what to check; followed by {@link EventsDashboardLabels.migrationCommands}. */
  storeNotReadyBody: string

  /** The events table does not exist yet. */
  tableMissingTitle: string
  /** What to run; followed by {@link EventsDashboardLabels.migrationCommands}. */
  tableMissingBody: string
  /** The migration commands (shown as code), one per line. */
  migrationCommands: string[]

  /** Title above an error from the backend (401, 403, 404, 429, network…). */
  errorTitle: string
  /** Texts of errors, merged over the shared defaults (`forbidden`, `rateLimited`…). */
  errors: Partial<ErrorLabels>

  /** The backend only lists the signed-in user's events (audit-log plugin). */
  selfOnly: string

  /** Live indicator: polling for new events. */
  live: string
  /** Live indicator: polling stopped by the user or the `live` prop. */
  paused: string
  /** Live indicator: polling failed and waits before the next try. */
  backingOff: (seconds: number | undefined) => string
  /** Live indicator: the backend answers "not ready" (Studio after a restart); it is asked again by itself. */
  liveNotReady: string
  /** Live indicator: the date range ends in the past, so nothing new can arrive (no polling). */
  liveRangeEnded: string
  /** Live indicator: stopped by a 401 (signed out mid-session). */
  liveSignedOut: string
  /** Live indicator: stopped by a 403. */
  liveForbidden: string
  /** Live indicator: stopped by another error that asking again will not fix. */
  liveStopped: string
  /** Time of the last successful update. */
  lastUpdate: (time: string) => string
  /** Button that pauses live updates. */
  pause: string
  /** Button that resumes live updates. */
  resume: string
}

/** Default English texts of {@link EventsDashboard}. */
export const DEFAULT_EVENTS_DASHBOARD_LABELS: EventsDashboardLabels = {
  title: 'Authentication events',
  checking: 'Checking event tracking…',
  disabledTitle: 'Event tracking is not enabled',
  disabledBody:
    'Event tracking is off on this backend. Enable it in studio.config.ts (self-hosted Studio only), restart Studio, then reload this page:',
  disabledSnippet:
    "events: { enabled: true, client: prisma, clientType: 'prisma', tableName: 'auth_events' }",
  notReadyTitle: 'Event tracking is set up but not working yet',
  notReadyBody: (error) =>
    `${error ? `The server reported: ${error}. ` : ''}Check that the database is reachable and that the events client and table name in studio.config.ts are correct. After a restart, Better Auth Studio starts recording again with the next sign-in. This page checks every few seconds and shows the events as soon as the backend is ready.`,
  storeNotReadyTitle: 'Event tracking is not ready yet',
  storeNotReadyBody:
    'The server says its event store is not ready. After a restart, Better Auth Studio starts recording again with the next sign-in; this page checks every few seconds and shows the events as soon as it is ready. If this lasts, the events table may not exist yet: create it with your migration, then reload this page:',
  tableMissingTitle: 'The events table does not exist yet',
  tableMissingBody: 'Create it with your database migration, then reload this page:',
  migrationCommands: ['npx prisma migrate dev --name add_auth_events', 'npx drizzle-kit push'],
  errorTitle: 'Could not load events',
  errors: {},
  selfOnly: 'Showing your own events only: this backend lists the events of the signed-in user.',
  live: 'Live',
  paused: 'Paused',
  backingOff: (seconds) =>
    seconds === undefined ? 'Connection problem, retrying' : `Connection problem, retrying in ${seconds} s`,
  liveRangeEnded: 'Not live: the date range has ended',
  liveNotReady: 'Not live: the backend is not ready yet, checking again',
  liveSignedOut:
    'Live updates stopped: you are signed out (or your session expired). Sign in again: they resume by themselves, or press Resume.',
  liveForbidden:
    'Live updates stopped: access denied for this account or address. Resume once access is granted.',
  liveStopped: 'Live updates stopped: the server refused the request. Resume to try again.',
  lastUpdate: (time) => `Last update ${time}`,
  pause: 'Pause live updates',
  resume: 'Resume live updates',
}
