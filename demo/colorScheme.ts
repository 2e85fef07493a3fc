// The demo page's colour scheme: `?scheme=light|dark|system` wins (links and screenshots), then
// the visitor's last choice, else the system's. The page's `color-scheme` follows it, so the
// whole page darkens (system colours, scrollbars, form controls), not only the dashboard.
import type { ColorScheme } from 'react-auth-events'

export const COLOR_SCHEMES: readonly ColorScheme[] = ['light', 'dark', 'system']
const STORAGE_KEY = 'react-auth-events-demo:color-scheme'

const isScheme = (value: unknown): value is ColorScheme => COLOR_SCHEMES.includes(value as ColorScheme)

/** The scheme to start with. */
export function initialColorScheme(): ColorScheme {
  const fromUrl = new URLSearchParams(window.location.search).get('scheme')
  if (isScheme(fromUrl)) return fromUrl
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    if (isScheme(stored)) return stored
  } catch {
    // Storage can be blocked (private modes, sandboxed frames): the system's scheme then.
  }
  return 'system'
}

/** Applies `scheme` to the page and remembers it. */
export function applyColorScheme(scheme: ColorScheme): void {
  document.documentElement.style.colorScheme = scheme === 'system' ? 'light dark' : scheme
  try {
    window.localStorage.setItem(STORAGE_KEY, scheme)
  } catch {
    // Not remembered; it still applies to this visit.
  }
}
