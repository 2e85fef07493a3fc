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
    `${error ? `The server reported: ${error}. ` : ''}Check that the database is reachable and that the events client and table name in studio.config.ts are correct.`,
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
  lastUpdate: (time) => `Last update ${time}`,
  pause: 'Pause live updates',
  resume: 'Resume live updates',
}
