// The demo admin page: a header saying where the events come from, the colour-scheme switch, and
// <EventsDashboard> with the chosen scheme (the dashboard and its dialogs follow the page).
import { useEffect, useState } from 'react'
import { EventsDashboard } from 'react-auth-events'
import type { ColorScheme, EventsAdapter, EventsClient } from 'react-auth-events'
import { ColorSchemeSwitch } from './ColorSchemeSwitch'
import { applyColorScheme, initialColorScheme } from './colorScheme'

export function DemoPage({
  client,
  adapter,
  pollInterval,
}: {
  client: EventsClient
  adapter: EventsAdapter
  pollInterval: number | undefined
}) {
  const [colorScheme, setColorScheme] = useState<ColorScheme>(initialColorScheme)
  useEffect(() => applyColorScheme(colorScheme), [colorScheme])
  return (
    <main className="demo">
      <header className="demo__header">
        <div>
          <h1>Auth events</h1>
          <p>
            Live from{' '}
            <code>
              {client.baseUrl || window.location.origin}
              {adapter.basePath}
            </code>{' '}
            ({adapter.id})
          </p>
        </div>
        <ColorSchemeSwitch value={colorScheme} onChange={setColorScheme} />
      </header>
      <EventsDashboard client={client} pollInterval={pollInterval} colorScheme={colorScheme} syncUrl />
    </main>
  )
}
