// #region studio
import { createEventsClient, studioAdapter } from '../../../src/api/index'

const client = createEventsClient() // GET /api/studio/api/events… on the same origin
const elsewhere = createEventsClient({ adapter: studioAdapter({ basePath: '/admin/studio' }) })
// #endregion studio

export { client, elsewhere }
