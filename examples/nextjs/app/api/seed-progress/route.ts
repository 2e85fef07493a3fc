// How far background seeding is (for scripts that want the full history before they look).
import { eventsBackend } from '@/lib/eventsBackend'

export async function GET() {
  return Response.json((await eventsBackend()).progress)
}
