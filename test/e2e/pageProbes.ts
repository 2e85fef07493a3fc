/**
 * Functions that run INSIDE the demo page (through Playwright's `page.evaluate` /
 * `addInitScript`). They are sent as source text, so each one is self-contained: no imports, no
 * outside variables, only its argument.
 */

/** What the page-side fetch watcher stores on `window`. */
type Watch = {
  ids: Set<string>
  seenAt: Map<string, number>
  /** Requests made: list pages (`/api/events`) and push streams (`/api/events/stream`). */
  requests: { list: number; stream: number }
  /**
   * Ids a push frame carried lately, with when: a push can bring an event before the emit's own
   * answer has told the test its id.
   */
  pushed: Map<string, number>
}
type ProbeWindow = Window & { __aeWatch?: Watch }

/**
 * Init script: wraps `fetch` so a test learns when an events answer carrying a watched id
 * reached the page (`performance.now()`), which splits "written → shown" into the wait for a
 * poll (or a push) and the rendering after it. It reads a clone of each events answer's body;
 * a push stream's clone chunk by chunk, as it arrives. It also counts list and stream requests.
 */
export function installFetchWatch(): void {
  const win = window as ProbeWindow
  const watch: Watch = {
    ids: new Set(),
    seenAt: new Map(),
    requests: { list: 0, stream: 0 },
    pushed: new Map(),
  }
  win.__aeWatch = watch
  const original = window.fetch.bind(window)
  const note = (text: string) => {
    const at = performance.now()
    for (const id of watch.ids) if (!watch.seenAt.has(id) && text.includes(id)) watch.seenAt.set(id, at)
  }
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const response = await original(...args)
    const input = args[0]
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const path = new URL(url, location.href).pathname
    if (path.endsWith('/api/events')) watch.requests.list += 1
    if (path.endsWith('/api/events/stream') && response.body) {
      watch.requests.stream += 1
      const reader = response.clone().body!.getReader()
      const decoder = new TextDecoder()
      // The end of the previous chunk, so an id split across two chunks is still found.
      let tail = ''
      const pump = (): Promise<void> =>
        reader.read().then(({ done, value }) => {
          if (done) return
          const text = tail + decoder.decode(value, { stream: true })
          note(text)
          const at = performance.now()
          for (const match of text.matchAll(/"id":"([^"]+)"/g)) {
            if (!watch.pushed.has(match[1]!)) watch.pushed.set(match[1]!, at)
          }
          while (watch.pushed.size > 5_000) watch.pushed.delete(watch.pushed.keys().next().value!)
          tail = text.slice(-80)
          return pump()
        })
      void pump().catch(() => undefined)
      return response
    }
    if (url.includes('/api/events')) {
      void response
        .clone()
        .text()
        .then((body) => {
          const at = performance.now()
          for (const id of watch.ids) {
            if (!watch.seenAt.has(id) && body.includes(id)) watch.seenAt.set(id, at)
          }
        })
        // The page aborts polls it no longer needs; the copy's read then fails the same way.
        .catch(() => undefined)
    }
    return response
  }
}

/** List and push-stream requests the page made so far. */
export function readEventRequests(): { list: number; stream: number } {
  const watch = (window as ProbeWindow).__aeWatch
  if (!watch) throw new Error('installFetchWatch did not run')
  return { ...watch.requests }
}

/** One timed event: from the server's answer to the emit (the row is written) to the screen. */
export type ArrivalSample = {
  id: string
  /** Written → first events answer that carries it. */
  pollWaitMs: number
  /** That answer → its row in the list, after the next animation frame; null when not drawn. */
  renderMs: number | null
  /** Written → row on screen (or → the answer, when it was not drawn). */
  totalMs: number
  /** Its `aria-rowindex` when it appeared (1 is the header row); null when not drawn. */
  rowIndex: number | null
}

/**
 * Writes one marked event through the server's `POST /__demo/emit`, then waits for its row in
 * the events grid (a MutationObserver, then one animation frame so the row is painted).
 *
 * Resolves without a row (`rowIndex: null`) when an events answer carried the event but no row
 * came within 5 s of it: on a loaded machine one poll can bring more events than the list holds
 * (500), written after this one and so above it, which pushes it out before it is drawn; that is
 * the cap working, not a lost event. Rejects when no answer carried it within 30 s: the live
 * stream skipped it (or stopped).
 */
