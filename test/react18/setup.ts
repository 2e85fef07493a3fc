// Guards the React 18 run: the alias must reach both peers, or the suites silently test React 19.
import { version } from 'react'
import { version as domVersion } from 'react-dom'

if (!version.startsWith('18.') || !domVersion.startsWith('18.')) {
  throw new Error(`expected React 18, got react ${version} and react-dom ${domVersion}`)
}
