// The smallest working use (the README's snippet): one component, one client, the stylesheet.
// #region smallest
import { createEventsClient, EventsDashboard } from 'react-auth-events'
import 'react-auth-events/styles.css'

// Studio (or the reference server) on the same origin, at its default base path /api/studio.
const client = createEventsClient()

export function AuthEventsPage() {
  return <EventsDashboard client={client} />
}
// #endregion smallest
