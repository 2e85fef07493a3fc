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

/** Thrown by {@link toRequest} for a body over `maxBodyBytes` (the listener answers 413). */
export class BodyTooLargeError extends RangeError {
  override name = 'BodyTooLargeError' as const
}

/** Methods the Fetch API cannot carry in a `Request` (it throws on them): answered 405 here. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK'])

/** Converts a Node request into a standard `Request`. */
export async function toRequest(
  req: IncomingMessage & { originalUrl?: string },
  options: NodeListenerOptions = {},
  signal?: AbortSignal,
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
    // A declared length over the limit is refused before a byte is read.
    if (Number(req.headers['content-length'] ?? 0) > limit)
      throw new BodyTooLargeError('Request body too large')
    const joined = await readBody(req, limit)
    body = joined.buffer.slice(joined.byteOffset, joined.byteOffset + joined.byteLength) as ArrayBuffer
  }
  return new Request(url, { method, headers, body, signal })
}

/**
 * Writes a standard `Response` to a Node response. An event stream (`text/event-stream`, the
 * push extension) is written as it comes, each chunk flushed, waiting for the socket to drain
 * so the stream's own bounded queue (not Node's write buffer) holds what a slow client has not
 * read; it is cancelled when the client goes away.
 */
export async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status
  response.headers.forEach((value, key) => res.setHeader(key, value))
  if (response.body && (response.headers.get('content-type') ?? '').includes('text/event-stream')) {
    return pipeStream(res, response.body)
  }
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined
  res.end(body)
}

async function pipeStream(res: ServerResponse, body: ReadableStream<Uint8Array>): Promise<void> {
  res.flushHeaders()
  const reader = body.getReader()
  const onClose = () => void reader.cancel().catch(() => undefined)
  res.once('close', onClose)
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (res.destroyed) return
      if (!res.write(value))
        await new Promise<void>((resolve) => {
          const settle = () => {
            res.off('drain', settle)
            res.off('close', settle)
            resolve()
          }
          res.on('drain', settle)
          res.on('close', settle)
        })
    }
    if (!res.destroyed) res.end()
  } catch {
    if (!res.destroyed) res.destroy()
  } finally {
    res.off('close', onClose)
  }
}

/**
 * A `node:http` listener.
 * @example http.createServer(toNodeListener(createEventsHandler({ store, authorize }))).listen(3000)
 */
export function toNodeListener(handler: FetchHandler, options: NodeListenerOptions = {}) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    void (async () => {
      if (FORBIDDEN_METHODS.has((req.method ?? '').toUpperCase())) {
        res.writeHead(405, { 'content-type': 'application/json', allow: 'GET, HEAD, POST' })
        res.end(JSON.stringify({ error: 'Method not allowed', message: 'Use GET, HEAD or POST' }))
        return
      }
      // Aborted when the client goes away, so a push stream (or a slow query) can stop.
      const gone = new AbortController()
      res.once('close', () => gone.abort())
      try {
        await writeResponse(res, await handler(await toRequest(req, options, gone.signal)))
      } catch (error) {
        const tooLarge = error instanceof BodyTooLargeError
        if (res.headersSent) return void res.destroy()
        res.writeHead(tooLarge ? 413 : 500, {
          'content-type': 'application/json',
          // The rest of an oversized body is not read: the connection ends after the answer.
          ...(tooLarge ? { connection: 'close' } : {}),
        })
        res.end(
          JSON.stringify(
            tooLarge
              ? {
                  error: 'Payload too large',
                  message: `The body may be at most ${options.maxBodyBytes ?? 1024 * 1024} bytes`,
                }
              : { error: 'Internal error' },
          ),
        )
        // Reading on (discarding) lets the client finish sending and read the 413 instead of a reset.
        if (tooLarge) drainThenClose(req)
      }
    })()
  }
}

/**
 * Reads the body up to `limit` bytes. Events, not `for await`: leaving an async iterator early
 * destroys the socket, and the client would see a reset instead of the 413.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.off('data', onData)
        req.off('end', onEnd)
        reject(new BodyTooLargeError('Request body too large'))
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => resolve(Buffer.concat(chunks))
    req.on('data', onData)
    req.on('end', onEnd)
    req.once('error', reject)
  })
}

/** Discards the rest of a request body for up to 5 s or 64 MiB, then closes the socket. */
function drainThenClose(req: IncomingMessage): void {
  let seen = 0
  const close = () => req.socket.destroy()
  const timer = setTimeout(close, 5000)
  timer.unref?.()
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length
    if (seen > 64 * 1024 * 1024) close()
  })
  req.on('end', () => clearTimeout(timer))
  req.resume()
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
