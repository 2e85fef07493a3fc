/**
 * What every store can hold. PostgreSQL (and PGlite) refuse a NUL character in text and JSONB, a
 * lone UTF-16 surrogate in JSONB, a value longer than its `VARCHAR` column and timestamps before
 * 4713 BC; one such value used to fail its whole batch forever. Every event is made storable
 * before any store sees it, the same way on every store:
 *
 * - NUL and lone surrogates become U+FFFD (the replacement character) in every string,
 *   metadata keys included;
 * - `type`, the ids and `source` are cut to Studio's column lengths (in characters);
 * - metadata is made plain JSON: a `bigint` becomes its decimal text, a cycle `"[circular]"`,
 *   anything nested deeper than {@link MAX_METADATA_DEPTH} levels `"[nested too deep]"`.
 */

/** Studio's `VARCHAR` lengths (CONTRACT section 7), in characters. */
export const COLUMN_LENGTHS = {
  type: 100,
  userId: 255,
  sessionId: 255,
  organizationId: 255,
  source: 50,
} as const

/** Deepest metadata kept; deeper values are replaced. */
export const MAX_METADATA_DEPTH = 32

/** Earliest instant PostgreSQL's `timestamptz` holds (4713 BC). */
export const EARLIEST_TIMESTAMP = Date.UTC(-4712, 0, 1)

// NUL is exactly what has to be matched here: the rule against control characters does not apply.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/

/** `text` with NUL and lone surrogates replaced by U+FFFD (valid pairs kept). */
export function storableText(text: string): string {
  if (!UNSTORABLE.test(text)) return text
  return text
    .replaceAll('\u0000', '\uFFFD')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}

/** `text` made storable and cut to `length` characters (code points, as `VARCHAR(n)` counts). */
export function storableColumn(text: string, length: number): string {
  const clean = storableText(text)
  if (clean.length <= length) return clean
  const chars = Array.from(clean)
  return chars.length <= length ? clean : chars.slice(0, length).join('')
}

/** A nullable column value made storable. */
export function storableOptional(text: string | null, length?: number): string | null {
  if (text === null) return null
  return length === undefined ? storableText(text) : storableColumn(text, length)
}

/** Metadata as plain, storable JSON values (see the module comment). */
export function storableMetadata(value: Record<string, unknown>): Record<string, unknown> {
  return clean(value, 0, new Set()) as Record<string, unknown>
}

function clean(value: unknown, depth: number, seen: Set<object>): unknown {
  if (typeof value === 'string') return storableText(value)
  if (typeof value === 'bigint') return value.toString()
  if (typeof value !== 'object' || value === null) return value
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (depth >= MAX_METADATA_DEPTH) return '[nested too deep]'
  if (seen.has(value)) return '[circular]'
  seen.add(value)
  let result: unknown
  if (Array.isArray(value)) result = value.map((item) => clean(item, depth + 1, seen))
  else {
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) out[storableText(key)] = clean(child, depth + 1, seen)
    result = out
  }
  seen.delete(value)
  return result
}
