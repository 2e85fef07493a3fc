import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'

/**
 * Debian's Chromium, headless, as the browser tests run it (`CHROMIUM_PATH` overrides the path).
 * The flags stop its refused outbound connections on a closed network.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
