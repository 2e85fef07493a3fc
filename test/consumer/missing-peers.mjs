// Runs in the consumer app, which installs none of the optional peers PGlite and pg: each SQL
// store must reject with an error that names the package to install (issue 10, point 4).
import { createRequire } from 'node:module'
import { createPgliteStore, createPostgresStore } from 'react-auth-events/server'

const require = createRequire(import.meta.url)
const problems = []
for (const [name, open] of [
  ['@electric-sql/pglite', () => createPgliteStore()],
  ['pg', () => createPostgresStore({ connectionString: 'postgres://127.0.0.1:1/none' })],
]) {
  try {
    require.resolve(name)
    problems.push(`${name} is installed here: the check would prove nothing`)
    continue
  } catch {
    // not installed, as intended
  }
  try {
    await open()
    problems.push(`${name}: the store opened without the package`)
  } catch (error) {
    if (!String(error?.message).includes(`npm install ${name}`))
      problems.push(`${name}: the error does not say what to install: ${error?.message}`)
    else console.log(`ok   missing ${name}: ${error.message}`)
  }
}
if (problems.length) {
  console.error(`missing optional peers:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