export async function emitAndTimeArrival(ipAddress: string): Promise<ArrivalSample> {
  const watch = (window as ProbeWindow).__aeWatch
  if (!watch) throw new Error('installFetchWatch did not run')
  const response = await fetch('/__demo/emit', { method: 'POST', body: JSON.stringify({ ipAddress }) })
  const written = performance.now()
  const { id } = (await response.json()) as { id: string }
  watch.ids.add(id)
  // Pushed before the emit's answer came back: it reached the page at once.
  const early = watch.pushed.get(id)
  if (early !== undefined) watch.seenAt.set(id, Math.max(early, written))
  const row = () =>
    document.querySelector<HTMLElement>(
      `[role="grid"][aria-label="Authentication events"] [data-event-id="${id}"]`,
    )
  const appeared = await new Promise<HTMLElement | null>((resolve, reject) => {
    const found = row()
    if (found) return resolve(found)
    const finish = (element: HTMLElement | null, error?: Error) => {
      observer.disconnect()
      clearInterval(check)
      if (error) reject(error)
      else resolve(element)
    }
    const check = setInterval(() => {
      const answered = watch.seenAt.get(id)
      if (answered !== undefined && performance.now() - answered > 5_000) finish(null)
      else if (answered === undefined && performance.now() - written > 30_000) {
        finish(null, new Error(`event ${id} was in no events answer within 30 s`))
      }
    }, 250)
    const observer = new MutationObserver(() => {
      const element = row()
      if (element) finish(element)
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true })
  })
  const rowIndex = appeared ? Number(appeared.getAttribute('aria-rowindex')) : null
  if (appeared) await new Promise((resolve) => requestAnimationFrame(resolve))
  const now = performance.now()
  const seen = watch.seenAt.get(id)
  // The body is read after the answer; the row can (rarely) win that race by a hair.
  const answered = appeared ? Math.min(seen ?? now, now) : (seen ?? now)
  watch.ids.delete(id)
  watch.seenAt.delete(id)
  return {
    id,
    pollWaitMs: answered - written,
    renderMs: appeared ? now - answered : null,
    totalMs: (appeared ? now : answered) - written,
    rowIndex,
  }
}

/**
 * Writes one marked event and focuses its row as soon as it appears (before the live stream
 * pushes it down and out of the rendered rows), so the test can press Enter on it. On a loaded
 * machine one poll can bring more events than the list holds and push the marked one out before
 * it is drawn (see {@link emitAndTimeArrival}): then it writes another, up to 4 in all, each
 * given 15 s. Resolves with the id of the focused row.
 */
export async function emitAndFocusRow(ipAddress: string): Promise<string> {
  const attempt = async (): Promise<string | null> => {
    const response = await fetch('/__demo/emit', { method: 'POST', body: JSON.stringify({ ipAddress }) })
    const { id } = (await response.json()) as { id: string }
    const row = () =>
      document.querySelector<HTMLElement>(
        `[role="grid"][aria-label="Authentication events"] [data-event-id="${id}"]`,
      )
    const focused = await new Promise<boolean>((resolve) => {
      const focus = () => {
        const element = row()
        if (!element) return false
        element.focus()
        return true
      }
      if (focus()) return resolve(true)
      const timer = setTimeout(() => {
        observer.disconnect()
        resolve(false)
      }, 15_000)
      const observer = new MutationObserver(() => {
        if (!focus()) return
        observer.disconnect()
        clearTimeout(timer)
        resolve(true)
      })
      observer.observe(document.body, { subtree: true, childList: true, attributes: true })
    })
    return focused ? id : null
  }
  for (let i = 0; i < 4; i++) {
    const id = await attempt()
    if (id) return id
  }
  throw new Error('none of 4 marked events was drawn within 15 s of its write')
}

/** The activity grid as drawn: its day cells (date and colour level) and where they sit. */
export type GridShape = {
  cells: { date: string; level: number }[]
  /** Rows of the grid (one per weekday). */
  rows: number
  /** Distinct horizontal positions of the cells: the week columns. */
  columns: number
}

