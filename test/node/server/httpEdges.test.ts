/**
 * Issue 11 point 6, through `node:http` (`toNodeListener`): TRACE is a 405 (not a 500), HEAD is
 * answered like GET without a body, and a body over 1 MiB gets a prompt 413 (not a reset).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toNodeListener } from '../../../src/server/adapters/node'
import { makeHandler } from './helpers'

let server: http.Server
let port = 0
beforeAll(async () => {
  server = http.createServer(toNodeListener(makeHandler({ extensions: ['geo-batch'] })))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

/** One raw request; `body` is written in 64 KiB chunks without a content-length when `chunked`. */
function send(method: string, path: string, body?: Buffer, chunked = false) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>(
    (resolve, reject) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (body && !chunked) headers['content-length'] = String(body.length)
      const req = http.request(
        { host: '127.0.0.1', port, method, path: `/api/studio${path}`, headers },
        (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (text += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
        },
      )
      req.on('error', reject)
      if (body) {
        for (let at = 0; at < body.length; at += 65_536) req.write(body.subarray(at, at + 65_536))
      }
      req.end()
    },
  )
}

describe('HTTP edges', () => {
  it('answers TRACE with 405 and an Allow header', async () => {
    const answer = await send('TRACE', '/api/events')
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD, POST')
  })

  it('answers HEAD like GET, without a body', async () => {
    const get = await send('GET', '/api/events')
    const head = await send('HEAD', '/api/events')
    expect(head.status).toBe(200)
    expect(head.headers['content-type']).toBe(get.headers['content-type'])
    expect(head.text).toBe('')
    expect(get.text.length).toBeGreaterThan(0)
  })

  it.each([
    ['a declared length', false],
    ['a chunked body', true],
  ])('answers 413 for a body over 1 MiB with %s', async (_name, chunked) => {
    const body = Buffer.alloc(2 * 1024 * 1024, 0x20)
    const answer = await send('POST', '/api/geo/resolve', body, chunked)
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.text)).toMatchObject({ error: 'Payload too large' })
  })
})
