// #region route
// app/api/studio/[...path]/route.ts: the reference server under Studio's default base path, so
// the library's default client (`createEventsClient()`) finds it on this origin.
import { eventsBackend } from '@/lib/eventsBackend'

const handler = async (request: Request) => (await eventsBackend()).handler(request)

export const GET = handler // list, counts, status, activity
export const POST = handler // geo look-ups
// #endregion route
