/**
 * Global set-up of the `contract-postgres` project: makes sure a PostgreSQL server answers at
 * AE_PG_URL (default: the local test database), starting (or installing) Debian's with
 * scripts/ensure-services.sh when it does not, so `npm test` works after a reboot too.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'

const url = process.env.AE_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/react_auth_events_test'

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

export default async function setup(): Promise<void> {
  if (await reachable()) return
  if (process.env.AE_PG_URL) return // someone else's server: the tests report it unreachable
  const script = path.resolve(__dirname, '../../../scripts/ensure-services.sh')
  execFileSync('bash', [script], { stdio: 'inherit' })
}
