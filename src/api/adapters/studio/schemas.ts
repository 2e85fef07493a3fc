/** Valibot schemas of the Studio API's answers (CONTRACT section 2, plus section 3 extensions). */
import * as v from 'valibot'

/** "None" arrives absent, null or as "" depending on the storage provider. */
const optionalText = v.optional(v.nullable(v.string()))

/** The envelope of `GET /api/events`. Events are validated one by one, so one bad event never fails the page. */
export const studioEventsPageSchema = v.object({
  events: v.array(v.unknown()),
  hasMore: v.optional(v.boolean()),
  nextCursor: v.optional(v.nullable(v.string())),
  total: v.optional(v.nullable(v.number())),
  /** Our server's extension: `total` is null because it stopped counting past this many. */
  totalMoreThan: v.optional(v.pipe(v.number(), v.minValue(0))),
  ready: v.optional(v.boolean()),
  /** `sequence` extension. */
  headSeq: v.optional(v.pipe(v.string(), v.regex(/^\d+$/, 'Expected a decimal seq'))),
  lastSeq: v.optional(v.pipe(v.string(), v.regex(/^\d+$/, 'Expected a decimal seq'))),
})

const isoDate = v.pipe(
  v.string(),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'Invalid date'),
)

/** One event on the wire. Only what a row cannot live without is required. */
export const studioEventSchema = v.object({
  id: v.pipe(v.union([v.string(), v.number()]), v.transform(String), v.minLength(1, 'Missing id')),
  type: v.pipe(v.string(), v.minLength(1, 'Missing type')),
  timestamp: isoDate,
  status: v.optional(v.nullable(v.string())),
  userId: optionalText,
  sessionId: optionalText,
  organizationId: optionalText,
  ipAddress: optionalText,
  userAgent: optionalText,
  // SQLite-family providers may hand metadata over as JSON text.
  metadata: v.optional(v.nullable(v.union([v.record(v.string(), v.unknown()), v.string()]))),
  source: optionalText,
  /** `sequence` extension. */
  seq: v.optional(v.nullable(v.unknown())),
  display: v.optional(
    v.nullable(
      v.object({
        message: optionalText,
        severity: optionalText,
      }),
    ),
  ),
})

/** A wire event after validation. */
export type StudioEventInput = v.InferOutput<typeof studioEventSchema>

/** `GET /api/events/status`. */
export const studioStatusSchema = v.object({
  enabled: v.boolean(),
  configured: v.optional(v.boolean()),
  initialized: v.optional(v.boolean()),
  hasProvider: v.optional(v.boolean()),
  error: v.optional(v.nullable(v.string())),
  capabilities: v.optional(v.array(v.string())),
  maxPageSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
})

const countValue = v.nullable(v.pipe(v.number(), v.minValue(0)))

/** `GET /api/events/count`. */
export const studioCountsSchema = v.object({
  total: v.pipe(v.number(), v.minValue(0)),
  /** `sequence` extension: the seq the counts were taken at. */
  asOfSeq: v.optional(v.pipe(v.string(), v.regex(/^\d+$/, 'Expected a decimal seq'))),
  success: v.optional(countValue),
  failed: v.optional(countValue),
  warning: v.optional(countValue),
  info: v.optional(countValue),
})

const bucketsSchema = v.object({
  total: v.number(),
  success: v.number(),
  failed: v.number(),
  warning: v.number(),
  info: v.number(),
})

/** `GET /api/events/activity` (extension). */
export const studioActivitySchema = v.object({
  days: v.array(
    v.object({
      date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected YYYY-MM-DD')),
      total: v.number(),
      success: v.number(),
      failed: v.number(),
      warning: v.number(),
      info: v.number(),
      categories: v.optional(v.record(v.string(), bucketsSchema)),
    }),
  ),
})

const wireLocation = v.object({
  country: optionalText,
  countryCode: optionalText,
  city: optionalText,
  region: optionalText,
})

/** `POST /api/geo/resolve` with `{ ipAddress }`. */
export const studioGeoSchema = v.object({
  success: v.boolean(),
  location: v.optional(v.nullable(wireLocation)),
})

/** `POST /api/geo/resolve` with `{ ipAddresses }` (extension). */
export const studioGeoBatchSchema = v.object({
  success: v.boolean(),
  locations: v.record(v.string(), v.nullable(wireLocation)),
})

/** A location as the wire sends it. */
export type WireLocation = v.InferOutput<typeof wireLocation>
