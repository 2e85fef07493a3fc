/**
 * The two Better Auth plugin backends for the demo (`?adapter=audit-log`, `?adapter=infra`),
 * served from the library's behaving doubles below `/api/auth`, where the adapters look by
 * default: the audit-log plugin's `/audit-log/*` (its 60-a-minute rate limit included) and the
 * infra dash plugin's `/events/*`. The demo has no sign-in, so every request is the session
 * user `usr_demo`, owner of Acme (so `&scope=all` works too). Rows are generated in memory from
 * fixed seeds; `addLive` feeds both doubles new rows, as the traffic simulator does for Studio.
 */

export const PLUGIN_BASE_PATH = '/api/auth'
const SESSION_USER_ID = 'usr_demo'

/**
 * @param {Record<string, any>} server The library's `./server` entry.
 * @param {{ now: () => number, count?: number }} options `now`: the demo's clock (fixed with `--now`).
 */
export function createPluginBackends(server, { now, count = 3000 }) {
  const start = now()
  const auditLog = server.createAuditLogDouble({
    entries: server.generateAuditLogEntries({ seed: 2026, now: start, count, userId: SESSION_USER_ID }),
    sessionUserId: SESSION_USER_ID,
    basePath: PLUGIN_BASE_PATH,
    now,
  })
  const infra = server.createInfraDouble({
    events: server.generateInfraEvents({ seed: 2026, now: start, count, userId: SESSION_USER_ID }),
    sessionUserId: SESSION_USER_ID,
    basePath: PLUGIN_BASE_PATH,
    organizations: [{ id: 'org_acme', role: 'owner' }],
    now,
  })
  // Live rows: copies of generated ones, stamped now. Only the session user's audit-log entries
  // (the plugin lists nothing else) and infra events the user's own scope shows.
  const auditTemplates = server
    .generateAuditLogEntries({ seed: 7026, now: start, count: 200, userId: SESSION_USER_ID })
    .filter((entry) => entry.userId === SESSION_USER_ID)
  const infraTemplates = server
    .generateInfraEvents({ seed: 7026, now: start, count: 200, userId: SESSION_USER_ID })
    .filter((event) => event.eventData.userId === SESSION_USER_ID)
  let added = 0

  return {
    /** Whether `pathname` belongs to one of the plugins. */
    owns: (pathname) => pathname.startsWith(`${PLUGIN_BASE_PATH}/`),
    /** @param {Request} request */
    handle(request) {
      const { pathname } = new URL(request.url)
      return pathname.startsWith(`${PLUGIN_BASE_PATH}/audit-log`) ? auditLog(request) : infra(request)
    },
    /** Adds `rows` new rows to each plugin, stamped with the current time. */
    addLive(rows = 1) {
      const audit = []
      const events = []
      for (let i = 0; i < rows; i += 1) {
        added += 1
        const at = new Date(Math.max(now(), start + added)).toISOString()
        const entry = auditTemplates[added % auditTemplates.length]
        const event = infraTemplates[added % infraTemplates.length]
        audit.push({ ...entry, id: `al_live_${added}`, createdAt: at })
        events.push({ ...event, createdAt: at, updatedAt: at })
      }
      auditLog.add(audit)
      infra.add(events)
    },
  }
}
