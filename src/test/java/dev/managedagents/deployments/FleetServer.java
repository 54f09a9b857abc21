package dev.managedagents.deployments;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * An HTTP/1.1 server on loopback that behaves like a real fleet rather than a polite test double:
 * keep-alive connections are closed when idle (without a word, as a load balancer does) or after a
 * number of requests, and a reply can be slow, reset the connection, stop mid-body, never end, be a
 * gzip bomb, or redirect. Every request that arrives whole is recorded, so a test can prove what
 * reached the server and what did not.
 */
final class FleetServer implements Closeable {
  /** Answers one request. Runs on the connection's thread; may block to be slow. */
  interface Handler {
    Reply handle(Received request) throws Exception;
  }

  /** A request as it arrived. */
  static final class Received {
    final String method;
    final String target;
    final Map<String, String> headers;
    final byte[] body;
    final int connection;
    final int indexOnConnection;

    Received(String method, String target, Map<String, String> headers, byte[] body, int connection, int index) {
      this.method = method;
      this.target = target;
      this.headers = headers;
      this.body = body;
      this.connection = connection;
      this.indexOnConnection = index;
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String body() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The method and the path without the query, such as {@code POST /v1/deployments}. */
    String route() {
      int query = target.indexOf('?');
      return method + " " + (query < 0 ? target : target.substring(0, query));
    }

    @Override
    public String toString() {
      return route() + " (connection " + connection + ", request " + indexOnConnection + ")";
    }
  }

  /** What to send back. */
  static final class Reply {
    enum Kind { RESPOND, RAW, RESET, CLOSE, RESET_MID_BODY, ENDLESS, GZIP_BOMB }

    final Kind kind;
    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    final byte[] body;
    long delayMillis;

    private Reply(Kind kind, int status, byte[] body) {
      this.kind = kind;
      this.status = status;
      this.body = body;
    }

    static Reply json(int status, String body) {
      return new Reply(Kind.RESPOND, status, body.getBytes(StandardCharsets.UTF_8))
          .header("Content-Type", "application/json");
    }

