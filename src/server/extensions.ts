/**
 * The optional extensions of CONTRACT section 3: what a backend better than Studio advertises in
 * its status answer's `capabilities`. The list itself is the adapter's, so client and server
 * cannot drift apart.
 */
import { STUDIO_EXTENSIONS } from '../api/adapters/studio/capabilities'

export { STUDIO_EXTENSIONS }

/**
 * One extension name: `filters` (more list filters), `cursor` (keyset paging), `activity` (per-day
 * aggregation), `counts-window` (counts for a window and filters), `geo-batch` (many IPs per request),
 * `sequence` (a commit-ordered `seq` on every event and `afterSeq` polling), `push` (new events as
 * Server-Sent Events at `/api/events/stream`, resumable by seq; needs `sequence`).
 */
export type StudioExtension = (typeof STUDIO_EXTENSIONS)[number]

/** Whether a string is a known extension name. */
export function isStudioExtension(value: string): value is StudioExtension {
  return (STUDIO_EXTENSIONS as readonly string[]).includes(value)
}
