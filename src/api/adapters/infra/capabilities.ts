/** What the infra dash plugin can do (CONTRACT section 5, "What an adapter declares"). */
import type { AdapterCapabilities } from '../../types'

/**
 * The infra dash plugin: one exact `eventType`, `userId` and `organizationId`; pages of 1–100;
 * locations already resolved in each event; no counts, activity, dates or search. Newest first only.
 */
export const INFRA_CAPABILITIES: AdapterCapabilities = {
  filters: {
    types: 'one',
    severity: false,
    status: false,
    from: false,
    until: false,
    q: false,
    userId: true,
    organizationId: true,
    sessionId: false,
  },
  cursor: false,
  counts: false,
  activity: false,
  geo: 'embedded',
  maxPageSize: 100,
  defaultPollIntervalMs: 10_000,
  sortAsc: false,
}
