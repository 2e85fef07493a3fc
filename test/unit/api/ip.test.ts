import { describe, expect, it } from 'vitest'
import { countryFlag, firstForwardedIp, isResolvableIp, parseIpv6 } from '../../../src/api/ip'

describe('firstForwardedIp', () => {
  it.each([
    ['203.0.113.7, 10.0.0.1', '203.0.113.7'],
    ['  203.0.113.7  ', '203.0.113.7'],
    ['203.0.113.7:8443, 10.0.0.1', '203.0.113.7'],
    ['[2001:db8::1]:443, 10.0.0.1', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['2001:db8::1, 10.0.0.1', '2001:db8::1'],
    ['"203.0.113.7"', '203.0.113.7'],
  ])('%s → %s', (value, expected) => {
    expect(firstForwardedIp(value)).toBe(expected)
  })

  it.each([null, undefined, '', '   ', ', 10.0.0.1', 'unknown, 10.0.0.1'])('%s → undefined', (value) => {
    expect(firstForwardedIp(value)).toBeUndefined()
  })
})

describe('isResolvableIp', () => {
  it.each([
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '127.0.0.1',
    '127.8.8.8',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '224.0.0.1',
    '239.255.255.250',
    '255.255.255.255',
    '240.0.0.1',
    '::',
    '::1',
    'fe80::1',
    'fe80::1%eth0',
    'febf::1',
    'fc00::1',
    'fd12:3456:789a::1',
    'ff02::1',
    '::ffff:10.0.0.1',
    '::ffff:192.168.0.1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '0:0:0:0:0:ffff:a9fe:a9fe',
    '64:ff9b::10.0.0.1',
    '2002:c0a8:0101::1',
    '1::',
    '100::1',
  ])('never sends the non-public address %s', (ip) => {
    expect(isResolvableIp(ip)).toBe(false)
  })

  it.each([
    '',
    'unknown',
    '1.2.3',
    '1.2.3.4.5',
    '256.1.1.1',
    '01.2.3.4',
    '1.2.3.-4',
    '203.0.113.7:443',
    '203.0.113.7, 10.0.0.1',
    '2001:db8::1::2',
    '2001:db8:::1',
    '12345::1',
    'g::1',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    ':1:2:3:4:5:6:7',
    '[2001:db8::1]',
    '::ffff:999.1.1.1',
  ])('refuses the malformed address %s', (ip) => {
    expect(isResolvableIp(ip)).toBe(false)
  })

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '100.63.255.255',
    '100.128.0.1',
    '172.15.255.255',
    '172.32.0.1',
    '192.0.2.1',
    '198.51.100.23',
    '203.0.113.7',
    ' 203.0.113.7 ',
    '2001:db8::1',
    '2001:0db8:0000:0000:0000:0000:0000:0001',
    '2606:4700:4700::1111',
    '2a00:1450:4001:81c::200e',
    '::ffff:203.0.113.7',
    '::ffff:cb00:7107',
    '64:ff9b::203.0.113.7',
    '2001:2:3:4:5:6:7::',
    '2001:db8:1:2:3:4:1.2.3.4',
  ])('sends the public (or documentation) address %s', (ip) => {
    expect(isResolvableIp(ip)).toBe(true)
  })
})

describe('parseIpv6', () => {
  it('expands :: compression and embedded IPv4', () => {
    expect(parseIpv6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1])
    expect(parseIpv6('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
    expect(parseIpv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304])
    expect(parseIpv6('1::')).toEqual([1, 0, 0, 0, 0, 0, 0, 0])
    expect(parseIpv6('1.2.3.4::')).toBeUndefined()
  })
})

describe('countryFlag', () => {
  it('builds the flag from regional indicators', () => {
    expect(countryFlag('PT')).toBe('🇵🇹')
    expect(countryFlag('nl')).toBe('🇳🇱')
    expect(countryFlag('PT')).toBe('\u{1F1F5}\u{1F1F9}')
  })

  it.each([undefined, '', 'P', 'PRT', '12', 'Unknown', 'P1'])('gives an empty string for %s', (code) => {
    expect(countryFlag(code)).toBe('')
  })
})
