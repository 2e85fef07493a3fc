// The reference server in a route handler (Next.js `app/api/studio/[...path]/route.ts` style).
import {
  createEventsHandler,
  createMemoryStore,
  fromWireEvent,
  generateEvents,
  toNodeListener,
} from 'react-auth-events/server'
import { createServer } from 'node:http'

const handler = createEventsHandler({
  store: createMemoryStore({ events: generateEvents({ seed: 1 }).map(fromWireEvent) }),
  basePath: '/api/studio',
  authorize: (request: Request) => request.headers.get('cookie') !== null,
})

export const GET = (request: Request): Promise<Response> => handler(request)
export const server = createServer(toNodeListener(handler))
