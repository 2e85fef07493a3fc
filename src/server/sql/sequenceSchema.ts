/**
 * The `sequence` extension in SQL: a `seq BIGINT` column on Studio's table (added with
 * `ADD COLUMN IF NOT EXISTS`, so an existing Studio table stays readable by Studio) and a
 * one-row counter table. A batch takes its range with `UPDATE counter SET n = n + k RETURNING n`
 * in the same statement as its INSERT: the row lock is held until commit, so concurrent writers
 * take ranges one after the other in commit order, and a lower seq is always committed before a
 * higher one. Rows written by another writer (Studio itself) get theirs from a trigger the same
 * way, one row at a time.
 */
import { quoteTableName } from './sqlClient'

/** Names derived from the events table (schema kept). */
export function sequenceNames(tableName: string) {
  const parts = tableName.split('.')
  const base = parts.pop() as string
  const prefix = parts.length ? `${parts[0]}.` : ''
  return {
    table: quoteTableName(tableName),
    counter: quoteTableName(`${prefix}${base}_sequence`),
    index: quoteTableName(`${base}_seq_idx`),
    fn: quoteTableName(`${prefix}${base}_assign_seq`),
    trigger: quoteTableName(`${base}_assign_seq`),
  }
}

/** Statements that add the sequence to an existing (or just created) table. Idempotent. */
export function sequenceStatements(tableName: string): string[] {
  const { table, counter, index, fn, trigger } = sequenceNames(tableName)
  return [
    `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS seq BIGINT`,
    `CREATE INDEX IF NOT EXISTS ${index} ON ${table} (seq)`,
    `CREATE TABLE IF NOT EXISTS ${counter} (id INT PRIMARY KEY, n BIGINT NOT NULL)`,
    `INSERT INTO ${counter} (id, n) SELECT 1, COALESCE(max(seq), 0) FROM ${table} ON CONFLICT (id) DO NOTHING`,
    // Rows from before the migration (or a writer without the trigger), oldest first.
    `WITH todo AS (SELECT id, row_number() OVER (ORDER BY timestamp, id) AS r, count(*) OVER () AS k
                   FROM ${table} WHERE seq IS NULL),
          c AS (UPDATE ${counter} SET n = n + COALESCE((SELECT max(k) FROM todo), 0) WHERE id = 1 RETURNING n)
     UPDATE ${table} SET seq = c.n - todo.k + todo.r FROM todo, c WHERE ${table}.id = todo.id`,
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF NEW.seq IS NULL THEN
         UPDATE ${counter} SET n = n + 1 WHERE id = 1 RETURNING n INTO NEW.seq;
       END IF;
       RETURN NEW;
     END $$`,
    `DROP TRIGGER IF EXISTS ${trigger} ON ${table}`,
    // WHEN keeps the function call off this store's own rows, which bring their seq.
    `CREATE TRIGGER ${trigger} BEFORE INSERT ON ${table} FOR EACH ROW WHEN (NEW.seq IS NULL) EXECUTE FUNCTION ${fn}()`,
  ]
}

/** The counter's name as `to_regclass` takes it (unquoted). */
export function counterRegclass(tableName: string): string {
  return sequenceNames(tableName).counter.replace(/"/g, '')
}
