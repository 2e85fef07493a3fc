/**
 * The infra plugin's events carry no id, so one is derived from their content (CONTRACT
 * section 4): `eventType | createdAt | eventKey | canonical JSON of eventData | location.ipAddress`,
 * hashed with 64-bit FNV-1a over the UTF-8 bytes. The same event gets the same id on every poll
 * and page (`ageInMinutes`, `updatedAt` and the location's place names are left out because they
 * can change between answers). Two truly identical events collapse into one row.
 */

const encoder = new TextEncoder()

const FNV_OFFSET_BASIS = 0xcbf29ce484222325n
const FNV_PRIME = 0x100000001b3n
const MASK_64 = 0xffffffffffffffffn

/** 64-bit FNV-1a of the UTF-8 bytes of `text`, as 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET_BASIS
  for (const byte of encoder.encode(text)) {
    hash ^= BigInt(byte)
    hash = (hash * FNV_PRIME) & MASK_64
  }
  return hash.toString(16).padStart(16, '0')
}

/**
 * JSON with object keys sorted at every depth, so key order in the answer does not change the id.
 * `undefined` members are left out and non-finite numbers become `null`, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`
  }
  const record = value as Record<string, unknown>
  const members = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined && typeof record[key] !== 'function')
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
  return `{${members.join(',')}}`
}

/** What the derived id is made of. */
export type StableIdParts = {
  /** The type exactly as sent. */
  eventType: string
  /** `createdAt` exactly as sent. */
  createdAt: string | number
  /** The event's key (user, organization or IP). */
  eventKey?: string | null
  /** Hashed as canonical JSON. */
  eventData: unknown
  /** `location.ipAddress`. */
  ipAddress?: string | null
}

/** The derived id of one infra event, e.g. `infra_3f9a0c1d2e4b5a67`. */
export function stableInfraEventId({
  eventType,
  createdAt,
  eventKey,
  eventData,
  ipAddress,
}: StableIdParts): string {
  const key = [
    eventType,
    String(createdAt),
    eventKey ?? '',
    canonicalJson(eventData ?? {}),
    ipAddress ?? '',
  ].join('|')
  return `infra_${fnv1a64(key)}`
}
