/** The infra dash plugin's wire shapes (@better-auth/infra 0.4, CONTRACT section 4). */

/** A location the infra API already resolved. Unknown parts are null or absent. */
export type InfraLocation = {
  /** The client address the location was resolved from. */
  ipAddress?: string | null
  /** City name. */
  city?: string | null
  /** Country name. */
  country?: string | null
  /** ISO 3166-1 alpha-2. */
  countryCode?: string | null
  /** Region, state or province. */
  region?: string | null
}

/**
 * One audit-log event. It has no id and no status or severity: the adapter derives both.
 * `eventData` carries `userId` ("unknown" when none), `userName`, `userEmail`, `sessionId`,
 * `loginMethod`, `userAgent`, `organizationId`, `organizationName`, `triggeredBy`,
 * `triggerContext`, and per-type keys.
 */
export type InfraEvent = {
  /** The type, in the code spelling (`user_created`) or the documented one (`user_signed_up`). */
  eventType: string
  /** What happened, and to whom (see above). */
  eventData: Record<string, unknown>
  /** What the event is keyed by: a user id, an organization id, an IP, or "unknown". */
  eventKey: string
  /** The infra project the event belongs to. */
  projectId: string
  /** ISO 8601 instant. */
  createdAt: string
  /** ISO 8601 instant; the same as `createdAt` for events, which are never edited. */
  updatedAt: string
  /** Age when the answer was made; changes between requests (never part of the derived id). */
  ageInMinutes?: number
  /** The resolved location of the request, when known. */
  location?: InfraLocation
}

/** The answer of `GET /events/audit-logs` and `GET /events/all-audit-logs`. */
export type InfraAuditLogsAnswer = {
  /** One page of events, newest first. */
  events: InfraEvent[]
  /** Matching events (with a per-page `eventType` filter: every type). */
  total: number
  /** The page size used. */
  limit: number
  /** The offset used. */
  offset: number
}

/** The answer of `GET /events/types`: `CONSTANT_NAME → snake_case type` per group. */
export type InfraEventTypesAnswer = {
  /** User-level types. */
  user: Record<string, string>
  /** Organization-level types. */
  organization: Record<string, string>
  /** Both groups together. */
  all: Record<string, string>
}
