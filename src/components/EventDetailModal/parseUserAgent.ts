/**
 * A small user-agent parser for the one line of the detail dialog. It replaces bowser (34 KB
 * minified, about 8 KB gzipped of the dashboard's first download, issue 12): the dialog needs
 * the browser, the OS and the kind of device of the agents people sign in with, not every
 * agent ever shipped. Rules are tried in order; the first that matches wins.
 */

/** A user agent, parsed for display. Unknown parts are absent. */
export type ParsedUserAgent = {
  /** e.g. "Chrome 120.0.0.0"; also HTTP clients such as "curl 8.5.0". */
  browser?: string
  /** e.g. "macOS 14.5 Sonoma", "Windows 10/11" (their agents are identical), "iOS 18.1". */
  os?: string
  /** `desktop`, `mobile`, `tablet`, `tv` or `bot`, with vendor and model when known, e.g. "mobile Apple iPhone". */
  device?: string
  /** The rendering engine, e.g. "Blink", "WebKit 605.1.15", "Gecko 20100101". */
  engine?: string
}

type Rule = readonly [name: string, pattern: RegExp]

// Order matters: Edge, Opera and Samsung also say "Chrome", Chrome also says "Safari".
const BOTS: readonly Rule[] = [
  ['Googlebot', /Googlebot\/([\d.]+)/],
  ['Bingbot', /bingbot\/([\d.]+)/i],
  ['DuckDuckBot', /DuckDuckBot\/([\d.]+)/],
  ['Applebot', /Applebot\/([\d.]+)/],
  ['YandexBot', /YandexBot\/([\d.]+)/],
  ['Baiduspider', /Baiduspider\/([\d.]+)/],
  ['facebookexternalhit', /facebookexternalhit\/([\d.]+)/],
]
const BROWSERS: readonly Rule[] = [
  ['Microsoft Edge', /Edg(?:e|A|iOS)?\/([\d.]+)/],
  ['Opera', /(?:OPR|OPX|Opera)\/([\d.]+)/],
  ['Samsung Internet', /SamsungBrowser\/([\d.]+)/],
  ['Yandex Browser', /YaBrowser\/([\d.]+)/],
  ['Vivaldi', /Vivaldi\/([\d.]+)/],
  ['Chrome', /CriOS\/([\d.]+)/],
  ['Firefox', /FxiOS\/([\d.]+)/],
  ['Chrome Headless', /HeadlessChrome\/([\d.]+)/],
  ['Firefox', /Firefox\/([\d.]+)/],
  ['Chromium', /Chromium\/([\d.]+)/],
  ['Chrome', /Chrome\/([\d.]+)/],
  ['Safari', /Version\/([\d.]+).*Safari\//],
  ['Internet Explorer', /MSIE ([\d.]+)|Trident\/.*rv:([\d.]+)/],
  // HTTP clients and scripts: what a credential-stuffing run or an API integration sends.
  ['curl', /^curl\/([\d.]+)/],
  ['Wget', /^Wget\/([\d.]+)/],
  ['okhttp', /okhttp\/([\d.]+)/],
  ['Postman', /PostmanRuntime\/([\d.]+)/],
  ['python-requests', /python-requests\/([\d.]+)/],
  ['axios', /axios\/([\d.]+)/],
  ['node-fetch', /node-fetch(?:\/([\d.]+))?/],
  ['Go HTTP client', /Go-http-client\/([\d.]+)/],
  ['Java', /^Java\/([\d.]+)/],
]

// The agents of Windows 10 and 11 are identical ("Windows NT 10.0"): say both, never "NT 10.0 10".
const WINDOWS: Record<string, string> = {
  '10.0': '10/11',
  '6.3': '8.1',
  '6.2': '8',
  '6.1': '7',
  '6.0': 'Vista',
  '5.2': 'XP',
  '5.1': 'XP',
}
const MACOS: Record<string, string> = {
  '10.13': 'High Sierra',
  '10.14': 'Mojave',
  '10.15': 'Catalina',
  '11': 'Big Sur',
  '12': 'Monterey',
  '13': 'Ventura',
  '14': 'Sonoma',
  '15': 'Sequoia',
}

const join = (...parts: (string | undefined)[]) =>
  parts.filter((part) => part && part.trim()).join(' ') || undefined

function firstMatch(
  rules: readonly Rule[],
  userAgent: string,
): { name: string; version?: string } | undefined {
  for (const [name, pattern] of rules) {
    const match = pattern.exec(userAgent)
    if (match) return { name, version: match.slice(1).find(Boolean) }
  }
  return undefined
}

function parseOs(ua: string): string | undefined {
  let match: RegExpExecArray | null
  if ((match = /Windows Phone(?: OS)? ([\d.]+)/.exec(ua))) return join('Windows Phone', match[1])
  if ((match = /Windows NT ([\d.]+)/.exec(ua))) return join('Windows', WINDOWS[match[1]!] ?? `NT ${match[1]}`)
  if (/Windows/.test(ua)) return 'Windows'
  if ((match = /(?:iPhone|iPad|iPod).*? OS ([\d_]+)/.exec(ua)))
    return join('iOS', match[1]!.replaceAll('_', '.'))
  if ((match = /Mac OS X ([\d_.]+)/.exec(ua))) {
    const version = match[1]!.replaceAll('_', '.')
    const [major, minor] = version.split('.')
    return join('macOS', version, MACOS[major === '10' ? `10.${minor}` : major!])
  }
  if (/Macintosh/.test(ua)) return 'macOS'
  if ((match = /Android ([\d.]+)/.exec(ua))) return join('Android', match[1])
  if (/CrOS/.test(ua)) return 'Chrome OS'
  if ((match = /Tizen ([\d.]+)/.exec(ua))) return join('Tizen', match[1])
  if (/Web0S|webOS/.test(ua)) return 'webOS'
  if (/Linux|X11/.test(ua)) return 'Linux'
  return undefined
}

function parseDevice(ua: string, bot: boolean): string | undefined {
  if (bot) return join('bot', /Googlebot/.test(ua) ? 'Google' : undefined)
  if (/SMART-TV|SmartTV|\bTV\b|Tizen|Web0S|webOS|AppleTV|CrKey/.test(ua)) return 'tv'
  const apple = /(iPad|iPhone|iPod)/.exec(ua)
  if (apple) return join(apple[1] === 'iPad' ? 'tablet' : 'mobile', 'Apple', apple[1])
  const android = /Android [\d.]+; (?:[a-z]{2}[-_][a-z]{2}; )?([^;)]+?)(?: Build\/[^;)]*)?[;)]/i.exec(ua)
  if (/Android/.test(ua)) {
    // Chrome's reduced agent says "K" instead of the model; "wv" marks a web view, not a model.
    const model = android && !/^(K|wv|Linux|U)$/.test(android[1]!.trim()) ? android[1]!.trim() : undefined
    return join(/Mobile/.test(ua) ? 'mobile' : 'tablet', model)
  }
  if (/Mobile|Opera Mini/.test(ua)) return 'mobile'
  if (/Tablet/.test(ua)) return 'tablet'
  if (/Macintosh/.test(ua)) return 'desktop Apple'
  if (/Windows|X11|Linux|CrOS/.test(ua)) return 'desktop'
  return undefined
}

