import Bowser from 'bowser'

/** A user agent, parsed for display. Unknown parts are absent. */
export type ParsedUserAgent = {
  /** e.g. "Chrome 120.0.0.0" */
  browser?: string
  /** e.g. "macOS 14.1 Sonoma" */
  os?: string
  /** `desktop`, `mobile`, `tablet`, `tv`, `bot`… with vendor and model when known. */
  device?: string
  /** The rendering engine, e.g. "Blink". */
  engine?: string
}

const join = (...parts: (string | undefined)[]) =>
  parts.filter((part) => part && part.trim()).join(' ') || undefined

/**
 * Parses a user-agent string with bowser. Never throws: an empty or unparsable string gives `{}`.
 * @example parseUserAgent(navigator.userAgent).browser // 'Chrome 120.0.0.0'
 */
export function parseUserAgent(userAgent: string | undefined): ParsedUserAgent {
  if (!userAgent || !userAgent.trim()) return {}
  try {
    const { browser, os, platform, engine } = Bowser.parse(userAgent)
    return {
      browser: join(browser.name, browser.version),
      os: join(os.name, os.version, os.versionName),
      device: join(platform.type, platform.vendor, platform.model),
      engine: join(engine.name, engine.version),
    }
  } catch {
    return {}
  }
}
