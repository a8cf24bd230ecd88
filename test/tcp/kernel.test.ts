// Live check of the model against the Linux kernel: real loopback connections, states read from
// /proc/net/tcp (the `st` column, mapped with the model's procCodeToState). Skipped off Linux.
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { procCodeToState } from '../../src/tcp/states.js';
import type { TcpState } from '../../src/tcp/states.js';

const PROC = '/proc/net/tcp';
const HOST = '127.0.0.1';
const hasProc = existsSync(PROC);
if (!hasProc)
  console.log(`kernel.test: ${PROC} not found (not Linux), skipping the live kernel checks`);

type Entry = {
  local: string;
  localPort: number;
  remote: string;
  remotePort: number;
  state: TcpState | undefined;
};

// /proc prints the IPv4 address as the host-order hex of a network-order word: on little-endian
// machines 127.0.0.1 reads 0100007F. Decode both orders so the test works on either.
function ipv4(hex: string): string[] {
  const bytes = (hex.match(/../g) ?? []).map((b) => parseInt(b, 16));
  return [bytes.join('.'), [...bytes].reverse().join('.')];
}

function endpoint(field: string): { address: string; port: number } {
  const [addr = '', port = ''] = field.split(':');
  const loopback = ipv4(addr).find((a) => a === HOST);
  return { address: loopback ?? ipv4(addr)[1] ?? '', port: parseInt(port, 16) };
}

function readTcpTable(): Entry[] {
  return readFileSync(PROC, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [, localField = '', remoteField = '', st = ''] = line.trim().split(/\s+/);
      const local = endpoint(localField);
      const remote = endpoint(remoteField);
      return {
        local: local.address,
        localPort: local.port,
        remote: remote.address,
        remotePort: remote.port,
        state: procCodeToState(st),
      };
    });
}

/** The kernel's view of one connection: each side's entry, matched by ports (undefined = gone). */
function pairStates(
  clientPort: number,
  serverPort: number,
): { client?: TcpState; server?: TcpState } {
  const table = readTcpTable().filter((e) => e.local === HOST && e.remote === HOST);
  const side = (local: number, remote: number) =>
    table.find((e) => e.localPort === local && e.remotePort === remote)?.state;
  return { client: side(clientPort, serverPort), server: side(serverPort, clientPort) };
}

/** Poll until `ok` holds or the deadline passes; never a fixed sleep. */
async function waitFor<T>(read: () => T, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = read();
  while (!ok(value)) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms; last reading: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    value = read();
  }
  return value;
}

const servers: net.Server[] = [];
const sockets: net.Socket[] = [];

type Pair = { client: net.Socket; accepted: net.Socket; serverPort: number; clientPort: number };

/** A connected loopback pair; half-open flags decide who answers a FIN with its own FIN. */
async function connectPair(opts: {
  serverHalfOpen: boolean;
  clientHalfOpen: boolean;
}): Promise<Pair> {
  const server = net.createServer({ allowHalfOpen: opts.serverHalfOpen });
  servers.push(server);
  server.listen(0, HOST);
  await once(server, 'listening');
  const serverPort = (server.address() as net.AddressInfo).port;
  const accepting = once(server, 'connection') as Promise<[net.Socket]>;
  const client = net.connect({ port: serverPort, host: HOST, allowHalfOpen: opts.clientHalfOpen });
  sockets.push(client);
  const [[accepted]] = await Promise.all([accepting, once(client, 'connect')]);
  sockets.push(accepted);
  // A reset surfaces as an 'error' event; the tests look at the kernel, not at the error.
  for (const socket of [client, accepted]) socket.on('error', () => undefined);
  return { client, accepted, serverPort, clientPort: client.localPort ?? 0 };
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

describe.skipIf(!hasProc)('Linux kernel states on 127.0.0.1 (/proc/net/tcp)', () => {
  it('sees both ends ESTABLISHED after the handshake', async () => {
    const { clientPort, serverPort } = await connectPair({
      serverHalfOpen: false,
      clientHalfOpen: false,
    });
    const states = await waitFor(
      () => pairStates(clientPort, serverPort),
      (s) => s.client === 'ESTABLISHED' && s.server === 'ESTABLISHED',
    );
    expect(states).toEqual({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
  });

  it('client closes first: FIN-WAIT-2 / CLOSE-WAIT, then TIME-WAIT on the client, server gone', async () => {
    const { client, accepted, clientPort, serverPort } = await connectPair({
      serverHalfOpen: true,
      clientHalfOpen: false,
    });
    client.end();
    // The server's application has not closed: its kernel ACKed the FIN and waits (CLOSE-WAIT).
    const halfClosed = await waitFor(
      () => pairStates(clientPort, serverPort),
      (s) => s.client === 'FIN-WAIT-2' && s.server === 'CLOSE-WAIT',
    );
    expect(halfClosed).toEqual({ client: 'FIN-WAIT-2', server: 'CLOSE-WAIT' });

    accepted.end();
    const closed = await waitFor(
      () => pairStates(clientPort, serverPort),
      (s) => s.client === 'TIME-WAIT' && s.server === undefined,
    );
    expect(closed).toEqual({ client: 'TIME-WAIT', server: undefined });
  });

  it('server closes first: TIME-WAIT sits on the server side, on the listening port', async () => {
    const { client, accepted, clientPort, serverPort } = await connectPair({
      serverHalfOpen: false,
      clientHalfOpen: true,
    });
    accepted.end();
    const halfClosed = await waitFor(
      () => pairStates(clientPort, serverPort),
      (s) => s.server === 'FIN-WAIT-2' && s.client === 'CLOSE-WAIT',
    );
    expect(halfClosed).toEqual({ client: 'CLOSE-WAIT', server: 'FIN-WAIT-2' });

    client.end();
    await waitFor(
      () => pairStates(clientPort, serverPort),
      (s) => s.server === 'TIME-WAIT' && s.client === undefined,
    );
    const entry = readTcpTable().find(
      (e) => e.state === 'TIME-WAIT' && e.remotePort === clientPort,
    );
    expect(entry?.localPort).toBe(serverPort);
  });

  it('an abortive close (RST) leaves no TIME-WAIT on either side', async () => {
    const { client, accepted, clientPort, serverPort } = await connectPair({
      serverHalfOpen: false,
      clientHalfOpen: false,
    });
    accepted.resume();
    const peerError = new Promise<NodeJS.ErrnoException>((resolve) =>
      accepted.once('error', resolve),
    );
    client.resetAndDestroy();
    const gone = await waitFor(
      () => pairStates(clientPort, serverPort),
      (s) => s.client === undefined && s.server === undefined,
    );
    expect(gone).toEqual({ client: undefined, server: undefined });
    expect((await peerError).code).toBe('ECONNRESET');
    const pair = readTcpTable().filter(
      (e) =>
        (e.localPort === clientPort && e.remotePort === serverPort) ||
        (e.localPort === serverPort && e.remotePort === clientPort),
    );
    expect(pair.filter((e) => e.state === 'TIME-WAIT')).toEqual([]);
  });
});
