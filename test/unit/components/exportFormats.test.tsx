import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { MASK } from '../../../src/api/mask'
import { csvCell, CSV_COLUMNS, eventsToCsv } from '../../../src/components/export/csv'
import { ExportButtons } from '../../../src/components/export/ExportButtons'
import { eventsToJson } from '../../../src/components/export/json'
import { makeEvent } from './sharedTestEvents'

/** Minimal RFC 4180 parser, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i += 1
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i += 1
    } else cell += ch
  }
  return rows
}

const secretEvent = makeEvent({
  id: 'evt-secret',
  type: 'session.created',
  message: '=HYPERLINK("http://evil.example","click")',
  userId: '+33 6 12',
  userAgent: '-cmd|calc',
  metadata: {
    token: 'sess_abc123',
    email: 'ada@example.com',
    nested: { refresh_token: 'r-1', error: { code: 'E1' } },
  },
})

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
  ])('writes %j as %j', (input, output) => {
    expect(csvCell(input)).toBe(output)
  })
})

describe('eventsToCsv', () => {
  it('has a header row, CRLF line ends and one row per event', () => {
    const csv = eventsToCsv([makeEvent(), makeEvent({ id: 'evt-2' })])
    expect(csv.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(csv)
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(3)
    expect(rows[1]![CSV_COLUMNS.indexOf('timestamp')]).toBe('2026-11-20T11:59:58.123Z')
  })

  it('neutralises formulas and masks secrets by default', () => {
    const csv = eventsToCsv([secretEvent], { mask: true })
    expect(csv).not.toContain('sess_abc123')
    expect(csv).not.toContain('r-1')
    const row = parseCsv(csv)[1]!
    const cell = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)]
    expect(cell('message')).toBe('\'=HYPERLINK("http://evil.example","click")')
    expect(cell('userId')).toBe("'+33 6 12")
    expect(cell('userAgent')).toBe("'-cmd|calc")
    expect(JSON.parse(cell('metadata')!)).toEqual({
      token: MASK,
      email: 'ada@example.com',
      nested: { refresh_token: MASK, error: { code: 'E1' } },
    })
  })

  it('keeps secrets only when asked, and can start with a BOM', () => {
    const csv = eventsToCsv([secretEvent], { mask: false, bom: true })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain('sess_abc123')
  })
})

describe('eventsToJson', () => {
  it('writes ISO timestamps and masked metadata, without the raw answer', () => {
    const parsed = JSON.parse(eventsToJson([secretEvent])) as Record<string, unknown>[]
    expect(parsed[0]).toMatchObject({ id: 'evt-secret', timestamp: '2026-11-20T11:59:58.123Z' })
    expect(parsed[0]!.metadata).toEqual({
      token: MASK,
      email: 'ada@example.com',
      nested: { refresh_token: MASK, error: { code: 'E1' } },
    })
    expect(parsed[0]).not.toHaveProperty('raw')
    const withRaw = JSON.parse(
      eventsToJson([{ ...secretEvent, raw: { metadata: { token: 'sess_abc123' } } }], { includeRaw: true }),
    )
    expect(JSON.stringify(withRaw)).not.toContain('sess_abc123')
  })
})

describe('ExportButtons', () => {
  afterEach(() => {
    // @ts-expect-error -- removing the jsdom stand-ins added below
    delete URL.createObjectURL
    // @ts-expect-error -- see above
    delete URL.revokeObjectURL
  })

  it('downloads the masked CSV and JSON of the given events', async () => {
    // jsdom has no object URLs: capture the Blob a real browser would save.
    const blobs: Blob[] = []
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob)
        return 'blob:test'
      },
      revokeObjectURL: () => undefined,
    })
    const clicked: string[] = []
    const onClick = (e: MouseEvent) => {
      const link = e.target as HTMLAnchorElement
      if (link.tagName === 'A') {
        clicked.push(link.download)
        e.preventDefault()
      }
    }
    document.addEventListener('click', onClick, true)
    render(<ExportButtons events={[secretEvent]} fileName="audit" />)
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }))
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }))
    document.removeEventListener('click', onClick, true)
    expect(clicked).toEqual([
      expect.stringMatching(/^audit-\d{4}-\d\d-\d\d-\d{4}\.csv$/),
      expect.stringMatching(/\.json$/),
    ])
    const [csv, json] = await Promise.all(blobs.map((blob) => blob.text()))
    expect(csv).toContain("'=HYPERLINK")
    expect(csv).not.toContain('sess_abc123')
    expect(json).not.toContain('sess_abc123')
  })

  it('is disabled when there is nothing to export', () => {
    render(<ExportButtons events={[]} />)
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled()
  })
})
