/**
 * Counts and activity days answered from the rollups of `rollupSchema.ts`, exactly:
 *
 * - no time bound: `<table>_rollup_total`;
 * - whole UTC days inside the range: `<table>_rollup_day`, each day given to the zone day of its
 *   noon; the hours of that UTC day that belong to another zone day (before 05:00 UTC in New York)
 *   are moved there from `<table>_rollup_hour` (subtracted from the noon's day, added to theirs);
 * - whole hours outside whole days: `<table>_rollup_hour`, or `<table>_rollup_4h` where all 4
 *   hours of a block go to the same day (an hour's groups grow with the rate of events until
 *   every key is there; a block's are nearly all there at 1M events a year);
 * - parts of an hour (a `since`/`until` not on the hour, or an hour a zone-day boundary cuts, as
 *   in Asia/Kolkata): counted from the table through the timestamp index; a part longer than half
 *   an hour is the hour's rollup minus the rest of the hour, so at most half an hour of rows is
 *   read at each edge.
 *
 * Days are told apart by their index among the boundaries the store computed (`dayStart`, the
 * client's own rule), so SQL never converts time zones. The groups come back raw — (day, type,
 * status, stored severity, n) — and the shared classification is applied here.
 */
import { classifyEvent } from '../../api/classify'
import type { Severity } from '../../api/types'
import type { StoreFilters } from '../store'
import { BLOCK_HOURS, rollupNames } from './rollupSchema'
import type { SqlClient } from './sqlClient'
import { SqlParams } from './sqlWhere'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const BLOCK = BLOCK_HOURS * HOUR

/** One group of events: all share the day index (0 without days), type and severity. */
export type RollupGroup = { day: number; type: string; severity: Severity; n: number }

/** Whether the rollups can answer `filters`: only type, status, severity and time filter them. */
export function rollupServes(filters: StoreFilters): boolean {
  return !filters.q?.trim() && !filters.userId && !filters.organizationId && !filters.sessionId
}

/**
 * The matching events in groups. With `boundaries` (the instants where one day of the window
 * ends and the next begins, ascending) each group has the index of its day (0 = before the first
 * boundary); without, every group has day 0.
 */
export async function rollupGroups(
  client: SqlClient,
  tableName: string,
  filters: StoreFilters,
  boundaries: number[] = [],
): Promise<RollupGroup[]> {
  const names = rollupNames(tableName)
  const params = new SqlParams()
  const keyFilter = (prefix: string) => {
    const clauses: string[] = []
    if (filters.types) clauses.push(`${prefix}type = ANY(${params.add(filters.types)}::text[])`)
    if (filters.status) clauses.push(`${prefix}status = ${params.add(filters.status)}`)
    return clauses
  }
  const where = (clauses: string[]) => (clauses.length ? `WHERE ${clauses.join(' AND ')}` : '')
  const since = filters.since?.getTime()
  const until = filters.until?.getTime()
  let sql: string
  if (since === undefined && until === undefined && boundaries.length === 0) {
    sql = `SELECT 0 AS day, type, status, severity, n FROM ${names.total} ${where(keyFilter(''))}`
  } else {
    const plan = planRange(since, until, boundaries)
    const parts: string[] = []
    const iso = (ms: number) => new Date(ms).toISOString()
    // Bound only when used: PostgreSQL cannot type a parameter no statement part mentions.
    let inner: string | undefined
    const dayOfEpoch = (epoch: string) => {
      if (!boundaries.length) return '0'
      inner ??= params.add(boundaries.map((ms) => ms / 1000))
      return `width_bucket((${epoch})::float8, ${inner}::float8[])`
    }
    if (plan.days) {
      const [from, to] = plan.days
      const clauses = keyFilter('')
      if (from !== -Infinity) clauses.push(`day >= ${params.add(iso(from))}::timestamptz`)
      if (to !== Infinity) clauses.push(`day < ${params.add(iso(to))}::timestamptz`)
      const noon = dayOfEpoch('extract(epoch FROM day) + 43200')
      parts.push(`SELECT ${noon} AS day, type, status, severity, n FROM ${names.day} ${where(clauses)}`)
    }
    for (const [rows, table, column] of [
      [plan.hours, names.hour, 'hour'],
      [plan.blocks, names.block, 'block'],
    ] as const) {
      if (!rows.length) continue
      const clauses = [`h.${column} = a.start`, ...keyFilter('h.')]
      // One index lookup per row (OFFSET 0 keeps the lateral from being flattened): a hash join
      // would read the whole rollup, which at 10M events is ten times the rows of the lookups.
      parts.push(
        `SELECT a.day, h.type, h.status, h.severity, h.n * a.sign AS n
         FROM unnest(${params.add(rows.map(([start]) => iso(start)))}::timestamptz[],
                     ${params.add(rows.map(([, day]) => day))}::int[],
                     ${params.add(rows.map(([, , sign]) => sign))}::int[]) AS a(start, day, sign)
         CROSS JOIN LATERAL (SELECT type, status, severity, n FROM ${table} AS h ${where(clauses)} OFFSET 0) AS h`,
      )
    }
    if (plan.raw.length) {
      const clauses = keyFilter('e.')
      const day = dayOfEpoch('extract(epoch FROM e.timestamp)')
      parts.push(
        `SELECT ${day} AS day, e.type, e.status, COALESCE(e.display_severity, '') AS severity, sum(r.sign) AS n
         FROM unnest(${params.add(plan.raw.map(([from]) => iso(from)))}::timestamptz[],
                     ${params.add(plan.raw.map(([, to]) => iso(to)))}::timestamptz[],
                     ${params.add(plan.raw.map(([, , sign]) => sign))}::int[]) AS r(s, e, sign)
         JOIN ${names.table} AS e ON e.timestamp >= r.s AND e.timestamp < r.e
         ${where(clauses)} GROUP BY 1, 2, 3, 4`,
      )
    }
    if (!parts.length) return []
    sql = `SELECT day, type, status, severity, sum(n) AS n FROM (${parts.join(' UNION ALL ')}) AS g
           GROUP BY 1, 2, 3, 4`
  }
  const { rows } = await client.query<{
    day: number | string
    type: string
    status: string
    severity: string
    n: number | string
  }>(sql, params.values)
  const classified = new Map<string, Severity>()
  const groups: RollupGroup[] = []
  for (const row of rows) {
    const n = Number(row.n)
    if (n === 0) continue
    const key = `${row.status}\u0000${row.severity}\u0000${row.type}`
    let severity = classified.get(key)
    if (severity === undefined) {
      severity = classifyEvent({
        type: row.type,
        status: row.status === 'failed' ? 'failed' : 'success',
        serverSeverity: row.severity || null,
      })
      classified.set(key, severity)
    }
    if (filters.severities && !filters.severities.includes(severity)) continue
    groups.push({ day: Number(row.day), type: row.type, severity, n })
  }
  return groups
}

