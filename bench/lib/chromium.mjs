/**
 * Debian's Chromium for the browser benchmarks, through playwright-core (a tool's own browser
 * download cannot work on this machine): `/usr/bin/chromium`, or `CHROMIUM_PATH`.
 * @param {{ args?: string[] }} [options] Extra command-line switches.
 */
export async function launchChromium({ args } = {}) {
  const { chromium } = await import('playwright-core')
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...(args ? { args } : {}),
  })
}