    /** Sends {@code bytes} as they are, status line included, then closes. */
    static Reply raw(String bytes) {
      return new Reply(Kind.RAW, 0, bytes.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Resets the connection (RST) without answering. */
    static Reply reset() {
      return new Reply(Kind.RESET, 0, new byte[0]);
    }

    /** Closes the connection (FIN) without answering. */
    static Reply close() {
      return new Reply(Kind.CLOSE, 0, new byte[0]);
    }

    /** Sends the status, headers and the first half of {@code body}, then resets. */
    static Reply resetMidBody(int status, String body) {
      return new Reply(Kind.RESET_MID_BODY, status, body.getBytes(StandardCharsets.UTF_8))
          .header("Content-Type", "application/json");
    }

    /**
     * A body that never ends: {@code prefix}, then JSON whitespace for as long as the client reads,
     * with a declared length of {@code declaredLength} or none (-1, ended by close).
     */
    static Reply endless(int status, String prefix, long declaredLength) {
      Reply reply =
          new Reply(Kind.ENDLESS, status, prefix.getBytes(StandardCharsets.UTF_8))
              .header("Content-Type", "application/json");
      if (declaredLength >= 0) {
        reply.header("Content-Length", Long.toString(declaredLength));
      }
      return reply;
    }

    /** A 200 gzip body that inflates to {@code inflatedBytes} of JSON whitespace after {@code prefix}. */
    static Reply gzipBomb(String prefix, long inflatedBytes) {
      Reply reply =
          new Reply(Kind.GZIP_BOMB, 200, prefix.getBytes(StandardCharsets.UTF_8))
              .header("Content-Type", "application/json")
              .header("Content-Encoding", "gzip");
      reply.inflated = inflatedBytes;
      return reply;
    }

    static Reply redirect(int status, String location) {
      return new Reply(Kind.RESPOND, status, new byte[0]).header("Location", location);
    }

    private long inflated;

    Reply header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Waits this long before answering. */
    Reply after(Duration delay) {
      this.delayMillis = delay.toMillis();
      return this;
    }
  }

  private final ServerSocket socket;
  private final Handler handler;
  private final long idleTimeoutMillis;
  private final int maxRequestsPerConnection;
  private final ExecutorService threads = Executors.newCachedThreadPool(daemon());
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean closed;

  /**
   * @param idleTimeout how long a kept-alive connection may wait for its next request before the
   *     server closes it without a word (0: never)
   * @param maxRequestsPerConnection after this many answers the server closes the connection,
   *     without announcing it (0: never)
   */
  FleetServer(Duration idleTimeout, int maxRequestsPerConnection, Handler handler) throws IOException {
    this.socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    this.handler = handler;
    this.idleTimeoutMillis = idleTimeout.toMillis();
    this.maxRequestsPerConnection = maxRequestsPerConnection;
    threads.execute(this::acceptLoop);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Every request that arrived whole, in order of arrival. */
  List<Received> received() {
    synchronized (received) {
      return new ArrayList<>(received);
    }
  }

  /** How many requests arrived whole for {@code route}, such as {@code POST /v1/deployments}. */
  long count(String route) {
    return received().stream().filter(r -> r.route().equals(route)).count();
  }

  int connectionsAccepted() {
    return connections.get();
  }

  /** Connections the server still holds open: a client that let go of all has none left here. */
  int openConnections() {
    return open.size();
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
      try {
        Socket client = socket.accept();
        int id = connections.incrementAndGet();
        open.add(client);
        threads.execute(() -> serve(client, id));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client, int id) {
    try (Socket s = client) {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      for (int index = 1; ; index++) {
        s.setSoTimeout(idleTimeoutMillis > 0 ? (int) idleTimeoutMillis : 0);
        Received request;
        try {
          request = read(in, id, index);
        } catch (SocketTimeoutException idle) {
          return; // the idle timeout: close without a word
        }
        if (request == null) {
          return; // the client closed
        }
        s.setSoTimeout(0);
        received.add(request);
        Reply reply = handler.handle(request);
        if (reply.delayMillis > 0) {
          Thread.sleep(reply.delayMillis);
        }
        if (!send(s, out, reply)) {
          return;
        }
        if (maxRequestsPerConnection > 0 && index >= maxRequestsPerConnection) {
          return;
        }
      }
    } catch (Exception e) {
      // The client went away, the test closed the server, or a reply ended the connection.
    } finally {
      open.remove(client);
    }
  }

  /** Sends {@code reply}; returns whether the connection can carry another request. */
  private static boolean send(Socket s, OutputStream out, Reply reply) throws IOException {
    switch (reply.kind) {
      case RESET:
        s.setSoLinger(true, 0);
        return false;
      case CLOSE:
        return false;
      case RAW:
        out.write(reply.body);
        out.flush();
        return false;
      case RESPOND:
        out.write(head(reply, reply.body.length));
        out.write(reply.body);
        out.flush();
        return true;
      case RESET_MID_BODY:
        out.write(head(reply, reply.body.length));
        out.write(reply.body, 0, reply.body.length / 2);
        out.flush();
        s.setSoLinger(true, 0);
        return false;
      case ENDLESS:
        out.write(head(reply, -1));
        out.write(reply.body);
        byte[] spaces = new byte[64 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        while (true) {
          out.write(spaces); // until the client closes
        }
      case GZIP_BOMB:
        out.write(head(reply, -1));
        GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024);
        gzip.write(reply.body);
        byte[] zeros = new byte[1024 * 1024];
        java.util.Arrays.fill(zeros, (byte) ' ');
        for (long written = 0; written < reply.inflated; written += zeros.length) {
          gzip.write(zeros);
        }
        gzip.finish();
        out.flush();
        return false;
      default:
        throw new AssertionError(reply.kind);
    }
  }

  /** The status line and headers; {@code length} -1 means the body ends when the connection does. */
  private static byte[] head(Reply reply, int length) {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status).append(" X\r\n");
    boolean declared = false;
    for (Map.Entry<String, String> h : reply.headers.entrySet()) {
      head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
      declared |= h.getKey().equalsIgnoreCase("Content-Length");
    }
    if (!declared && length >= 0) {
      head.append("Content-Length: ").append(length).append("\r\n");
    }
    if (length < 0 && !declared) {
      head.append("Connection: close\r\n");
    }
    return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Reads one request, or returns null when the client closed between requests. */
  private static Received read(InputStream in, int connection, int index) throws IOException {
    String requestLine = line(in);
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
    }
    byte[] body = new byte[0];
    String length = headers.get("content-length");
    if (length != null) {
      body = new byte[Integer.parseInt(length)];
      for (int read = 0; read < body.length; ) {
        int n = in.read(body, read, body.length - read);
        if (n < 0) {
          throw new SocketException("the client closed mid-body");
        }
        read += n;
      }
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
        for (int i = 0; i < size; i++) {
          chunks.write(in.read());
        }
        line(in);
      }
      line(in);
      body = chunks.toByteArray();
    }
    return new Received(parts[0], parts[1], headers, body, connection, index);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
      }
      line.write(c);
    }
    return line.size() == 0 ? null : line.toString("ISO-8859-1");
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "fleet-server-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Waits until {@code condition} holds or {@code timeout} passes; returns whether it held. */
  static boolean await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      TimeUnit.MILLISECONDS.sleep(10);
    }
    return true;
  }
}
