// #region audit-log
import { auditLogAdapter, createEventsClient } from '../../../src/api/index'

const client = createEventsClient({ adapter: auditLogAdapter() }) // GET /api/auth/audit-log/list
// #endregion audit-log

export { client }
