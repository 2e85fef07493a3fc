/**
 * Saves `content` as a file in the browser (a temporary object URL clicked through a hidden
 * link). Does nothing outside a browser.
 * @example downloadFile(eventsToJson(events), 'auth-events.json', 'application/json')
 */
export function downloadFile(content: string, fileName: string, mimeType: string): void {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the URL after the click returns; release it on the next tick.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** A file name with the current local date and time, e.g. `auth-events-2025-03-02-1405.csv`. */
export function timestampedFileName(base: string, extension: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`
  return `${base}-${stamp}.${extension}`
}
