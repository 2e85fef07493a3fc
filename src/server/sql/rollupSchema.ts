/**
 * Maintained rollups of Studio's table (issue 12 point 3), so counts, a year of activity and the
 * type list are answered from a few thousand rows instead of the whole table:
 *
 * - `<table>_rollup_hour`: events per UTC hour and (type, status, stored severity);
 * - `<table>_rollup_4h`: the same per 4 UTC hours (00:00, 04:00 … 20:00), so the hours a zone's
 *   day or a window's edge takes from a UTC day are read in at most a few blocks whose groups are
 *   all there already at a low rate (an hour's groups keep growing with the rate: 18 of 37 at 1M
 *   events a year, 34 at 10M);
 * - `<table>_rollup_day`: the same per UTC day (a year is ~365 × the groups, not 8,760 ×);
 * - `<table>_rollup_total`: the same without the hour (all-time counts, the type list).
 *
 * The raw key is kept (not the classification), so the shared rule (`classifyEvent`) is applied in
 * the store to a handful of groups and a catalogue change never needs a rebuild. Statement-level
 * AFTER triggers with transition tables keep both exact for every writer of the table (Studio
 * itself included): one set-based upsert per statement, in key order (so concurrent writers take
 * row locks in the same order and cannot deadlock each other), with the row locks of
 * `ON CONFLICT DO UPDATE` making concurrent increments add up. Deletes (retention) and updates
 * (upserts by id) subtract what they remove; groups that reach zero are deleted.
 *
 * The tables, triggers and the backfill of rows written before them are created in one `DO`
 * block (one transaction) that holds a SHARE ROW EXCLUSIVE lock on the events table: writers wait
 * for the backfill, so no row is counted twice or missed.
 */
import { quoteTableName } from './sqlClient'

/** Names derived from the events table (schema kept). */
export function rollupNames(tableName: string) {
  const parts = tableName.split('.')
  const base = parts.pop() as string
  const prefix = parts.length ? `${parts[0]}.` : ''
  return {
    table: quoteTableName(tableName),
    hour: quoteTableName(`${prefix}${base}_rollup_hour`),
    block: quoteTableName(`${prefix}${base}_rollup_4h`),
    day: quoteTableName(`${prefix}${base}_rollup_day`),
    total: quoteTableName(`${prefix}${base}_rollup_total`),
    fn: quoteTableName(`${prefix}${base}_rollup_apply`),
    truncateFn: quoteTableName(`${prefix}${base}_rollup_truncate`),
    trigger: (event: string) => quoteTableName(`${base}_rollup_${event}`),
    /** The insert trigger's name as `pg_trigger.tgname` holds it. */
    insertTriggerName: `${base}_rollup_insert`,
    /** As `to_regclass` takes it (unquoted). */
    totalRegclass: `${prefix}${base}_rollup_total`,
    hourRegclass: `${prefix}${base}_rollup_hour`,
    blockRegclass: `${prefix}${base}_rollup_4h`,
    dayRegclass: `${prefix}${base}_rollup_day`,
  }
}

/** The UTC hour of `column`, as the rollup stores it (whatever the session's TimeZone). */
export function hourOf(column: string): string {
  return `(date_trunc('hour', ${column} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')`
}

/** Hours in a block of `<table>_rollup_4h` (a UTC day is 6 blocks). */
export const BLOCK_HOURS = 4

/** The start of the 4-hour UTC block of `column` (an instant). */
export function blockOf(column: string): string {
  return `to_timestamp(floor(extract(epoch FROM ${column}) / ${BLOCK_HOURS * 3600}) * ${BLOCK_HOURS * 3600})`
}

/** The UTC day of `column` (its midnight as an instant). */
function dayOf(column: string): string {
  return `(date_trunc('day', ${column} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')`
}

const KEY = 'type, status, severity'

