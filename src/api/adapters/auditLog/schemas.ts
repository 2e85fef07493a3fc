/** Valibot schemas of the audit-log plugin's answers. */
import * as v from 'valibot'

/** The envelope of `GET /audit-log/list`. Entries are checked one by one, so one bad entry never fails the page. */
export const auditLogListSchema = v.object({
  entries: v.array(v.unknown()),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
})

/** An instant as a storage may hand it over: ISO text (SQL, Mongo) or epoch milliseconds (custom storages). */
export const wireInstantSchema = v.pipe(
  v.union([v.string(), v.number()]),
  v.check(
    (value) => !Number.isNaN(new Date(value).getTime()),
    (issue) => `Invalid date ${JSON.stringify(issue.input)}`,
  ),
)

const optionalText = v.optional(v.nullable(v.string()))

/** One entry. Only what a row cannot live without (id, action, date) is required. */
export const auditLogEntrySchema = v.object({
  id: v.pipe(v.union([v.string(), v.number()]), v.transform(String), v.minLength(1, 'Missing id')),
  action: v.pipe(v.string(), v.minLength(1, 'Missing action')),
  createdAt: wireInstantSchema,
  userId: optionalText,
  status: optionalText,
  severity: optionalText,
  ipAddress: optionalText,
  userAgent: optionalText,
  // Custom storages (and the Mongo layout) may hand metadata over as JSON text.
  metadata: v.optional(v.unknown()),
})

/** An entry after validation. */
export type AuditLogEntryInput = v.InferOutput<typeof auditLogEntrySchema>