/** Reads the activity grid from the DOM. */
export function readActivityGrid(): GridShape {
  const grid = document.querySelector('[role="grid"][aria-label="Event activity by day"]')
  if (!grid) throw new Error('no activity grid')
  const cells = [...grid.querySelectorAll<HTMLElement>('[role="gridcell"][data-date]')]
  const lefts = new Set(cells.map((cell) => Math.round(cell.getBoundingClientRect().left)))
  return {
    cells: cells
      .map((cell) => ({ date: cell.dataset.date ?? '', level: Number(cell.dataset.level) }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    rows: grid.querySelectorAll('[role="row"]').length,
    columns: lefts.size,
  }
}

/** One event list in the page's query cache. */
export type HeldList = { key: string; held: number; observers: number }

/**
 * The events every list in the page's TanStack Query cache holds. The demo does not expose its
 * QueryClient, so this finds it the way React DevTools would: from the root container's fiber,
 * the first component whose `client` prop has `getQueryCache` (the QueryClientProvider).
 */
export function readHeldLists(): HeldList[] {
  type Fiber = { child: Fiber | null; sibling: Fiber | null; memoizedProps?: { client?: unknown } | null }
  type Query = {
    queryKey: unknown
    state: { data?: unknown }
    getObserversCount: () => number
  }
  type QueryClientLike = { getQueryCache: () => { getAll: () => Query[] } }
  const container = document.getElementById('root') as (HTMLElement & Record<string, unknown>) | null
  const key = container
    ? Object.keys(container).find((name) => name.startsWith('__reactContainer$'))
    : undefined
  if (!container || !key) throw new Error('no React root on #root')
  const stack: (Fiber | null)[] = [container[key] as Fiber]
  let queryClient: QueryClientLike | undefined
  while (stack.length > 0 && !queryClient) {
    const fiber = stack.pop()
    if (!fiber) continue
    const client = fiber.memoizedProps?.client as Partial<QueryClientLike> | undefined
    if (client && typeof client.getQueryCache === 'function') queryClient = client as QueryClientLike
    stack.push(fiber.sibling, fiber.child)
  }
  if (!queryClient) throw new Error('no QueryClientProvider under #root')
  const lists: HeldList[] = []
  for (const query of queryClient.getQueryCache().getAll()) {
    const data = query.state.data as { pages?: { events?: { id: string }[] }[] } | undefined
    if (!Array.isArray(data?.pages) || !data.pages.every((page) => Array.isArray(page.events))) continue
    const ids = new Set(data.pages.flatMap((page) => page.events!.map((event) => event.id)))
    lists.push({ key: JSON.stringify(query.queryKey), held: ids.size, observers: query.getObserversCount() })
  }
  return lists
}

/** The rows of the events grid that are in the DOM: type (raw, else label) and timestamp. */
export function readListRows(): { id: string; type: string; time: string }[] {
  const grid = document.querySelector('[role="grid"][aria-label="Authentication events"]')
  if (!grid) return []
  return [...grid.querySelectorAll<HTMLElement>('[role="row"][data-event-id]')].map((row) => ({
    id: row.dataset.eventId ?? '',
    // The raw type is on the row itself (the Event column shows only the label).
    type: row.dataset.type ?? '',
    time: row.querySelector('time')?.getAttribute('datetime') ?? '',
  }))
}

/** How old the newest row is (wall clock minus its timestamp), in ms; null with no rows. */
export function newestRowAgeMs(): number | null {
  const time = document.querySelector(
    '[role="grid"][aria-label="Authentication events"] [role="row"][aria-rowindex="2"] time',
  )
  const stamp = time?.getAttribute('datetime')
  return stamp ? Date.now() - Date.parse(stamp) : null
}

/** Today in the page's time zone, as the grid keys its days (`YYYY-MM-DD`). */
export function todayKey(): string {
  const now = new Date()
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The day (`YYYY-MM-DD`) of the instant `ms` in the page's time zone, as the grid keys days. */
export function dayKeyAt(ms: number): string {
  const at = new Date(ms)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}
