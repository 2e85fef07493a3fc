// The smoke test of one running example, in headless Chromium (Debian's, through playwright-core):
// the page renders events, a status filter narrows the list, the detail dialog opens and closes,
// no console error, no hydration warning, and (for a server-prefetched page) the browser does not
// request the first list page again. Returns one result per check.
import { chromium } from 'playwright-core'

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
// "Hydration failed…", "A tree hydrated but…", or minified: react.dev/errors/418 (text mismatch),
// 423 (recovered by client rendering), 425 (text content).
const HYDRATION = /hydrat|react\.dev\/errors\/(418|423|425)\b|Minified React error #(418|423|425)\b/i
// Waits sized for a busy 2-core machine: the checks are about what happens, not how fast.
const TIMEOUT_MS = 90_000

/** A list request for the FIRST page: the events path, none of the paging or live-poll params. */
export function isFirstListPageRequest(url) {
  const parsed = new URL(url)
  if (!/\/api\/events$/.test(parsed.pathname)) return false
  return !['cursor', 'offset', 'since', 'afterSeq'].some((name) => parsed.searchParams.has(name))
}

/**
 * @param {{ name: string, url: string, prefetched?: boolean, panel?: string }} options
 * `prefetched`: the server rendered the first list page into the page (Next.js example).
 * `panel`: the heading of a custom hooks-only panel (Vite example) that must show a count and rows.
 * @returns {Promise<{ name: string, ok: boolean, detail?: string }[]>}
 */
export async function smokeTest({ name, url, prefetched = false, panel }) {
  const results = []
  const check = async (what, fn) => {
    try {
      const detail = await fn()
      results.push({ name: `${name}: ${what}`, ok: true, detail })
    } catch (error) {
      results.push({
        name: `${name}: ${what}`,
        ok: false,
        detail: String(error?.message ?? error).split('\n')[0],
      })
    }
  }
  const consoleProblems = []
  const hydrationWarnings = []
  const listRequests = []
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    page.setDefaultTimeout(TIMEOUT_MS)
    page.on('console', (message) => {
      const text = message.text()
      // Development builds name hydration problems; production builds give React's error codes.
      if (HYDRATION.test(text)) hydrationWarnings.push(`${message.type()}: ${text}`)
      if (message.type() === 'error')
        consoleProblems.push(`console.error: ${text} (${message.location().url})`)
    })
    page.on('pageerror', (error) => {
      if (HYDRATION.test(error.message)) hydrationWarnings.push(`pageerror: ${error.message}`)
      consoleProblems.push(`pageerror: ${error.message}`)
    })
    page.on('request', (request) => {
      if (isFirstListPageRequest(request.url())) listRequests.push(request.url())
    })
    const grid = page.getByRole('grid', { name: 'Authentication events' })
    const rows = grid.locator('[role="row"][data-event-id]')

    await check('renders events', async () => {
      await page.goto(url)
      await rows.first().waitFor()
      return `${await rows.count()} rows rendered`
    })
    // Let the page settle (hydration, first polls) before judging what it requested.
    await page.waitForTimeout(3_000)
    if (prefetched) {
      await check('does not fetch the prefetched first list page again', async () => {
        if (listRequests.length > 0) throw new Error(`requested ${listRequests.join(', ')}`)
        return 'no first-page list request from the browser'
      })
    }

    if (panel) {
      await check(`the custom panel "${panel}" shows a count and events`, async () => {
        const heading = page.getByRole('heading', { name: new RegExp(`^${panel} \\(\\d[\\d,]*\\+?\\)$`) })
        await heading.waitFor()
        const section = page.getByRole('region', { name: new RegExp(`^${panel}`) })
        await section.getByRole('row').nth(1).waitFor()
        return `${await heading.textContent()}, ${(await section.getByRole('row').count()) - 1} rows`
      })
    }

    await check('the Failed status filter narrows the list', async () => {
      // The radio covers its label (a transparent input over the pill), so it is what gets clicked.
      await page.getByRole('group', { name: 'Status' }).getByRole('radio', { name: 'Failed' }).check()
      // Every row shown is a failed event once the filtered answer is in.
      await page.waitForFunction(
        () => {
          const shown = [...document.querySelectorAll('[role="grid"] [role="row"][data-event-id]')]
          return (
            shown.length > 0 &&
            shown.every(
              (row) => row.getAttribute('data-severity') === 'failed' && /Failed/.test(row.textContent ?? ''),
            )
          )
        },
        undefined,
        { timeout: TIMEOUT_MS },
      )
      return `${await rows.count()} failed rows`
    })

    await check('the detail dialog opens and closes', async () => {
      const first = rows.first()
      const id = await first.getAttribute('data-event-id')
      await first.click()
      const dialog = page.getByRole('dialog')
      await dialog.waitFor()
      if (id && !(await dialog.textContent())?.includes(id))
        throw new Error(`dialog lacks the event id ${id}`)
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      return `dialog for ${id}`
    })

    await check('no console error', async () => {
      if (consoleProblems.length > 0) throw new Error(consoleProblems.slice(0, 3).join(' | '))
    })
    await check('no hydration warning', async () => {
      if (hydrationWarnings.length > 0) throw new Error(hydrationWarnings.slice(0, 3).join(' | '))
    })
  } finally {
    await browser.close()
  }
  return results
}
