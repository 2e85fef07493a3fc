/**
 * The live stream's public timings, apart from its loop: the hooks entry exports them and
 * `recovery.ts` backs off by them, while the loop (`streamController.ts`, `pollNewEvents.ts`,
 * `streamCursor.ts`) is loaded only when a `useEventStream` starts (issue 12 point 2). A static
 * import of any of those files from the entry, even for a constant, would put the whole loop
 * back into every bundle of the hooks: they import these values instead of defining their own.
 */

/** Backoff bounds (CONTRACT section 5). */
export const BACKOFF_MIN_MS = 2_000
export const BACKOFF_MAX_MS = 60_000
/** Counts and activity computed by the backend are refetched at most this often while live. */
export const AGGREGATE_REFRESH_MS = 10_000
/** How long an id stays in `newIds`. */
export const NEW_ID_TTL_MS = 3_000
/** Default lateness window of the live stream on backends without `sequence`. */
export const DEFAULT_LATENESS_WINDOW_MS = 5_000
