// #region infra
import { createEventsClient, infraAdapter } from '../../../src/api/index'

// The signed-in user's own events (or one organization's, with an organizationId filter):
const own = createEventsClient({ adapter: infraAdapter() }) // GET /api/auth/events/audit-logs
// Every organization the user owns or administers (others get 403):
const all = createEventsClient({ adapter: infraAdapter({ scope: 'all' }) }) // GET /api/auth/events/all-audit-logs
// #endregion infra

export { all, own }
