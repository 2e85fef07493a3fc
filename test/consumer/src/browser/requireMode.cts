// A CommonJS file of the app: the `require` condition's declarations must resolve too. (Not
// ./mocks: msw's own CJS types import the ESM-only `rettime`, TS1479 under node16.)
import type { AuthEvent } from 'react-auth-events'
import type { EventsClient } from 'react-auth-events/api'
import type { UseEventsResult } from 'react-auth-events/hooks'

export type Seen = [AuthEvent, EventsClient, UseEventsResult]
