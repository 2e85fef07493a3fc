/** Valibot schemas of the infra dash plugin's answers. */
import * as v from 'valibot'
import { wireInstantSchema } from '../auditLog/schemas'

/** The envelope of `GET /events/audit-logs` and `/events/all-audit-logs`. Events are checked one by one. */
export const infraAuditLogsSchema = v.object({
  events: v.array(v.unknown()),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  limit: v.optional(v.nullable(v.number())),
  offset: v.optional(v.nullable(v.number())),
})

const optionalText = v.optional(v.nullable(v.string()))

const locationSchema = v.object({
  ipAddress: optionalText,
  city: optionalText,
  country: optionalText,
  countryCode: optionalText,
  region: optionalText,
})

/**
 * One event. Only the type and a parsable date are required; a malformed `eventData` or
 * `location` is dropped rather than costing the row.
 */
export const infraEventSchema = v.object({
  eventType: v.pipe(v.string(), v.minLength(1, 'Missing eventType')),
  createdAt: wireInstantSchema,
  eventData: v.fallback(v.nullish(v.record(v.string(), v.unknown()), {}), {}),
  eventKey: v.fallback(optionalText, undefined),
  location: v.fallback(v.optional(v.nullable(locationSchema)), undefined),
})

/** An event after validation. */
export type InfraEventInput = v.InferOutput<typeof infraEventSchema>

/** `GET /events/types`. */
export const infraEventTypesSchema = v.object({
  user: v.optional(v.record(v.string(), v.string())),
  organization: v.optional(v.record(v.string(), v.string())),
  all: v.record(v.string(), v.string()),
})
