package dev.managedagents.deployments.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on loopback that stands in for a network path with a round trip: every byte, and the
 * end of each stream, reaches the other side half the round trip after it was read, in order, in
 * each direction. Bandwidth is loopback's.
 *
 * <p>Loopback completes a TCP handshake at once, where a real path takes a round trip before the
 * client may send; so the first bytes of a new connection (the TLS ClientHello) are held one round
 * trip longer, and a new connection costs what it would on the wire.
 */
final class DelayProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final int targetPort;
  private final long halfNanos;
  private final Set<Link> links = ConcurrentHashMap.newKeySet();

  private DelayProxy(int targetPort, int roundTripMillis) throws IOException {
    this.targetPort = targetPort;
    this.halfNanos = TimeUnit.MILLISECONDS.toNanos(roundTripMillis) / 2;
    listener = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
    daemon(this::accept, "delay-proxy-accept").start();
  }

  static DelayProxy start(int targetPort, int roundTripMillis) throws IOException {
    return new DelayProxy(targetPort, roundTripMillis);
  }

  int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException closed) {
        return;
      }
      long handshakeDone = System.nanoTime() + 2 * halfNanos;
      Socket server = new Socket();
      try {
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
      } catch (IOException e) {
        closeQuietly(client);
        closeQuietly(server);
        continue;
      }
      Link link = new Link(client, server);
      links.add(link);
      link.pipe(client, server, handshakeDone, "up");
      link.pipe(server, client, 0, "down");
    }
  }

  /** A chunk of bytes read from one side, due on the other at {@code due}; no bytes: the end. */
  private static final class Chunk {
    final byte[] bytes;
    final long due;

    Chunk(byte[] bytes, long due) {
      this.bytes = bytes;
      this.due = due;
    }
  }

  /** One client connection and its connection to the server: two pipes, four threads. */
  private final class Link {
    private final Socket client;
    private final Socket server;
    private final Set<Thread> writers = ConcurrentHashMap.newKeySet();
    private int ended;

    Link(Socket client, Socket server) {
      this.client = client;
      this.server = server;
    }

    /**
     * Copies {@code from} to {@code to}, each chunk half a round trip after it was read, and none
     * before {@code notBefore} plus that (the handshake the client direction waits for).
     */
    void pipe(Socket from, Socket to, long notBefore, String direction) {
      BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
      Thread writer =
          daemon(
              () -> {
                try {
                  OutputStream out = to.getOutputStream();
                  while (true) {
                    Chunk chunk = queue.take();
                    for (long wait; (wait = chunk.due - System.nanoTime()) > 0; ) {
                      LockSupport.parkNanos(wait);
                    }
                    if (chunk.bytes.length == 0) {
                      to.shutdownOutput();
                      ended();
                      return;
                    }
                    out.write(chunk.bytes);
                  }
                } catch (IOException | InterruptedException e) {
                  close();
                }
              },
              "delay-proxy-" + direction + "-write");
      writers.add(writer);
      writer.start();
      daemon(
              () -> {
                byte[] buffer = new byte[16 * 1024];
                try {
                  // Not closed when done: that would close the socket, the other direction too.
                  InputStream in = from.getInputStream();
                  for (int n; (n = in.read(buffer)) != -1; ) {
                    queue.add(new Chunk(Arrays.copyOf(buffer, n), due(notBefore)));
                  }
                  // The end of the stream travels as late as the bytes before it.
                  queue.add(new Chunk(new byte[0], due(notBefore)));
                } catch (IOException e) {
                  close();
                }
              },
              "delay-proxy-" + direction + "-read")
          .start();
    }

    private long due(long notBefore) {
      return Math.max(System.nanoTime(), notBefore) + halfNanos;
    }

    /** Both directions have ended: the connection is done. */
    private synchronized void ended() {
      if (++ended == 2) {
        close();
      }
    }

    /** A reset or a failure on either side ends both at once. */
    void close() {
      links.remove(this);
      closeQuietly(client);
      closeQuietly(server);
      for (Thread writer : writers) {
        if (writer != Thread.currentThread()) {
          writer.interrupt();
        }
      }
    }
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Link link : links) {
      link.close();
    }
  }
}