/** Which rollup rows and table ranges cover [since, until) with days cut at `boundaries`. */
export type RangePlan = {
  /** Whole UTC days [from, to) read from the day rollup (each given to its noon's day). */
  days?: [number, number]
  /** Hour rollup rows: (hour, day index, +1 or −1). */
  hours: [number, number, 1 | -1][]
  /** 4-hour block rollup rows: (block start, day index, +1 or −1). */
  blocks: [number, number, 1 | -1][]
  /** Table ranges [from, to) counted row by row, added (+1) or subtracted (−1). */
  raw: [number, number, 1 | -1][]
}

/** Splits [since, until) (either open) into rollup days, rollup hours and table ranges. */
export function planRange(
  since: number | undefined,
  until: number | undefined,
  boundaries: number[],
): RangePlan {
  const dayIndex = (ms: number) => {
    let low = 0
    let high = boundaries.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (boundaries[mid]! <= ms) low = mid + 1
      else high = mid
    }
    return low
  }
  // A boundary strictly inside an hour splits it between two days: that hour is read row by row.
  const split = new Set(boundaries.filter((ms) => ms % HOUR !== 0).map((ms) => Math.floor(ms / HOUR) * HOUR))
  const plan: RangePlan = { hours: [], blocks: [], raw: [] }
  const lo = since ?? -Infinity
  const hi = until ?? Infinity
  if (lo >= hi) return plan
  const firstHour = Math.ceil(lo / HOUR) * HOUR
  const lastHour = Math.floor(hi / HOUR) * HOUR
  if (firstHour > lastHour) {
    plan.raw.push([lo, hi, 1])
    return plan
  }
  // A part [from, to) of one hour: from the table, or, when it is over half the hour (and no
  // boundary cuts the hour), the hour's rollup minus the rest of the hour from the table.
  const part = (from: number, to: number) => {
    const start = Math.floor(from / HOUR) * HOUR
    if (to - from <= HOUR / 2 || split.has(start)) {
      plan.raw.push([from, to, 1])
      return
    }
    plan.hours.push([start, dayIndex(start), 1])
    if (start < from) plan.raw.push([start, from, -1])
    if (to < start + HOUR) plan.raw.push([to, start + HOUR, -1])
  }
  if (lo < firstHour) part(lo, firstHour)
  if (lastHour < hi) part(lastHour, hi)
  const firstDay = Math.ceil(firstHour / DAY) * DAY
  const lastDay = Math.floor(lastHour / DAY) * DAY
  const hour = (start: number, inDay?: number) => {
    if (split.has(start)) {
      plan.raw.push([start, start + HOUR, 1])
      if (inDay !== undefined) plan.hours.push([start, inDay, -1])
      return
    }
    const day = dayIndex(start)
    if (inDay === undefined) plan.hours.push([start, day, 1])
    else if (day !== inDay) plan.hours.push([start, day, 1], [start, inDay, -1])
  }
  if (firstDay < lastDay) {
    plan.days = [firstDay, lastDay]
    if (Number.isFinite(firstHour)) for (let h = firstHour; h < firstDay; h += HOUR) hour(h)
    if (Number.isFinite(lastHour)) for (let h = lastDay; h < lastHour; h += HOUR) hour(h)
    // Only days a boundary falls in (or near) can hold hours of another day.
    if (boundaries.length) {
      for (
        let day = Math.max(firstDay, Math.floor(boundaries[0]! / DAY) * DAY - DAY);
        day < lastDay;
        day += DAY
      ) {
        if (day > boundaries.at(-1)! + DAY) break
        const noon = dayIndex(day + 12 * HOUR)
        for (let h = day; h < day + DAY; h += HOUR) hour(h, noon)
      }
    }
  } else {
    for (let h = firstHour; h < lastHour; h += HOUR) hour(h)
  }
  // Four whole hours of one block that go to the same day, with the same sign, are one block row.
  const blocks = new Map<string, [number, number, 1 | -1][]>()
  for (const entry of plan.hours) {
    const key = `${Math.floor(entry[0] / BLOCK)}:${entry[1]}:${entry[2]}`
    const group = blocks.get(key)
    if (group) group.push(entry)
    else blocks.set(key, [entry])
  }
  plan.hours = []
  for (const group of blocks.values()) {
    const [start, day, sign] = group[0]!
    if (group.length === BLOCK_HOURS) plan.blocks.push([Math.floor(start / BLOCK) * BLOCK, day, sign])
    else plan.hours.push(...group)
  }
  return plan
}
