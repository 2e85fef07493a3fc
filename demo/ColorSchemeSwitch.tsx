// Light / dark / system, as a radio group (one Tab stop, arrow keys move, the choice is announced).
import type { ColorScheme } from 'react-auth-events'
import { COLOR_SCHEMES } from './colorScheme'

const LABELS: Record<ColorScheme, string> = { light: 'Light', dark: 'Dark', system: 'System' }

export function ColorSchemeSwitch({
  value,
  onChange,
}: {
  value: ColorScheme
  onChange: (scheme: ColorScheme) => void
}) {
  return (
    <fieldset className="demo__scheme">
      <legend>Colour scheme</legend>
      {COLOR_SCHEMES.map((scheme) => (
        <label key={scheme}>
          <input
            type="radio"
            name="demo-color-scheme"
            value={scheme}
            checked={value === scheme}
            onChange={() => onChange(scheme)}
          />
          {LABELS[scheme]}
        </label>
      ))}
    </fieldset>
  )
}
