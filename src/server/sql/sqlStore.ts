/**
 * An {@link EventStore} over PostgreSQL (PGlite or a real server). Filters, counts and activity
 * days are SQL aggregates; paging is a keyset on (timestamp, id), so no question loads the table.
 */
import { addToBuckets, emptyActivityDay, emptyBuckets } from '../../api/aggregate'
import { getEventTypeInfo } from '../../api/catalogue/catalogue'
import { classifyEvent, parseSeverity } from '../../api/classify'
import { fromRow, insertBatch, type Row } from './sqlRows'
import { addDays, dayStart } from '../../api/dates'
import type { ActivityDay, BucketCounts, Severity } from '../../api/types'
import { prepareStoredEvent } from '../convert'
import { decodeCursor, encodeCursor } from '../cursor'
import { StoreQueryError, type EventStore, type StoreListResult } from '../store'
import { SELECT_COLUMNS, createTableStatements } from './schema'
import { SEARCH_EMAILS_FUNCTION, searchIndexStatements } from './searchIndex'
import { rollupNames, rollupStatement } from './rollupSchema'
import { rollupGroups, rollupServes } from './rollupQueries'
import { zoneDayBoundaries } from './zoneDays'
import { counterRegclass, sequenceNames, sequenceStatements } from './sequenceSchema'
import { createInsertListeners } from '../insertListeners'
import { quoteTableName, type SqlClient } from './sqlClient'
import { SqlParams, buildWhere, severityExpression, type DefaultSeverityLists } from './sqlWhere'

/** Options of {@link createSqlStore}. */
export type SqlStoreOptions = {
  /** Runs the queries (PGlite, a `pg` pool, or your own). */
  client: SqlClient
  /** Studio's table name. @default 'auth_events' */
  tableName?: string
  /**
   * When the table is created if missing: `'initialize'` on the first `initialize()` (what Studio's
   * status route does), `true` at once, `false` never (an existing Studio table is used as is).
   * @default 'initialize'
   */
  createTable?: boolean | 'initialize'
  /** Rows per INSERT statement. @default 1000 */
  insertBatchSize?: number
  /**
   * Keep the `sequence` extension's commit-ordered `seq` (a `seq` column, a counter table and a
   * trigger, added when the table is created or migrated on `initialize()`). With
   * `createTable: false` the store uses a sequence someone else migrated, and has none otherwise.
   * @default true
   */
  sequence?: boolean
  /**
   * Keep rollups (events per UTC hour and per type, status and stored severity, maintained by
   * statement-level triggers, backfilled on `initialize()`), so counts, activity and the type
   * list read a few thousand rows instead of the table. With `createTable: false` the store uses
   * rollups someone else created, and reads the table otherwise.
   * @default true
   */
  rollup?: boolean
}

