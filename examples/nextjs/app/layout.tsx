// #region layout
import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import 'react-auth-events/styles.css'
import './globals.css'
import { Providers } from './providers'

export const metadata: Metadata = { title: 'Auth events' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  )
}
// #endregion layout
