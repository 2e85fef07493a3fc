/**
 * Issue 9 point 5 and issue 11 point 12: a cross-origin request that fails without an answer
 * names CORS and the proxy fix; HTML error pages are summarised, never shown as markup.
 */
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { HttpError, NetworkError, summarizeText } from '../../../src/api/errors'
import { server } from '../../mocks/server'

const STATUS = { enabled: true, configured: true, initialized: true, hasProvider: true }

describe('a request that gets no answer', () => {
  it('cross-origin: says so, names CORS and the proxy fix', async () => {
    server.use(
      http.get('https://studio.example.com/api/studio/api/events/status', () => HttpResponse.error()),
    )
    const client = createEventsClient({ baseUrl: 'https://studio.example.com' })
    const error = await client.getStatus().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).toMatchObject({ crossOrigin: true })
    const message = (error as NetworkError).message
    expect(message).toContain(window.location.origin)
    expect(message).toMatch(/CORS/)
    expect(message).toMatch(/proxy/)
  })

  it('same origin: a plain network error', async () => {
    server.use(http.get('*/api/studio/api/events/status', () => HttpResponse.error()))
    const client = createEventsClient()
    const error = await client.getStatus().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).toMatchObject({ crossOrigin: false })
    expect((error as NetworkError).message).not.toMatch(/CORS/)
  })
})

describe('HTML error bodies', () => {
  it('a proxy’s 502 page becomes its title', async () => {
    const page =
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n' +
      '<!-- a padding to disable MSIE and Chrome friendly error page -->'.repeat(6)
    server.use(
      http.get('*/api/studio/api/events/status', () => HttpResponse.json(STATUS)),
      http.get(
        '*/api/studio/api/events',
        () => new HttpResponse(page, { status: 502, headers: { 'content-type': 'text/html' } }),
      ),
    )
    const error = await createEventsClient()
      .listEvents()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(HttpError)
    expect((error as HttpError).serverMessage).toBe('502 Bad Gateway')
    expect((error as HttpError).message).not.toMatch(/[<>]/)
    expect((error as HttpError).kind).toBe('server')
  })

  it('a page without a title gives its first text, decoded and bounded', () => {
    expect(
      summarizeText(
        '<!doctype html><body><script>var x = "<b>"</script><p>Upstream &amp; proxy &#8212; down</p></body>',
      ),
    ).toBe('Upstream & proxy — down')
    const long = summarizeText(`<html><body><p>${'word '.repeat(200)}</p></body></html>`)!
    expect(long.length).toBeLessThanOrEqual(200)
    expect(long.endsWith('…')).toBe(true)
    expect(summarizeText('<html><body>   </body></html>')).toBeUndefined()
  })

  it('plain text stays as it is (one line, bounded)', () => {
    expect(summarizeText('Service  unavailable\n try later')).toBe('Service unavailable try later')
  })
})
