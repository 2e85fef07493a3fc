// Runs once when the server starts: opens the database and starts seeding then, so the first
// visitor does not wait for PGlite to start.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { eventsBackend } = await import('./lib/eventsBackend')
    void eventsBackend()
  }
}
