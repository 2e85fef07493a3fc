/**
 * Fast seeding of Studio's table for the scale benchmark: rows are made inside the database with
 * `generate_series` (a million rows in seconds, where inserting generated events through the store
 * takes minutes), then the store's `initialize()` adds its indexes, sequence and rollups over the
 * existing rows, as it does for a Studio table that already holds a history.
 *
 * The rows look like a real application's year: the Studio types at realistic weights, failed
 * sign-ins, one user per ~20 events (so a user's email is as rare at 10M as at 1M), emails in
 * metadata, public IPv4 addresses, sessions on sign-ins, organizations on organization events,
 * and the display message and severity our writer stores.
 */

/** Studio types and their weight per 1,000 events. */
const TYPE_WEIGHTS = [
  ['user.logged_in', 330],
  ['session.created', 300],
  ['user.logged_out', 90],
  ['user.updated', 40],
  ['user.joined', 39],
  ['password.reset_requested', 25],
  ['password.reset_completed', 18],
  ['user.email_verified', 25],
  ['oauth.sign_in', 30],
  ['oauth.linked', 8],
  ['user.password_changed', 10],
  ['organization.created', 4],
  ['organization.updated', 4],
  ['member.added', 12],
  ['member.removed', 4],
  ['member.role_changed', 4],
  ['invitation.created', 10],
  ['invitation.accepted', 7],
  ['invitation.rejected', 2],
  ['team.created', 3],
  ['team.member.added', 6],
  ['user.banned', 2],
  ['user.unbanned', 1],
  ['user.deleted', 2],
  ['phone_number.otp_requested', 5],
  ['phone_number.verification', 4],
  ['password.reset_requested_otp', 3],
  ['oauth.unlinked', 2],
  ['organization.deleted', 1],
  ['team.deleted', 1],
  ['invitation.cancelled', 2],
  ['user.delete_verification_requested', 2],
  ['team.updated', 1],
  ['team.member.removed', 1],
  ['password.reset_completed_otp', 1],
  ['billing.subscription_renewed', 1],
]
const FIRST = ['maria', 'chen', 'amir', 'sofia', 'liam', 'yuki', 'olga', 'kwame', 'ana', 'noah']
const LAST = ['garcia', 'wei', 'khan', 'rossi', 'smith', 'tanaka', 'ivanova', 'mensah', 'silva', 'brown']
const DOMAINS = ['example.com', 'example.com', 'mail.example.org', 'corp.example.net', 'gmail.com']
const AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
]
/** The user whose email is the rare search needle (about 20 events at any size). */
export const RARE_USER = 777
/** Events per user: the user count grows with the table. */
const EVENTS_PER_USER = 20

/** The email of user `u`, as the seed writes it. */
export function seedEmail(u) {
  return `${FIRST[u % 10]}.${LAST[Math.floor(u / 10) % 10]}${u}@${DOMAINS[u % 5]}`
}

/** Studio's table (CONTRACT section 7) plus the `seq` column, without indexes (the store adds them). */
export function createStudioTableSql(table) {
  return `CREATE TABLE ${table} (
    id UUID PRIMARY KEY, type VARCHAR(100) NOT NULL, timestamp TIMESTAMPTZ NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'success', user_id VARCHAR(255), session_id VARCHAR(255),
    organization_id VARCHAR(255), metadata JSONB DEFAULT '{}', ip_address INET, user_agent TEXT,
    source VARCHAR(50) DEFAULT 'app', display_message TEXT, display_severity VARCHAR(20),
    created_at TIMESTAMPTZ DEFAULT NOW(), seq BIGINT)`
}

/**
 * The INSERT that writes rows `from`..`to` (1-based; row 1 is the newest) of a table of `total`
 * rows spread evenly over the `days` before `now`, and its parameters.
 * @param {{ table: string, from: number, to: number, total: number, now: Date, days: number,
 *   api: Record<string, any> }} options `api`: the library's `./api` entry (classification, labels).
 */
export function seedInsert({ table, from, to, total, now, days, api }) {
  const slots = TYPE_WEIGHTS.flatMap(([type, weight]) => Array(weight).fill(type))
  if (slots.length !== 1000) throw new Error(`type weights sum to ${slots.length}, not 1000`)
  const sevOk = slots.map((type) => api.classifyEvent({ type, status: 'success' }))
  const labels = slots.map((type) => api.getEventTypeInfo(type).label)
  const users = Math.max(1000, Math.ceil(total / EVENTS_PER_USER))
  const stepMs = (days * 86_400_000) / total
  const params = [
    from,
    to,
    slots,
    sevOk,
    labels,
    users,
    now.toISOString(),
    stepMs,
    total,
    FIRST,
    LAST,
    DOMAINS,
    AGENTS,
  ]
  const text = `INSERT INTO ${table} (id, type, timestamp, status, user_id, session_id, organization_id,
      metadata, ip_address, user_agent, source, display_message, display_severity, created_at, seq)
    SELECT md5('bench-' || i)::uuid, type, ts, status, 'user_' || u,
      CASE WHEN type IN ('session.created', 'user.logged_in', 'user.logged_out') AND status = 'success'
        THEN 'sess_' || substr(md5('s' || (i / 3)), 1, 24) END,
      CASE WHEN type ~ '^(organization|member|team|invitation)\\.' THEN 'org_' || (u % 997) END,
      jsonb_build_object('email', email, 'name', initcap(first) || ' ' || initcap(last),
        'method', CASE WHEN type LIKE 'oauth.%' THEN 'github' ELSE 'email' END,
        'requestId', substr(md5('r' || i), 1, 16)),
      ((u % 200) + 1 || '.' || (u / 200) % 256 || '.' || (u * 7) % 256 || '.' || (u % 253) + 1)::inet,
      ($13::text[])[1 + u % 3], 'app',
      label || ' · ' || email,
      CASE WHEN status = 'failed' THEN 'failed' ELSE sev END,
      ts, $9::bigint - i + 1
    FROM generate_series($1::bigint, $2::bigint) AS i
    CROSS JOIN LATERAL (SELECT abs(hashint8extended(i, 1)) AS h1, abs(hashint8extended(i, 2)) AS h2) AS h
    CROSS JOIN LATERAL (SELECT ($3::text[])[1 + h1 % 1000] AS type, ($4::text[])[1 + h1 % 1000] AS sev,
      ($5::text[])[1 + h1 % 1000] AS label, h2 % $6::bigint AS u,
      $7::timestamptz - ((i - 1) * $8::float8 + h2 % 20000) * interval '1 millisecond' AS ts) AS r
    CROSS JOIN LATERAL (SELECT ($10::text[])[1 + u % 10] AS first, ($11::text[])[1 + (u / 10) % 10] AS last) AS n
    CROSS JOIN LATERAL (SELECT first || '.' || last || u || '@' || ($12::text[])[1 + u % 5] AS email,
      CASE WHEN type = 'user.logged_in' AND h1 % 100 < 12 THEN 'failed'
           WHEN type IN ('password.reset_completed', 'oauth.sign_in') AND h1 % 100 < 3 THEN 'failed'
           ELSE 'success' END AS status) AS e`
  return { text, params }
}
