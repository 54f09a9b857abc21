package dev.managedagents.deployments;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy that puts a network's round trip between a client and a server: every
 * chunk of bytes read from one side reaches the other half a round trip later, in order and at
 * full speed (a delay, not a throttle). A close (FIN) or a reset (RST) is passed on the same way,
 * after the bytes before it, so a server's silent close or reset looks to the client as it would
 * across a network. Optionally a new connection costs a round trip too, as TCP's handshake does
 * (the client's first bytes wait one more round trip).
 */
final class LatencyProxy implements Closeable {
  private final ServerSocket socket;
  private final int targetPort;
  private final long halfTripNanos;
  private final long handshakeNanos;
  private final ExecutorService threads = Executors.newCachedThreadPool(daemon());
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean closed;

  LatencyProxy(int targetPort, Duration roundTrip, boolean chargeTcpHandshake) throws IOException {
    this.socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    this.targetPort = targetPort;
    this.halfTripNanos = roundTrip.toNanos() / 2;
    this.handshakeNanos = chargeTcpHandshake ? roundTrip.toNanos() : 0;
    threads.execute(this::acceptLoop);
  }

  int port() {
    return socket.getLocalPort();
  }

  int connectionsAccepted() {
    return connections.get();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    for (Socket s : open) {
      s.close();
    }
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket client;
      try {
        client = socket.accept();
      } catch (IOException e) {
        return; // closed
      }
      connections.incrementAndGet();
      Socket server = new Socket();
      try {
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
      } catch (IOException e) {
        quietly(client, true);
        quietly(server, true);
        continue;
      }
      open.add(client);
      open.add(server);
      AtomicInteger halves = new AtomicInteger(2);
      new Pipe(client, server, handshakeNanos, halves).start();
      new Pipe(server, client, 0, halves).start();
    }
  }

  /** One direction: a reader that timestamps chunks, a writer that sends each when it is due. */
  private final class Pipe {
    private final Socket from;
    private final Socket to;
    private final long firstExtraNanos;
    /** Directions still open; the sockets close when both ended. */
    private final AtomicInteger halves;
    private final BlockingQueue<Chunk> chunks = new LinkedBlockingQueue<>();

    Pipe(Socket from, Socket to, long firstExtraNanos, AtomicInteger halves) {
      this.from = from;
      this.to = to;
      this.firstExtraNanos = firstExtraNanos;
      this.halves = halves;
    }

    void start() {
      threads.execute(this::read);
      threads.execute(this::write);
    }

    private void read() {
      byte[] buffer = new byte[64 * 1024];
      long extra = firstExtraNanos;
      try {
        InputStream in = from.getInputStream();
        while (true) {
          int n = in.read(buffer);
          long due = System.nanoTime() + halfTripNanos + extra;
          extra = 0;
          if (n < 0) {
            chunks.add(new Chunk(due, null, false));
            return;
          }
          chunks.add(new Chunk(due, Arrays.copyOf(buffer, n), false));
        }
      } catch (IOException e) {
        chunks.add(new Chunk(System.nanoTime() + halfTripNanos, null, true));
      }
    }

    private void write() {
      try {
        OutputStream out = to.getOutputStream();
        while (true) {
          Chunk chunk = chunks.take();
          long wait = chunk.due - System.nanoTime();
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
          if (chunk.reset) {
            end(true);
            return;
          }
          if (chunk.bytes == null) {
            to.shutdownOutput(); // pass the FIN on; the other direction may go on
            if (halves.decrementAndGet() == 0) {
              end(false);
            }
            return;
          }
          out.write(chunk.bytes);
        }
      } catch (IOException e) {
        end(true); // the receiving side is gone: tell the sending side as a reset
      } catch (InterruptedException e) {
        end(true); // the proxy is closing
      }
    }

    private void end(boolean reset) {
      quietly(to, reset);
      quietly(from, reset);
      open.remove(to);
      open.remove(from);
    }
  }

  private static final class Chunk {
    final long due;
    /** null: the sender closed. */
    final byte[] bytes;
    /** The sender's connection was reset. */
    final boolean reset;

    Chunk(long due, byte[] bytes, boolean reset) {
      this.due = due;
      this.bytes = bytes;
      this.reset = reset;
    }
  }

  private static void quietly(Socket s, boolean reset) {
    try {
      if (reset && !s.isClosed()) {
        s.setSoLinger(true, 0);
      }
      s.close();
    } catch (IOException e) {
      // already gone
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "latency-proxy-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
