// Loaded into each vitest worker (`--import`): every `react` and `react-dom` specifier, required
// or imported, from our code or from a library in the root install, resolves to the React 18
// install next to this file. A Vite alias alone misses the libraries Node loads itself.
import Module, { register } from 'node:module'
import { fileURLToPath } from 'node:url'

const peers = new URL('./package.json', import.meta.url)
const isPeer = /^react(-dom)?(\/.*)?$/

// A parent module living in test/react18: Node then looks in its node_modules first.
const peerParent = new Module(fileURLToPath(peers))
peerParent.filename = fileURLToPath(peers)
peerParent.paths = Module._nodeModulePaths(fileURLToPath(new URL('.', peers)))

const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, parent, isMain, options) {
  return resolveFilename.call(this, request, isPeer.test(request) ? peerParent : parent, isMain, options)
}

register(
  `data:text/javascript,${encodeURIComponent(`
    const isPeer = /^react(-dom)?(\\/.*)?$/
    export async function resolve(specifier, context, next) {
      if (isPeer.test(specifier)) return next(specifier, { ...context, parentURL: ${JSON.stringify(peers.href)} })
      return next(specifier, context)
    }`)}`,
)
