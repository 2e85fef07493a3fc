/** The audit-log plugin's wire shapes (better-auth-audit-logs 0.3, CONTRACT section 4). */

/** The plugin's own severity levels. */
export type AuditLogSeverityLevel = 'low' | 'medium' | 'high' | 'critical'

/** One entry as `GET /audit-log/list` and `GET /audit-log/:id` answer it. */
export type AuditLogEntry = {
  /** The plugin's id (a cuid by default). */
  id: string
  /** The acting user; null for failed sign-ins and after the user was deleted. */
  userId: string | null
  /** The auth path with `/` turned into `:` (`sign-in:email`), or a custom action (`admin:user-export`). */
  action: string
  /** Whether the auth call succeeded. */
  status: 'success' | 'failed'
  /** The plugin's inferred (or configured) severity. */
  severity: AuditLogSeverityLevel
  /** The client address as captured, possibly an x-forwarded-for list. */
  ipAddress: string | null
  /** Stored by the plugin but not returned by its endpoints; kept here for doubles and custom storages. */
  userAgent?: string | null
  /** Free-form: `error` for failures, `requestBody` when captured (PII redacted as `***`), custom keys. */
  metadata: Record<string, unknown>
  /** ISO 8601 instant. */
  createdAt: string
}

/** The answer of `GET /audit-log/list`: newest first, `total` counts every match. */
export type AuditLogListAnswer = {
  /** One page of entries. */
  entries: AuditLogEntry[]
  /** Every matching entry. */
  total: number
}