/** A SQL store, with `close()` to release the database. */
export type SqlEventStore = EventStore & {
  /** Releases the database (a pool the store did not open is left open). */
  close(): Promise<void>
  /** The query runner the store uses. */
  readonly client: SqlClient
  /** The highest committed seq; null when the table holds no event. */
  headSeq(): Promise<string | null>
  /** Creates or migrates the table (done once, before the first query). */
  initialize(): Promise<void>
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
// Types whose catalogue default is looked up in SQL; refreshed when other writers may add types.
const TYPE_CACHE_MS = 30_000
/**
 * A page's `total` when the rollups cannot answer (search, user, organization or session filters)
 * is counted up to this many matches; beyond it `total` is null and `totalMoreThan` says this.
 */
export const TOTAL_COUNT_CAP = 10_000

/** Creates a store over `client`. */
export function createSqlStore(options: SqlStoreOptions): SqlEventStore {
  const { client } = options
  const tableName = options.tableName ?? 'auth_events'
  const table = quoteTableName(tableName)
  const batchSize = options.insertBatchSize ?? 1000
  const createMode = options.createTable ?? 'initialize'
  let tableExists = false
  let creating: Promise<void> | undefined
  let knownTypes: { types: Set<string>; at: number } | undefined
  const wantSequence = options.sequence ?? true
  const names = sequenceNames(tableName)
  // Whether the seq column and counter exist: 'on' once seen, re-checked a while after 'off'.
  let sequenceState: { on: boolean; at: number } | undefined
  const wantRollup = options.rollup ?? true
  const rollup = rollupNames(tableName)
  let rollupState: { on: boolean; at: number } | undefined
  const inserted = createInsertListeners()

  const ensureTable = () => {
    creating ??= (async () => {
      for (const statement of createTableStatements(tableName)) await client.query(statement)
      for (const statement of searchIndexStatements(tableName)) {
        // Optional: without pg_trgm (or the right to create it) search still works, by a scan.
        await client.query(statement).catch(() => undefined)
      }
      if (wantSequence) {
        for (const statement of sequenceStatements(tableName)) await client.query(statement)
        sequenceState = { on: true, at: Date.now() }
      }
      if (wantRollup) {
        await client.query(rollupStatement(tableName))
        rollupState = { on: true, at: Date.now() }
      }
      tableExists = true
    })().catch((error: unknown) => {
      creating = undefined
      throw error
    })
    return creating
  }
  if (createMode === true) void ensureTable().catch(() => undefined)

  const isReady = async () => {
    if (tableExists) return true
    if (creating) await creating.catch(() => undefined)
    const { rows } = await client.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [
      tableName,
    ])
    tableExists = rows[0]?.exists === true
    return tableExists
  }

  const hasSequence = async (): Promise<boolean> => {
    if (!wantSequence) return false
    if (sequenceState?.on || (sequenceState && Date.now() - sequenceState.at < TYPE_CACHE_MS))
      return sequenceState.on
    const { rows } = await client.query<{ on: boolean }>('SELECT to_regclass($1) IS NOT NULL AS on', [
      counterRegclass(tableName),
    ])
    sequenceState = { on: rows[0]?.on === true, at: Date.now() }
    return sequenceState.on
  }
  const hasRollup = async (): Promise<boolean> => {
    if (!wantRollup) return false
    if (rollupState?.on || (rollupState && Date.now() - rollupState.at < TYPE_CACHE_MS)) return rollupState.on
    const { rows } = await client.query<{ on: boolean }>(
      `SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL AND to_regclass($3) IS NOT NULL
         AND to_regclass($4) IS NOT NULL AS on`,
      [rollup.totalRegclass, rollup.dayRegclass, rollup.hourRegclass, rollup.blockRegclass],
    )
    rollupState = { on: rows[0]?.on === true, at: Date.now() }
    return rollupState.on
  }
  // Whether the search index's function exists (a table made elsewhere may have neither).
  let searchState: { on: boolean; at: number } | undefined
  const searchIndexed = async (filters: { q?: string }): Promise<boolean> => {
    if (!filters.q?.trim()) return false
    if (searchState && (searchState.on || Date.now() - searchState.at < TYPE_CACHE_MS)) return searchState.on
    const { rows } = await client.query<{ on: boolean }>(
      `SELECT to_regprocedure('${SEARCH_EMAILS_FUNCTION}(jsonb)') IS NOT NULL AS on`,
    )
    searchState = { on: rows[0]?.on === true, at: Date.now() }
    return searchState.on
  }
  const columns = async () => ((await hasSequence()) ? `${SELECT_COLUMNS}, seq` : SELECT_COLUMNS)

  const severityDefaults = async (): Promise<DefaultSeverityLists> => {
    if (await hasRollup()) {
      // The all-time rollup holds one row per (type, status, severity): the type list is read,
      // never scanned for, and is current for every writer.
      const { rows } = await client.query<{ type: string }>(`SELECT DISTINCT type FROM ${rollup.total}`)
      knownTypes = { types: new Set(rows.map((row) => row.type)), at: Date.now() }
    } else if (!knownTypes || Date.now() - knownTypes.at > TYPE_CACHE_MS) {
      // A loose index scan on the type index: one probe per distinct type, not a scan of the
      // table (0.7 ms against 133 ms for DISTINCT at 100,000 rows, BENCHMARKS.md).
      const { rows } = await client.query<{ type: string }>(
        `WITH RECURSIVE t AS (
           SELECT min(type) AS type FROM ${table}
           UNION ALL
           SELECT (SELECT min(type) FROM ${table} WHERE type > t.type) FROM t WHERE t.type IS NOT NULL
         ) SELECT type FROM t WHERE type IS NOT NULL`,
      )
      knownTypes = { types: new Set(rows.map((row) => row.type)), at: Date.now() }
    }
    const lists: DefaultSeverityLists = { failed: [], warning: [], success: [] }
    for (const type of knownTypes.types) {
      const bucket = classifyEvent({ type, status: 'success' })
      if (bucket !== 'info') lists[bucket].push(type)
    }
    return lists
  }

  return {
    client,
    async initialize() {
      if (createMode !== false) await ensureTable()
    },
    ready: isReady,
    async check() {
      await client.query('SELECT 1')
    },

    async insert(events) {
      if (!events.length) return
      if (createMode !== false) await ensureTable()
      const prepared = events.map(prepareStoredEvent)
      for (let start = 0; start < prepared.length; start += batchSize) {
        const counter = (await hasSequence()) ? names.counter : undefined
        await insertBatch(client, table, prepared.slice(start, start + batchSize), counter)
      }
      if (knownTypes) for (const event of prepared) knownTypes.types.add(event.type)
      inserted.notify()
    },

    onInsert: (listener) => inserted.add(listener),

    async headSeq() {
      if (!(await hasSequence())) return null
      const { rows } = await client.query<{ n: string }>(
        `SELECT n::text AS n FROM ${names.counter} WHERE id = 1`,
      )
      return rows[0]?.n ?? '0'
    },

    async list(query): Promise<StoreListResult> {
      const params = new SqlParams()
      const defaults = await severityDefaults()
      const where = buildWhere(query.filters, params, defaults, await searchIndexed(query.filters))
      if (query.afterSeq !== undefined) {
        if (!(await hasSequence()) || !/^\d{1,18}$/.test(query.afterSeq))
          throw new StoreQueryError('afterSeq', 'afterSeq is not a seq of this store')
        const conditions = [`seq > ${params.add(query.afterSeq)}::bigint`]
        if (where) conditions.push(where.slice('WHERE '.length))
        const limit = Math.max(1, query.limit)
        const { rows } = await client.query<Row>(
          `SELECT ${await columns()} FROM ${table} WHERE ${conditions.join(' AND ')}
           ORDER BY seq ASC LIMIT ${params.add(limit + 1)}`,
          params.values,
        )
        return {
          events: rows.slice(0, limit).map(fromRow),
          hasMore: rows.length > limit,
          nextCursor: null,
          total: null,
        }
      }
      const direction = query.sort === 'asc' ? 'ASC' : 'DESC'
      const conditions = where ? [where.slice('WHERE '.length)] : []
      if (query.cursor !== undefined) {
        const cursor = decodeCursor(query.cursor)
        if (!cursor || !UUID.test(cursor.id))
          throw new StoreQueryError('cursor', 'cursor is not a cursor this server issued')
        const op = query.sort === 'asc' ? '>' : '<'
        conditions.push(
          `(timestamp, id) ${op} (${params.add(new Date(cursor.timestamp).toISOString())}::timestamptz, ${params.add(cursor.id)}::uuid)`,
        )
      }
      const limit = Math.max(1, query.limit)
      const offset = query.cursor === undefined ? Math.max(0, query.offset ?? 0) : 0
      const { rows } = await client.query<Row>(
        `SELECT ${await columns()} FROM ${table}
         ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
         ORDER BY ${table}.timestamp ${direction}, ${table}.id ${direction}
         LIMIT ${params.add(limit + 1)} OFFSET ${params.add(offset)}`,
        params.values,
      )
      const hasMore = rows.length > limit
      const events = rows.slice(0, limit).map(fromRow)
      const last = events.at(-1)
      let total: number | null = null
      let totalMoreThan: number | undefined
      if (query.withTotal !== false) {
        if (rollupServes(query.filters) && (await hasRollup())) {
          total = (await rollupGroups(client, tableName, query.filters)).reduce(
            (sum, group) => sum + group.n,
            0,
          )
        } else if (query.cursor === undefined && offset === 0 && !hasMore) {
          // The first page holds every match: its length is the total (a rare needle's search is
          // not run a second time to count it).
          total = events.length
        } else {
          // Counting every match of a search grows with the table; a page needs "more than 10,000".
          // In timestamp order, so a common needle's count can stop after 10,001 rows of the
          // timestamp index instead of a bitmap of all its matches (1.4 s for 4M entries at 10M).
          const countParams = new SqlParams()
          const countWhere = buildWhere(
            query.filters,
            countParams,
            defaults,
            await searchIndexed(query.filters),
          )
          const answer = await client.query<{ n: number | string }>(
            `SELECT count(*) AS n FROM (SELECT 1 FROM ${table} ${countWhere}
               ORDER BY ${table}.timestamp DESC LIMIT ${countParams.add(TOTAL_COUNT_CAP + 1)}) AS capped`,
            countParams.values,
          )
          total = Number(answer.rows[0]?.n ?? 0)
          if (total > TOTAL_COUNT_CAP) {
            total = null
            totalMoreThan = TOTAL_COUNT_CAP
          }
        }
      }
      return {
        events,
        hasMore,
        nextCursor:
          hasMore && last
            ? encodeCursor({ timestamp: new Date(last.timestamp).getTime(), id: last.id, sort: query.sort })
            : null,
        total,
        ...(totalMoreThan === undefined ? {} : { totalMoreThan }),
      }
    },

    async count(query): Promise<BucketCounts> {
      if (rollupServes(query.filters) && (await hasRollup())) {
        const buckets = emptyBuckets()
        for (const group of await rollupGroups(client, tableName, query.filters))
          addToBuckets(buckets, group.severity, group.n)
        return buckets
      }
      const params = new SqlParams()
      const defaults = await severityDefaults()
      const where = buildWhere(query.filters, params, defaults, await searchIndexed(query.filters))
      const { rows } = await client.query<{ severity: Severity; n: number | string }>(
        `SELECT ${severityExpression(params, defaults)} AS severity, count(*) AS n FROM ${table} ${where} GROUP BY 1`,
        params.values,
      )
      const buckets = emptyBuckets()
      for (const row of rows) addToBuckets(buckets, parseSeverity(row.severity) ?? 'info', Number(row.n))
      return buckets
    },

    async activity(query): Promise<ActivityDay[]> {
      const from = dayStart(query.sinceDay, query.timeZone)
      const to = dayStart(addDays(query.untilDay, 1), query.timeZone)
      const since = query.filters.since && query.filters.since > from ? query.filters.since : from
      const until = query.filters.until && query.filters.until < to ? query.filters.until : to
      if (rollupServes(query.filters) && (await hasRollup())) {
        // Day k of the answer is [boundaries[k - 1], boundaries[k]): the zone's days, cut once here.
        const boundaries = zoneDayBoundaries(query.sinceDay, query.untilDay, query.timeZone)
        const keys = [query.sinceDay]
        for (let k = 1; k <= boundaries.length; k += 1) keys.push(addDays(query.sinceDay, k))
        const groups = await rollupGroups(client, tableName, { ...query.filters, since, until }, boundaries)
        return toActivityDays(groups.map((group) => ({ ...group, day: keys[group.day] ?? query.sinceDay })))
      }
      const params = new SqlParams()
      const defaults = await severityDefaults()
      const where = buildWhere(
        { ...query.filters, since, until },
        params,
        defaults,
        await searchIndexed(query.filters),
      )
      const tz = params.add(query.timeZone)
      // Grouped by type too: categories come from the shared catalogue, not from SQL.
      const { rows } = await client.query<{
        day: string
        type: string
        severity: Severity
        n: number | string
      }>(
        // Grouping by the date (not its text) lets PostgreSQL hash-aggregate instead of sorting.
        `SELECT to_char((timestamp AT TIME ZONE ${tz})::date, 'YYYY-MM-DD') AS day, type,
                ${severityExpression(params, defaults)} AS severity, count(*) AS n
         FROM ${table} ${where} GROUP BY (timestamp AT TIME ZONE ${tz})::date, 2, 3`,
        params.values,
      )
      return toActivityDays(
        rows.map((row) => ({ ...row, n: Number(row.n), severity: parseSeverity(row.severity) ?? 'info' })),
      )
    },

    async deleteOlderThan(date) {
      if (!(await isReady())) return 0
      const { rows } = await client.query<{ n: number | string }>(
        `WITH deleted AS (DELETE FROM ${table} WHERE timestamp < $1::timestamptz RETURNING 1) SELECT count(*) AS n FROM deleted`,
        [date.toISOString()],
      )
      return Number(rows[0]?.n ?? 0)
    },

    async close() {
      await client.close?.()
    },
  }
}

/** Activity days (oldest first) of grouped counts; categories come from the shared catalogue. */
function toActivityDays(
  groups: { day: string; type: string; severity: Severity; n: number }[],
): ActivityDay[] {
  const days = new Map<string, ActivityDay>()
  for (const { day: date, type, severity, n } of groups) {
    const day = days.get(date) ?? emptyActivityDay(date)
    days.set(date, day)
    addToBuckets(day, severity, n)
    const category = getEventTypeInfo(type).category
    day.categories[category] = addToBuckets(day.categories[category] ?? emptyBuckets(), severity, n)
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1))
}
