/**
 * A TCP forwarder in front of PostgreSQL that a test can switch off (every connection cut, new
 * ones refused) and on again: a database restart or outage, seen from the client's side.
 */
import net from 'node:net'

export type TcpSwitch = {
  /** The port to connect to. */
  readonly port: number
  /** Cuts every connection and refuses new ones. */
  off(): Promise<void>
  /** Accepts connections again (same port). */
  on(): Promise<void>
  close(): Promise<void>
}

export async function createTcpSwitch(target: { host: string; port: number }): Promise<TcpSwitch> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => undefined)
    }
    client.pipe(upstream).pipe(client)
  })
  const listen = (port: number) =>
    new Promise<number>((resolve) =>
      server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
    )
  const port = await listen(0)
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })
  return {
    port,
    off: stop,
    on: async () => {
      await listen(port)
    },
    close: async () => {
      if (server.listening) await stop()
    },
  }
}
