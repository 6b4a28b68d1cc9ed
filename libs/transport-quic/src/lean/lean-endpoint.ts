import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { isIPv4 } from 'node:net';
import { UDP_SOCKET_BUFFER_BYTES } from '../quic-options.js';
import { CID_LENGTH, MAX_DATAGRAM_BYTES, type HostPort } from './quiche.js';

/** What an endpoint routes datagrams to and flushes. */
export interface Routed {
  /** A datagram for this connection. */
  recv(datagram: Buffer, from: HostPort): void;
  /** Sends what quiche has queued (the endpoint's once-per-turn flush). */
  flush(): void;
  /** Something failed that quiche did not contain: the connection must end. */
  fail(error: unknown): void;
}

/**
 * A UDP socket and the connections on it, routed by destination connection id: a short-header packet by its fixed
 * CID_LENGTH slice (every id this process issues has that length), a long-header one by its length-prefixed id.
 * Sends are gathered and made once per event-loop turn (`dirty`). A datagram for no connection goes to
 * `onUnknown` (a listener's accept path) or is dropped. No error of a connection escapes: it ends that connection.
 */
export class Endpoint {
  readonly connections = new Map<string, Routed>();
  /** The local address quiche paths name: the socket's, in the form received datagrams are reported in. */
  readonly local: HostPort;
  /** One buffer for every datagram quiche writes; copied out for the socket. */
  readonly sendBuffer = Buffer.allocUnsafe(MAX_DATAGRAM_BYTES);
  private readonly dirtySet = new Set<Routed>();
  private flushScheduled = false;
  private pendingSends = 0;
  private sendsDrained: (() => void) | undefined;

  private constructor(
    private readonly socket: Socket,
    private readonly v6: boolean,
    private readonly onUnknown?: (datagram: Buffer, from: HostPort, info: RemoteInfo) => void,
  ) {
    const address = socket.address();
    this.local = { host: address.address, port: address.port };
    socket.on('message', (datagram, info) => this.onDatagram(datagram, info));
    // Send errors are reported to the send's callback (and count as loss); nothing else may crash the process.
    socket.on('error', () => undefined);
  }

  /** Binds a socket on `host:port` (udp6 for an IPv6 or wildcard-v6 host, else udp4). */
  static async bind(
    host: string,
    port: number,
    onUnknown?: (datagram: Buffer, from: HostPort, info: RemoteInfo) => void,
  ): Promise<Endpoint> {
    const v6 = !isIPv4(host);
    const socket = createSocket({ type: v6 ? 'udp6' : 'udp4', ipv6Only: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('error', (error) => {
        socket.close();
        reject(error);
      });
      socket.bind({ address: host, port }, () => {
        socket.removeAllListeners('error');
        resolve();
      });
    });
    try {
      socket.setRecvBufferSize(UDP_SOCKET_BUFFER_BYTES);
      socket.setSendBufferSize(UDP_SOCKET_BUFFER_BYTES);
    } catch {
      // Not permitted: the kernel's default buffers still work, with more loss under bursts.
    }
    return new Endpoint(socket, v6, onUnknown);
  }

  /** An address as this socket sends to it and reports it (IPv4 as IPv4-mapped IPv6 on a udp6 socket). */
  pathHost(host: string): string {
    return this.v6 && isIPv4(host) ? `::ffff:${host}` : host;
  }

  add(key: string, connection: Routed): void {
    this.connections.set(key, connection);
  }

  remove(key: string, connection: Routed): void {
    if (this.connections.get(key) === connection) this.connections.delete(key);
    this.dirtySet.delete(connection);
  }

  /** `connection` has something to send: it is flushed at the end of this turn. */
  dirty(connection: Routed): void {
    this.dirtySet.add(connection);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(this.flushAll);
  }

  /** Sends the first `length` bytes of `sendBuffer` to `to`. */
  send(length: number, to: HostPort): void {
    const datagram = Buffer.allocUnsafe(length);
    this.sendBuffer.copy(datagram, 0, 0, length);
    this.sendDatagram(datagram, to);
  }

  sendDatagram(datagram: Buffer, to: HostPort): void {
    this.pendingSends++;
    this.socket.send(datagram, to.port, to.host, this.sent);
  }

  /** Closes the socket once the datagrams handed to it have gone. */
  async close(): Promise<void> {
    this.flushAll();
    if (this.pendingSends > 0) await new Promise<void>((resolve) => (this.sendsDrained = resolve));
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }

  private readonly sent = (): void => {
    if (--this.pendingSends === 0 && this.sendsDrained) {
      const drained = this.sendsDrained;
      this.sendsDrained = undefined;
      drained();
    }
  };

  private readonly flushAll = (): void => {
    this.flushScheduled = false;
    const connections = [...this.dirtySet];
    this.dirtySet.clear();
    for (const connection of connections) {
      try {
        connection.flush();
      } catch (error) {
        connection.fail(error);
      }
    }
  };

  private onDatagram(datagram: Buffer, info: RemoteInfo): void {
    const dcid = destinationId(datagram);
    if (dcid === undefined) return;
    const from = { host: info.address, port: info.port };
    const connection = this.connections.get(dcid.toString('latin1'));
    if (connection === undefined) {
      try {
        this.onUnknown?.(datagram, from, info);
      } catch {
        // A datagram the binding could not take (a malformed Initial, say): dropped, as any other.
      }
      return;
    }
    try {
      connection.recv(datagram, from);
    } catch (error) {
      connection.fail(error);
    }
  }
}

/** A packet's destination connection id, or undefined when it cannot hold one. */
export function destinationId(datagram: Buffer): Buffer | undefined {
  if (datagram.length === 0) return undefined;
  if ((datagram[0] & 0x80) === 0) {
    return datagram.length < 1 + CID_LENGTH ? undefined : datagram.subarray(1, 1 + CID_LENGTH);
  }
  if (datagram.length < 6) return undefined;
  const length = datagram[5];
  if (length > 20 || datagram.length < 6 + length) return undefined;
  return datagram.subarray(6, 6 + length);
}
