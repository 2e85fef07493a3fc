// #region drop-in
'use client'
import { createEventsClient, EventsDashboard } from '../../../src/index'
import 'react-auth-events/styles.css'

const client = createEventsClient() // Studio on the same origin, at /api/studio

export function AuthEventsPage() {
  return <EventsDashboard client={client} syncUrl timeZone="Europe/Paris" />
}
// #endregion drop-in
