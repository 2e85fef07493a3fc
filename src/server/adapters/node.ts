/**
 * Mounting the handler on Node's `http` server or Express. The handler itself is a standard
 * `Request → Response` function, so Next.js route handlers and Hono take it directly.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** A standard fetch-style handler, like the one `createEventsHandler` returns. */
export type FetchHandler = (request: Request) => Promise<Response>

/** Options of {@link toNodeListener}. */
export type NodeListenerOptions = {
  /** Origin used to build the request URL. @default `http://${host header}` */
  origin?: string
  /** Largest request body read, in bytes. @default 1 MiB */
  maxBodyBytes?: number
}

/** Converts a Node request into a standard `Request`. */
export async function toRequest(
  req: IncomingMessage & { originalUrl?: string },
  options: NodeListenerOptions = {},
) {
  const origin = options.origin ?? `http://${req.headers.host ?? 'localhost'}`
  const url = new URL(req.originalUrl ?? req.url ?? '/', origin)
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(key, item)
    else if (value !== undefined) headers.set(key, value)
  }
  const method = req.method ?? 'GET'
  let body: ArrayBuffer | undefined
  if (method !== 'GET' && method !== 'HEAD') {
    const limit = options.maxBodyBytes ?? 1024 * 1024
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of req) {
      size += (chunk as Buffer).length
      if (size > limit) throw new RangeError('Request body too large')
      chunks.push(chunk as Buffer)
    }
    const joined = Buffer.concat(chunks)
    body = joined.buffer.slice(joined.byteOffset, joined.byteOffset + joined.byteLength) as ArrayBuffer
  }
  return new Request(url, { method, headers, body })
}

/** Writes a standard `Response` to a Node response. */
export async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status
  response.headers.forEach((value, key) => res.setHeader(key, value))
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined
  res.end(body)
}

/**
 * A `node:http` listener.
 * @example http.createServer(toNodeListener(createEventsHandler({ store, authorize }))).listen(3000)
 */
export function toNodeListener(handler: FetchHandler, options: NodeListenerOptions = {}) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    void (async () => {
      try {
        await writeResponse(res, await handler(await toRequest(req, options)))
      } catch (error) {
        res.statusCode = error instanceof RangeError ? 413 : 500
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ error: res.statusCode === 413 ? 'Payload too large' : 'Internal error' }))
      }
    })()
  }
}

/**
 * An Express (or Connect) middleware: requests under `basePath` are answered by the handler,
 * everything else goes on to `next`. Express's `originalUrl` is honoured, so mounting works.
 * @example app.use(toExpressMiddleware(handler, { basePath: '/api/studio' }))
 */
export function toExpressMiddleware(
  handler: FetchHandler,
  options: NodeListenerOptions & { basePath: string },
) {
  const listener = toNodeListener(handler, options)
  const base = `/${options.basePath.replace(/^\/+|\/+$/g, '')}`
  return (
    req: IncomingMessage & { originalUrl?: string },
    res: ServerResponse,
    next: (error?: unknown) => void,
  ) => {
    const path = (req.originalUrl ?? req.url ?? '/').split('?')[0] ?? '/'
    if (path !== base && !path.startsWith(`${base}/`)) return next()
    listener(req, res)
  }
}
