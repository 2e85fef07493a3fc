/** What the audit-log plugin can do (CONTRACT section 5, "What an adapter declares"). */
import type { AdapterCapabilities } from '../../types'

/**
 * The audit-log plugin: one exact `action`, the wire `status`, `from` and `to`; pages of at most
 * 500; no counts, activity or geo. Newest first only (the plugin always sorts by `createdAt`
 * descending). The 15 s poll keeps live updates to 4 of the plugin's 60 requests a minute.
 * `userId` is not a server filter here: the plugin only ever shows the session user's own entries
 * and answers 403 for anyone else's, so the client filters instead.
 */
export const AUDIT_LOG_CAPABILITIES: AdapterCapabilities = {
  filters: {
    types: 'one',
    severity: false,
    status: true,
    from: true,
    until: true,
    q: false,
    userId: false,
    organizationId: false,
    sessionId: false,
  },
  cursor: false,
  counts: false,
  activity: false,
  geo: false,
  maxPageSize: 500,
  defaultPollIntervalMs: 15_000,
  sortAsc: false,
}
