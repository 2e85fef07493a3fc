// #region options
import { createEventsClient } from '../../../src/api/index'

const client = createEventsClient({
  baseUrl: '', // an origin; '' (the default) means the page's own origin
  // adapter: studioAdapter(),  // the default
  // credentials: 'same-origin', // the default; 'include' for a cross-origin backend
  // headers: async () => ({ authorization: `Bearer ${await getToken()}` }), // a value or a function called per request
  // timeoutMs: 15_000,          // per request
  // fetch: customFetch,         // defaults to globalThis.fetch
  // scope: 'auth-events',       // the cache namespace; defaults to adapter id + baseUrl + base path
})
// #endregion options

export { client }
