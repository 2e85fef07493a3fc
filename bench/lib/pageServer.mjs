/**
 * The page benchmark's server: builds `bench/page/main.tsx` with esbuild (production React,
 * react-dom's profiling build so `<Profiler>` still reports) and serves it beside the reference
 * server's handler (`/api/studio/*`) over a memory store, on 127.0.0.1 and a free port.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'

const INDEX = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="/main.css"></head><body><div id="root"></div>
<script type="module" src="/main.js"></script></body></html>`

/**
 * @param {{ root: string, server: Record<string, any>, events?: any[], store?: any, push?: boolean }} options
 *   `server`: the library's `./server` entry; `events`: the wire events a new memory store starts
 *   with, or `store`: a store to serve (shared by two page servers); `push`: advertise push and
 *   stream its answers (off by default: the page figures are about polling).
 */
export async function startPageServer({ root, server, events = [], store: given, push = false }) {
  const esbuild = createRequire(path.join(root, 'package.json'))('esbuild')
  const outdir = path.join(root, 'node_modules', '.cache', 'react-auth-events-bench-page')
  mkdirSync(outdir, { recursive: true })
  await esbuild.build({
    entryPoints: [path.join(root, 'bench/page/main.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    outdir,
    jsx: 'automatic',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { 'react-dom/client': 'react-dom/profiling' },
    // Component names survive minification: the render counts are by name.
    keepNames: true,
  })
  const store = given ?? server.createMemoryStore({ events: events.map(server.fromWireEvent) })
  const handler = server.createEventsHandler({
    store,
    // Polling unless asked: the page figures (an idle poll's renders, the busy share at the
    // default poll) are about polling.
    extensions: push ? server.STUDIO_EXTENSIONS : server.STUDIO_EXTENSIONS.filter((name) => name !== 'push'),
    authorize: () => true,
  })
  let polls = 0
  let apiBytes = 0
  const http = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    try {
      if (url.pathname.startsWith('/api/studio')) {
        if (
          url.pathname.endsWith('/events') &&
          (url.searchParams.has('since') || url.searchParams.has('afterSeq'))
        )
          polls += 1
        const chunks = []
        for await (const chunk of req) chunks.push(chunk)
        const answer = await handler(
          new Request(url.href, {
            method: req.method,
            headers: req.headers,
            body: chunks.length ? Buffer.concat(chunks) : undefined,
          }),
        )
        res.writeHead(answer.status, Object.fromEntries(answer.headers))
        if (answer.headers.get('content-type')?.startsWith('text/event-stream') && answer.body) {
          // A push stream never ends: pass its chunks on as they come, until either side closes.
          const reader = answer.body.getReader()
          res.on('close', () => void reader.cancel().catch(() => undefined))
          for (;;) {
            const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }))
            if (done || res.destroyed) break
            apiBytes += value.byteLength
            res.write(value)
          }
          res.end()
          return
        }
        const body = Buffer.from(await answer.arrayBuffer())
        apiBytes += body.byteLength
        res.end(body)
        return
      }
      const file = url.pathname === '/' ? null : path.join(outdir, path.basename(url.pathname))
      if (!file) {
        res.writeHead(200, { 'content-type': 'text/html' }).end(INDEX)
        return
      }
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : 'application/octet-stream'
      const body = readFileSync(file)
      res.writeHead(200, { 'content-type': type }).end(body)
    } catch (error) {
      if (!res.headersSent) res.writeHead(404)
      res.end(String(error))
    }
  })
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve))
  const { port } = /** @type {import('node:net').AddressInfo} */ (http.address())
  return {
    url: `http://127.0.0.1:${port}/`,
    store,
    /** Live polls answered so far. */
    polls: () => polls,
    /** Response body bytes of the API answered so far (push streams included). */
    apiBytes: () => apiBytes,
    close: () =>
      new Promise((resolve) => {
        http.closeAllConnections()
        http.close(resolve)
      }),
  }
}
