/**
 * The fixed cast of the generated data: people (some with non-Latin names), their usual
 * addresses (documentation ranges only, placed by the sample geo table) and devices, and the
 * organizations and teams they work in. Fictional; emails use reserved example domains.
 */

/** User agents seen in the data. */
export const AGENTS = {
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  winChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  winEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  winFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  linuxChrome:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  okhttp: 'okhttp/4.12.0',
  curl: 'curl/8.5.0',
  pythonRequests: 'python-requests/2.32.3',
  goHttp: 'Go-http-client/2.0',
} as const

/** One person: who they are, where they connect from, with what, and how active they are. */
export type Persona = {
  name: string
  email: string
  /** Usual addresses, most frequent first. */
  ips: readonly string[]
  agents: readonly string[]
  /** Relative activity (power users are much busier). */
  weight: number
  /** Admins ban and unban. */
  admin?: boolean
  /** Joins during the generated window (at this fraction of it) instead of before it. */
  joinsAt?: number
}

/** The people. */
export const PERSONAS: readonly Persona[] = [
  {
    name: 'Ana Souza',
    email: 'ana@example.com',
    ips: ['192.0.2.70', '192.0.2.71'],
    agents: [AGENTS.macSafari, AGENTS.iphone],
    weight: 9,
    admin: true,
  },
  {
    name: '陈伟',
    email: 'chen.wei@example.com',
    ips: ['192.0.2.140', '192.0.2.141'],
    agents: [AGENTS.winChrome, AGENTS.okhttp],
    weight: 7,
  },
  {
    name: 'Ольга Смирнова',
    email: 'olga@example.org',
    ips: ['198.51.100.20'],
    agents: [AGENTS.linuxFirefox, AGENTS.android],
    weight: 5,
  },
  {
    name: 'محمد العلي',
    email: 'm.alali@example.net',
    ips: ['198.51.100.140', '198.51.100.141'],
    agents: [AGENTS.android, AGENTS.winEdge],
    weight: 4,
  },
  {
    name: '佐藤 花子',
    email: 'hanako@example.jp',
    ips: ['192.0.2.150'],
    agents: [AGENTS.iphone, AGENTS.macChrome],
    weight: 4,
  },
  {
    name: 'Priya Sharma',
    email: 'priya@example.in',
    ips: ['203.0.113.140', '203.0.113.141'],
    agents: [AGENTS.android, AGENTS.okhttp, AGENTS.winChrome],
    weight: 6,
  },
  {
    name: 'Jamal Okafor',
    email: 'jamal@example.com',
    ips: ['198.51.100.150'],
    agents: [AGENTS.winChrome, AGENTS.android],
    weight: 3,
  },
  {
    name: 'Lena Fischer',
    email: 'lena.fischer@example.de',
    ips: ['198.51.100.30', '198.51.100.31'],
    agents: [AGENTS.winFirefox, AGENTS.winEdge],
    weight: 3,
    admin: true,
  },
  {
    name: 'João Pereira',
    email: 'joao@example.pt',
    ips: ['192.0.2.10'],
    agents: [AGENTS.macSafari, AGENTS.curl],
    weight: 3,
  },
  {
    name: 'Sam Taylor',
    email: 'sam@example.com',
    ips: ['203.0.113.20', '203.0.113.21'],
    agents: [AGENTS.macChrome, AGENTS.curl, AGENTS.okhttp],
    weight: 5,
  },
  {
    name: 'Zoë Łukasiewicz',
    email: 'zoe@example.com',
    ips: ['203.0.113.30'],
    agents: [AGENTS.winEdge, AGENTS.iphone],
    weight: 2,
    joinsAt: 0.2,
  },
  {
    name: '김민준',
    email: 'minjun@example.kr',
    ips: ['2001:db8::1a', '2001:db8:0:2::5'],
    agents: [AGENTS.linuxChrome, AGENTS.ipad],
    weight: 2,
    joinsAt: 0.45,
  },
  {
    name: 'Noah Williams',
    email: 'noah@example.ca',
    ips: ['2001:db8:0:3::9'],
    agents: [AGENTS.macChrome, AGENTS.iphone],
    weight: 2,
    joinsAt: 0.7,
  },
  {
    name: 'Fatima Zahra',
    email: 'fatima@example.com',
    ips: ['192.0.2.40'],
    agents: [AGENTS.android, AGENTS.winChrome],
    weight: 1,
    joinsAt: 0.9,
  },
]

/** The organizations and their teams. */
export const ORGANIZATIONS: readonly { name: string; slug: string; teams: readonly string[] }[] = [
  { name: 'Acme Corp', slug: 'acme', teams: ['Platform', 'Support'] },
  { name: 'Globex 株式会社', slug: 'globex', teams: ['Design', 'Data'] },
  { name: 'Initech Labs', slug: 'initech', teams: ['Research'] },
]

/** Organization roles. */
export const ROLES = ['member', 'admin', 'owner'] as const

/** OAuth providers. */
export const PROVIDERS = ['github', 'google', 'microsoft'] as const

/** Addresses and agents of credential-stuffing bursts. */
export const ATTACKERS: readonly { ip: string; agent: string }[] = [
  { ip: '198.51.100.201', agent: AGENTS.pythonRequests },
  { ip: '203.0.113.222', agent: AGENTS.curl },
  { ip: '198.51.100.250', agent: AGENTS.goHttp },
  { ip: '192.0.2.200', agent: AGENTS.okhttp },
]
