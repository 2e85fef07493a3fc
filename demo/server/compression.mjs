/**
 * Compression for the demo server, with node:zlib only: the encoding a request accepts, the
 * page's files compressed once and kept (brotli at its best quality, gzip as the fallback), and
 * API answers compressed on the fly at a fast setting.
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** Smaller bodies gain little and cost a compression call each. */
const MIN_BYTES = 1024

/**
 * The encoding to answer with: brotli when accepted, else gzip, else none. Honours `q=0`
 * (refused) and prefers the server's order over the client's q values, as servers commonly do.
 * @param {string | undefined} header The request's Accept-Encoding.
 * @returns {'br' | 'gzip' | null}
 */
export function pickEncoding(header) {
  if (!header) return null
  const accepted = new Set()
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    if (q && Number(q.slice(2)) === 0) continue
    accepted.add(name)
  }
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip'
  return null
}

/**
 * @param {Buffer} body
 * @param {'br' | 'gzip'} encoding
 * @param {'best' | 'fast'} effort `best` for files compressed once, `fast` for every API answer.
 */
export function compress(body, encoding, effort) {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: effort === 'best' ? zlib.constants.BROTLI_MAX_QUALITY : 4,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    })
  }
  return gzip(body, { level: effort === 'best' ? 9 : 6 })
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json'])

/**
 * The page's files, each read and compressed once (per encoding) and then answered from memory.
 * Vite puts a content hash in every asset's name, so `/assets/*` is cached by the browser for a
 * year; the HTML is revalidated each time (it names the current assets).
 * @param {string} dir The built page (demo/dist).
 */
export function createAssetCache(dir) {
  /** @type {Map<string, Promise<{ body: Buffer, type: string, br?: Promise<Buffer>, gzip?: Promise<Buffer> } | null>>} */
  const files = new Map()

  const load = (file) => {
    let entry = files.get(file)
    if (!entry) {
      entry = readFile(file).then(
        (body) => ({ body, type: TYPES[path.extname(file)] ?? 'application/octet-stream' }),
        () => {
          // Not kept: any path may be asked for (client-side routes), and the file may appear later.
          files.delete(file)
          return null
        },
      )
      files.set(file, entry)
    }
    return entry
  }
  const encoded = async (file, encoding) => {
    const asset = await load(file)
    if (!asset) return null
    if (!COMPRESSIBLE.has(path.extname(file)) || asset.body.length < MIN_BYTES || !encoding) {
      return { asset, body: asset.body, encoding: null }
    }
    asset[encoding] ??= compress(asset.body, encoding, 'best')
    return { asset, body: await asset[encoding], encoding }
  }

  return {
    /**
     * Reads and compresses every file of the page ahead of the first request (brotli at its
     * best quality takes seconds for the main chunk on a busy machine).
     */
    async warm() {
      const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
      await Promise.all(
        entries
          .filter((entry) => entry.isFile())
          .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
          .flatMap((file) => [encoded(file, 'br'), encoded(file, 'gzip')]),
      )
    },
    /**
     * Answers `file` (an absolute path inside `dir`) when it exists; resolves false otherwise.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    async serve(req, res, file) {
      const found = await encoded(file, pickEncoding(req.headers['accept-encoding']))
      if (!found) return false
      res.setHeader('content-type', found.asset.type)
      res.setHeader('vary', 'accept-encoding')
      res.setHeader(
        'cache-control',
        file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
      if (found.encoding) res.setHeader('content-encoding', found.encoding)
      res.setHeader('content-length', found.body.length)
      res.end(req.method === 'HEAD' ? undefined : found.body)
      return true
    },
  }
}

/**
 * Writes a fetch `Response` to a Node response, compressing a JSON body the request accepts
 * compressed (the year of activity is about 230 kB of JSON, a tenth of that compressed).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Response} response
 */
export async function writeCompressed(req, res, response) {
  res.statusCode = response.status
  response.headers.forEach((value, key) => res.setHeader(key, value))
  const type = response.headers.get('content-type') ?? ''
  if (response.body && type.includes('text/event-stream')) {
    // A push stream never ends: pass it through as it comes, uncompressed (a compressor would
    // hold events back until its buffer fills).
    res.flushHeaders()
    const reader = response.body.getReader()
    req.on('close', () => reader.cancel().catch(() => undefined))
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }))
      if (done) break
      res.write(value)
    }
    return res.end()
  }
  let body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined
  const encoding = pickEncoding(req.headers['accept-encoding'])
  if (
    body &&
    encoding &&
    body.length >= MIN_BYTES &&
    /json|text/.test(type) &&
    !response.headers.has('content-encoding')
  ) {
    body = await compress(body, encoding, 'fast')
    res.setHeader('content-encoding', encoding)
    res.setHeader('vary', 'accept-encoding')
    res.setHeader('content-length', body.length)
  }
  res.end(body)
}
