/** `GET {base}/api/events/status`: whether events can be shown, and what this backend can do. */
import { errorMessage, json } from '../http/responses'
import { STUDIO_EXTENSIONS } from '../extensions'
import type { Route } from './context'

export const statusRoute: Route = async (_request, _url, context) => {
  const extra = context.quirks
    ? {}
    : {
        capabilities: STUDIO_EXTENSIONS.filter((name) => context.extensions.has(name)),
        maxPageSize: context.maxPageSize,
      }
  try {
    // Like Studio, asking for the status is what sets ingestion up.
    await context.store.initialize?.()
    const ready = await context.store.ready()
    return json({ enabled: ready, configured: true, initialized: ready, hasProvider: true, ...extra })
  } catch (error) {
    // Studio still answers 200 here, with the error's message.
    const message = context.quirks ? errorMessage(error) : 'The event store is not available'
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
