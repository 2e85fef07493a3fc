/** `GET {base}/api/events/status`: whether events can be shown, and what this backend can do. */
import { errorMessage, json } from '../http/responses'
import { STUDIO_EXTENSIONS } from '../extensions'
import { isStoreUnavailable } from '../storeErrors'
import type { Route, RouteContext } from './context'

/** The advertised extensions: `sequence` (and `push`, whose ids are seqs) only when the store actually keeps one. */
async function capabilities(context: RouteContext): Promise<string[]> {
  const names: string[] = STUDIO_EXTENSIONS.filter((name) => context.extensions.has(name))
  if (!names.includes('sequence')) return names.filter((name) => name !== 'push')
  const head = await context.store.headSeq?.().catch(() => null)
  return head === null || head === undefined
    ? names.filter((name) => name !== 'sequence' && name !== 'push')
    : names
}

export const statusRoute: Route = async (_request, _url, context) => {
  context.studio?.noteStatus()
  try {
    // A store whose database is away is not "enabled", whatever it answered before.
    await context.store.check?.()
    // Like Studio, asking for the status is what sets ingestion up.
    await context.store.initialize?.()
    const ready = await context.store.ready()
    const extra = context.quirks
      ? {}
      : { capabilities: await capabilities(context), maxPageSize: context.maxPageSize }
    // Studio still says enabled over a missing table or after a restart (issue 9).
    const enabled = ready || (context.studio !== undefined && context.studio.phase !== 'ready')
    return json({ enabled, configured: true, initialized: enabled, hasProvider: true, ...extra })
  } catch (error) {
    // Studio still answers 200 here, with the error's message.
    const message = context.quirks
      ? errorMessage(error)
      : isStoreUnavailable(error)
        ? 'The event store is not available: its database cannot be reached right now'
        : 'The event store is not available'
    const extra = context.quirks
      ? {}
      : {
          capabilities: STUDIO_EXTENSIONS.filter((name) => context.extensions.has(name)),
          maxPageSize: context.maxPageSize,
        }
    return json({
      enabled: false,
      configured: true,
      initialized: false,
      hasProvider: true,
      error: message,
      ...extra,
    })
  }
}
