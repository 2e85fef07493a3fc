import type { Preview } from '@storybook/react-vite'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { useState } from 'react'
import { configure } from 'storybook/test'
import type { ReactNode } from 'react'
import { describeViolations, findAxeViolations } from './axe'
import '../src/styles.css'

// A play function's findBy… waits up to 10 s, not testing-library's 1 s: the dialog and the filter
// popover are loaded on first need, and on a loaded 2-core machine their chunk can take longer.
configure({ asyncUtilTimeout: 10_000 })

// True when the story runs as a test through @storybook/addon-vitest (not in the Storybook UI).
const isVitest = import.meta.env.VITEST === 'true' || import.meta.env.MODE === 'test'

/** Each story gets its own cache, with retries off, so one story's data never leaks into another. */
function FreshQueryClient({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }))
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}

const preview: Preview = {
  loaders: [mswLoader()],
  // Stories bring their own handlers (`parameters: { msw: [...] }`); nothing is answered by default.
  parameters: {
    msw: [],
    layout: 'padded',
    controls: { expanded: true },
  },
  decorators: [
    (Story) => (
      <FreshQueryClient>
        <Story />
      </FreshQueryClient>
    ),
  ],
  // Every story must pass axe. As a test, a violation fails it; in the UI it is logged.
  async afterEach({ canvasElement }) {
    const violations = await findAxeViolations(canvasElement)
    if (violations.length === 0) return
    const message = `axe found ${violations.length} accessibility violation(s):\n${describeViolations(violations)}`
    if (isVitest) throw new Error(message)
    console.warn(message)
  },
}

export default preview