function parseEngine(ua: string, browser: string | undefined): string | undefined {
  let match: RegExpExecArray | null
  if (/Trident\//.test(ua) || browser === 'Internet Explorer') return 'Trident'
  if ((match = /Edge\/([\d.]+)/.exec(ua))) return join('EdgeHTML', match[1])
  // Every browser on iOS is WebKit, whatever it calls itself.
  if (/(?:iPhone|iPad|iPod)/.test(ua) && (match = /AppleWebKit\/([\d.]+)/.exec(ua)))
    return join('WebKit', match[1])
  if (/Chrome\/|Chromium\/|OPR\//.test(ua)) return 'Blink'
  if ((match = /Gecko\/([\d.]+)/.exec(ua)) && /rv:/.test(ua)) return join('Gecko', match[1])
  if ((match = /AppleWebKit\/([\d.]+)/.exec(ua))) return join('WebKit', match[1])
  return undefined
}

/**
 * Parses a user-agent string for display. Never throws: an empty or unknown string gives `{}`
 * (or only the parts it recognises).
 * @example parseUserAgent(navigator.userAgent).browser // 'Chrome 120.0.0.0'
 */
export function parseUserAgent(userAgent: string | undefined): ParsedUserAgent {
  const ua = userAgent?.trim()
  if (!ua) return {}
  const bot = firstMatch(BOTS, ua)
  const browser = bot ?? firstMatch(BROWSERS, ua)
  const browserText = browser ? join(browser.name, browser.version) : undefined
  const result: ParsedUserAgent = {
    browser: browserText,
    os: bot ? undefined : parseOs(ua),
    device: parseDevice(ua, Boolean(bot)),
    engine: bot ? undefined : parseEngine(ua, browser?.name),
  }
  for (const key of Object.keys(result) as (keyof ParsedUserAgent)[]) if (!result[key]) delete result[key]
  return result
}
