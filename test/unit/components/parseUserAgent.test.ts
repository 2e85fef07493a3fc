import { describe, expect, it } from 'vitest'
import { parseUserAgent } from '../../../src/components/EventDetailModal/parseUserAgent'

// The agents the demo's generator and the backends' doubles send, and a few more people sign in with.
const AGENTS = {
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  winChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  winEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  win7Firefox: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  pixel:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  reducedAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  androidTablet:
    'Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  samsungTv:
    'Mozilla/5.0 (SMART-TV; Linux; Tizen 6.0) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/4.0 Chrome/76.0.3809.146 TV Safari/537.36',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
}

describe('parseUserAgent', () => {
  it('names browser, OS and device of desktop agents', () => {
    expect(parseUserAgent(AGENTS.macChrome)).toEqual({
      browser: 'Chrome 120.0.0.0',
      os: 'macOS 10.15.7 Catalina',
      device: 'desktop Apple',
      engine: 'Blink',
    })
    expect(parseUserAgent(AGENTS.macSafari)).toMatchObject({
      browser: 'Safari 17.5',
      os: 'macOS 14.5 Sonoma',
    })
    expect(parseUserAgent(AGENTS.winEdge)).toMatchObject({
      browser: 'Microsoft Edge 131.0.0.0',
      device: 'desktop',
    })
    expect(parseUserAgent(AGENTS.win7Firefox)).toMatchObject({ browser: 'Firefox 133.0', os: 'Windows 7' })
    expect(parseUserAgent(AGENTS.linuxFirefox)).toMatchObject({ os: 'Linux', engine: 'Gecko 20100101' })
  })

  it('says "Windows 10/11", never "Windows NT 10.0 10" (the two send the same agent)', () => {
    expect(parseUserAgent(AGENTS.winChrome).os).toBe('Windows 10/11')
  })

  it('tells phones, tablets, TVs and bots apart, with the model when the agent names it', () => {
    expect(parseUserAgent(AGENTS.iphone)).toMatchObject({ os: 'iOS 18.1', device: 'mobile Apple iPhone' })
    expect(parseUserAgent(AGENTS.iphoneChrome)).toMatchObject({
      browser: 'Chrome 131.0.6778.73',
      engine: 'WebKit 605.1.15',
    })
    expect(parseUserAgent(AGENTS.ipad).device).toBe('tablet Apple iPad')
    expect(parseUserAgent(AGENTS.pixel)).toMatchObject({ os: 'Android 14', device: 'mobile Pixel 8' })
    expect(parseUserAgent(AGENTS.reducedAndroid).device).toBe('mobile')
    expect(parseUserAgent(AGENTS.androidTablet).device).toBe('tablet SM-X700')
    expect(parseUserAgent(AGENTS.samsungTv)).toMatchObject({ browser: 'Samsung Internet 4.0', device: 'tv' })
    expect(parseUserAgent(AGENTS.googlebot)).toEqual({ browser: 'Googlebot 2.1', device: 'bot Google' })
  })

  it('names HTTP clients and returns nothing for an empty or unknown agent', () => {
    expect(parseUserAgent('curl/8.5.0')).toEqual({ browser: 'curl 8.5.0' })
    expect(parseUserAgent('okhttp/4.12.0')).toEqual({ browser: 'okhttp 4.12.0' })
    expect(parseUserAgent('')).toEqual({})
    expect(parseUserAgent('   ')).toEqual({})
    expect(parseUserAgent(undefined)).toEqual({})
    expect(parseUserAgent('something/odd')).toEqual({})
  })
})
