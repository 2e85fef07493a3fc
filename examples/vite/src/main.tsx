// #region main
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'react-auth-events/styles.css'
import { App } from './App'
import './app.css'

// Without VITE_EVENTS_BACKEND=real the page brings its own backend (msw in the browser). The
// import is dynamic so a real-backend build carries no msw and no generated events.
if (import.meta.env.VITE_EVENTS_BACKEND !== 'real') {
  const { startMockBackend } = await import('./mockBackend')
  await startMockBackend()
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
// #endregion main
