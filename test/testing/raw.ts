/**
 * An HTTP/1.1 client on a bare node:net socket, for the hostile tests of the local Cohorts API:
 * it writes any bytes (request lines no client library would send) and reads each response as
 * soon as it is complete, without waiting for the connection to close.
 */
import { connect, type Socket } from 'node:net';

/** One response as it came off the wire; header names lower-cased. */
export interface RawResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

/** A connection to the server that writes raw bytes and reads responses one by one. */
export class RawConnection {
  private buffer = Buffer.alloc(0);
  private wake: (() => void) | undefined;
  /** Whether the server has closed (or reset) the connection. */
  closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.wake?.();
    });
    // A reset after the answer is read is the server closing; what matters is what was read.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.closed = true;
      this.wake?.();
    });
  }

  /** Connects to 127.0.0.1:port. */
  static open(port: number): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  /** Writes bytes; resolves once they are handed to the kernel (or the socket has gone). */
  write(data: string | Buffer): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.destroyed || !this.socket.writable) return resolve();
      this.socket.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data, () => resolve());
    });
  }

  /** Whether the socket can still be written (the server has not closed or reset it). */
  get writable(): boolean {
    return !this.socket.destroyed && this.socket.writable;
  }

  private async until<T>(read: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = read();
      if (value !== undefined) return value;
      if (this.closed) throw new Error(`The connection closed before ${what}.`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No ${what} within ${timeoutMs} ms.`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** The next final response (1xx skipped). A response to HEAD has no body whatever its length says. */
  async response(options: { timeoutMs?: number; head?: boolean } = {}): Promise<RawResponse> {
    const timeoutMs = options.timeoutMs ?? 5000;
    for (;;) {
      const end = await this.until(() => (this.buffer.includes('\r\n\r\n') ? this.buffer.indexOf('\r\n\r\n') : undefined), timeoutMs, 'response headers');
      const [line = '', ...fields] = this.buffer.subarray(0, end).toString('latin1').split('\r\n');
      const match = /^HTTP\/1\.[01] (\d{3}) ?(.*)$/.exec(line);
      if (!match) throw new Error(`Not an HTTP status line: ${JSON.stringify(line)}`);
      const headers: Record<string, string> = {};
      for (const field of fields) {
        const colon = field.indexOf(':');
        headers[field.slice(0, colon).trim().toLowerCase()] = field.slice(colon + 1).trim();
      }
      const status = Number(match[1]);
      const length = options.head || status < 200 || status === 204 ? 0 : Number(headers['content-length'] ?? NaN);
      if (!Number.isInteger(length)) throw new Error(`A response without Content-Length: ${line}`);
      const start = end + 4;
      await this.until(() => (this.buffer.length >= start + length ? true : undefined), timeoutMs, 'the whole response body');
      const body = this.buffer.subarray(start, start + length).toString('utf8');
      this.buffer = this.buffer.subarray(start + length);
      if (status >= 200) return { status, statusText: match[2] ?? '', headers, body };
    }
  }

  /** Resolves true once the server has closed the connection, false if it is still open after `timeoutMs`. */
  async closesWithin(timeoutMs: number): Promise<boolean> {
    return this.until(() => (this.closed ? true : undefined), timeoutMs, 'close').catch(() => this.closed);
  }

  /** Bytes received that no response has claimed. */
  get unread(): string {
    return this.buffer.toString('latin1');
  }

  /** Ends the client's side (a FIN); the server may still answer. */
  end(): void {
    this.socket.end();
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** Opens a connection, writes `data`, reads one response and closes. */
export async function rawRequest(port: number, data: string | Buffer, options: { head?: boolean } = {}): Promise<RawResponse> {
  const connection = await RawConnection.open(port);
  try {
    await connection.write(data);
    return await connection.response(options);
  } finally {
    connection.destroy();
  }
}