/**
 * The delta of one statement as `(hour, type, status, severity, n)`: +1 per row of `rollup_new`,
 * −1 per row of `rollup_old` (whichever the trigger has).
 */
function deltaSql(sources: { name: string; sign: 1 | -1 }[]): string {
  return sources
    .map(
      ({ name, sign }) =>
        `SELECT ${hourOf('timestamp')} AS hour, type::text AS type, status::text AS status,
                COALESCE(display_severity, '')::text AS severity, ${sign}::bigint * count(*) AS n
         FROM ${name} GROUP BY 1, 2, 3, 4`,
    )
    .join(' UNION ALL ')
}

function applySql(names: ReturnType<typeof rollupNames>, sources: { name: string; sign: 1 | -1 }[]): string {
  const { hour, block, day, total } = names
  return `WITH d AS (${deltaSql(sources)}),
      h AS (
        INSERT INTO ${hour} AS r (hour, ${KEY}, n)
        SELECT hour, ${KEY}, sum(n) FROM d GROUP BY hour, ${KEY} HAVING sum(n) <> 0 ORDER BY hour, ${KEY}
        ON CONFLICT (hour, ${KEY}) DO UPDATE SET n = r.n + EXCLUDED.n
        RETURNING 1),
      b AS (
        INSERT INTO ${block} AS r (block, ${KEY}, n)
        SELECT ${blockOf('hour')}, ${KEY}, sum(n) FROM d GROUP BY 1, ${KEY} HAVING sum(n) <> 0 ORDER BY 1, ${KEY}
        ON CONFLICT (block, ${KEY}) DO UPDATE SET n = r.n + EXCLUDED.n
        RETURNING 1),
      dd AS (
        INSERT INTO ${day} AS r (day, ${KEY}, n)
        SELECT ${dayOf('hour')}, ${KEY}, sum(n) FROM d GROUP BY 1, ${KEY} HAVING sum(n) <> 0 ORDER BY 1, ${KEY}
        ON CONFLICT (day, ${KEY}) DO UPDATE SET n = r.n + EXCLUDED.n
        RETURNING 1)
    INSERT INTO ${total} AS r (${KEY}, n)
    SELECT ${KEY}, sum(n) FROM d GROUP BY ${KEY} HAVING sum(n) <> 0 ORDER BY ${KEY}
    ON CONFLICT (${KEY}) DO UPDATE SET n = r.n + EXCLUDED.n`
}

/** Deletes the groups a removal brought to zero (only the hours it touched). */
function pruneSql(names: ReturnType<typeof rollupNames>): string {
  return `DELETE FROM ${names.hour} WHERE n = 0 AND hour IN (SELECT DISTINCT ${hourOf('timestamp')} FROM rollup_old);
      DELETE FROM ${names.block} WHERE n = 0 AND block IN (SELECT DISTINCT ${blockOf('timestamp')} FROM rollup_old);
      DELETE FROM ${names.day} WHERE n = 0 AND day IN (SELECT DISTINCT ${dayOf('timestamp')} FROM rollup_old);
      DELETE FROM ${names.total} WHERE n = 0;`
}

