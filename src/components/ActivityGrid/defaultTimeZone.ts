/** The runtime's IANA time zone (the browser's, or the server's during SSR: pass `timeZone` there). */
export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