/** The one statement (a `DO` block) that creates or updates the rollups. Idempotent. */
export function rollupStatement(tableName: string): string {
  const names = rollupNames(tableName)
  const { table, hour, block, day, total, fn, truncateFn, trigger } = names
  const apply = `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        ${applySql(names, [{ name: 'rollup_new', sign: 1 }])};
      ELSIF TG_OP = 'DELETE' THEN
        ${applySql(names, [{ name: 'rollup_old', sign: -1 }])};
        ${pruneSql(names)}
      ELSE
        ${applySql(names, [
          { name: 'rollup_new', sign: 1 },
          { name: 'rollup_old', sign: -1 },
        ])};
        ${pruneSql(names)}
      END IF;
      RETURN NULL;
    END $fn$`
  const truncate = `CREATE OR REPLACE FUNCTION ${truncateFn}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      TRUNCATE ${hour}, ${block}, ${day}, ${total};
      RETURN NULL;
    END $fn$`
  const triggers = [
    `CREATE TRIGGER ${trigger('insert')} AFTER INSERT ON ${table} REFERENCING NEW TABLE AS rollup_new
       FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    `CREATE TRIGGER ${trigger('update')} AFTER UPDATE ON ${table}
       REFERENCING OLD TABLE AS rollup_old NEW TABLE AS rollup_new FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    `CREATE TRIGGER ${trigger('delete')} AFTER DELETE ON ${table} REFERENCING OLD TABLE AS rollup_old
       FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
    `CREATE TRIGGER ${trigger('truncate')} AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${truncateFn}()`,
  ]
  const literal = (text: string) => `'${text.replace(/'/g, "''")}'`
  return `DO $rollup$
  BEGIN
    -- The functions are replaced every time (a newer library may count differently)…
    EXECUTE ${literal(apply)};
    EXECUTE ${literal(truncate)};
    -- …the tables, triggers and backfill only once, with writers held off until the commit
    -- (checked again under the lock: another process may have just done it).
    FOR attempt IN 1..2 LOOP
      IF to_regclass(${literal(names.totalRegclass)}) IS NOT NULL
         AND to_regclass(${literal(names.dayRegclass)}) IS NOT NULL
         AND to_regclass(${literal(names.hourRegclass)}) IS NOT NULL
         AND to_regclass(${literal(names.blockRegclass)}) IS NOT NULL
         -- A table dropped and created again lost its triggers: its rollups are rebuilt.
         AND EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = ${literal(tableName)}::regclass
                     AND tgname = ${literal(names.insertTriggerName)}) THEN
        RETURN;
      END IF;
      IF attempt = 1 THEN
        LOCK TABLE ${table} IN SHARE ROW EXCLUSIVE MODE;
      END IF;
    END LOOP;
    DROP TABLE IF EXISTS ${hour};
    DROP TABLE IF EXISTS ${block};
    DROP TABLE IF EXISTS ${day};
    DROP TABLE IF EXISTS ${total};
    CREATE TABLE ${hour} (hour TIMESTAMPTZ NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
      severity TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (hour, ${KEY}));
    CREATE TABLE ${block} (block TIMESTAMPTZ NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
      severity TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (block, ${KEY}));
    CREATE TABLE ${day} (day TIMESTAMPTZ NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
      severity TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (day, ${KEY}));
    CREATE TABLE ${total} (type TEXT NOT NULL, status TEXT NOT NULL, severity TEXT NOT NULL,
      n BIGINT NOT NULL, PRIMARY KEY (${KEY}));
    ${['insert', 'update', 'delete', 'truncate'].map((event) => `DROP TRIGGER IF EXISTS ${trigger(event)} ON ${table};`).join('\n    ')}
    ${triggers.map((statement) => `EXECUTE ${literal(statement)};`).join('\n    ')}
    -- In key order, so the groups of one hour, block or day share a few pages (a hash aggregate's
    -- order scatters them: an hour's 34 groups were 34 pages at 10M).
    INSERT INTO ${hour} (hour, ${KEY}, n)
      SELECT ${hourOf('timestamp')}, type, status, COALESCE(display_severity, ''), count(*)
      FROM ${table} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4;
    INSERT INTO ${block} (block, ${KEY}, n)
      SELECT ${blockOf('hour')}, ${KEY}, sum(n) FROM ${hour} GROUP BY 1, ${KEY} ORDER BY 1, ${KEY};
    INSERT INTO ${day} (day, ${KEY}, n)
      SELECT ${dayOf('block')}, ${KEY}, sum(n) FROM ${block} GROUP BY 1, ${KEY} ORDER BY 1, ${KEY};
    INSERT INTO ${total} (${KEY}, n) SELECT ${KEY}, sum(n) FROM ${day} GROUP BY ${KEY};
  END $rollup$`
}
