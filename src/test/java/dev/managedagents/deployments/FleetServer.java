package dev.managedagents.deployments;

import io.netty.handler.codec.http2.Http2Error;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
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
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * An HTTP/1.1 server on loopback that behaves like a real fleet rather than a polite test double:
 * keep-alive connections are closed when idle (without a word, as a load balancer does) or after a
 * number of requests, and a reply can be slow, reset the connection, stop mid-body, never end, be a
 * gzip bomb, or redirect. Every request that arrives whole is recorded, so a test can prove what
 * reached the server and what did not. Cleartext, or TLS offering only {@code http/1.1} by ALPN.
 *
 * <p>Its {@link Handler}, {@link Received} and {@link Reply} are the model of every {@link Fleet}
 * server: {@link H2FleetServer} answers through them too. HTTP/2's own replies (a stream reset, a
 * {@code GOAWAY}) are translated here to what HTTP/1.1 can say: a reset or a closed connection.
 */
final class FleetServer implements Fleet {
  /** Answers one request. Runs on a thread of its own (per connection or per stream); may block to be slow. */
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
    /** The HTTP/2 stream it came on; 0 over HTTP/1.1. */
    final int streamId;
    /** Whether the server acted on it; set once its reply is known (see {@link Reply#processed()}). */
    private volatile boolean processed;

    Received(String method, String target, Map<String, String> headers, byte[] body, int connection, int index) {
      this(method, target, headers, body, connection, index, 0);
    }

    Received(String method, String target, Map<String, String> headers, byte[] body, int connection, int index, int streamId) {
      this.method = method;
      this.target = target;
      this.headers = headers;
      this.body = body;
      this.connection = connection;
      this.indexOnConnection = index;
      this.streamId = streamId;
    }

    boolean processed() {
      return processed;
    }

    void processed(boolean processed) {
      this.processed = processed;
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
      return route() + " (connection " + connection + ", request " + indexOnConnection
          + (streamId > 0 ? ", stream " + streamId : "") + (processed ? "" : ", not processed") + ")";
    }
  }

  /** What to send back. */
  static final class Reply {
    enum Kind {
      RESPOND, RAW, RESET, CLOSE, RESET_MID_BODY, ENDLESS, GZIP_BOMB,
      /** HTTP/2: {@code RST_STREAM} before any answer. HTTP/1.1: the connection is reset. */
      RESET_STREAM,
      /** HTTP/2: headers and half the body, then {@code RST_STREAM}. HTTP/1.1: as RESET_MID_BODY. */
      RESET_STREAM_MID_BODY,
      /** HTTP/2: {@code GOAWAY} instead of an answer. HTTP/1.1: the connection is closed unanswered. */
      GOAWAY
    }

    /** Where a {@code GOAWAY} puts its last stream ID, relative to the stream it answers. */
    enum LastStream {
      /** Below it: the server says it did not process this stream (nor any after it). */
      BELOW,
      /** At it: this stream was processed, though it gets no answer. */
      AT
    }

    final Kind kind;
    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    final byte[] body;
    long delayMillis;
    /** The code of a stream reset, or of a GOAWAY. */
    Http2Error errorCode = Http2Error.NO_ERROR;
    LastStream lastStream = LastStream.AT;
    /** After a GOAWAY reply: close the connection at once, rather than leave it to the client. */
    boolean thenClose;
    /** Announce GOAWAY at this stream before answering it, and close once the connection's streams are done. */
    boolean goingAway;
    /** After the whole declared body: this reset instead of the stream's (or connection's) end. */
    Http2Error resetAfterBody;

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

    /**
     * HTTP/2: resets the stream with {@code code} before answering. {@code REFUSED_STREAM} says the
     * server did not process it (RFC 9113 section 8.7), so it is not counted as processed; any
     * other code leaves the client unable to tell, and counts. HTTP/1.1 has no such word: the
     * connection is reset (RST), processed or not as the code says.
     */
    static Reply resetStream(Http2Error code) {
      Reply reply = new Reply(Kind.RESET_STREAM, 0, new byte[0]);
      reply.errorCode = code;
      return reply;
    }

    /**
     * HTTP/2: sends the status, headers and the first half of {@code body} (none if empty), then
     * resets the stream with {@code code}. HTTP/1.1: the same, then resets the connection.
     */
    static Reply resetStreamMidBody(int status, String body, Http2Error code) {
      Reply reply =
          new Reply(Kind.RESET_STREAM_MID_BODY, status, body.getBytes(StandardCharsets.UTF_8))
              .header("Content-Type", "application/json");
      reply.errorCode = code;
      return reply;
    }

    /**
     * HTTP/2: answers with {@code GOAWAY} (NO_ERROR) instead of a response. {@link LastStream#BELOW}:
     * its last stream ID is the one before this stream, which is then not processed; {@link
     * LastStream#AT}: it is this stream, processed but never answered. With {@code thenClose} the
     * connection is closed right after; without, it stays open for the streams below and the
     * client closes it. HTTP/1.1: the connection is closed without an answer.
     */
    static Reply goAway(LastStream lastStream, boolean thenClose) {
      Reply reply = new Reply(Kind.GOAWAY, 0, new byte[0]);
      reply.lastStream = lastStream;
      reply.thenClose = thenClose;
      return reply;
    }

    /**
     * A graceful shutdown around this reply. HTTP/2: {@code GOAWAY} with this stream as the last
     * (so the client learns it while waiting, and opens no new stream here), then this reply, then
     * the connection closes once its streams are done. HTTP/1.1: this reply with {@code
     * Connection: close}, then close.
     */
    Reply goingAway() {
      this.goingAway = true;
      return this;
    }

    /** Whether the server acted on the request, whatever the client is told. */
    boolean processed() {
      switch (kind) {
        case RESET_STREAM:
          return errorCode != Http2Error.REFUSED_STREAM;
        case GOAWAY:
          return lastStream == LastStream.AT;
        default:
          return true;
      }
    }

    /** For a gzip bomb: how many bytes it inflates to. */
    long inflated;

    Reply header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /**
     * HTTP/2: sends the whole body with its {@code Content-Length}, then resets the stream with
     * {@code code} instead of ending it: the answer is complete, what follows it is not. HTTP/1.1:
     * closes the connection after the body (a reset could discard the body itself).
     */
    Reply thenReset(Http2Error code) {
      this.resetAfterBody = code;
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
  private final IdleClose idleClose;
  private final int maxRequestsPerConnection;
  private final SSLContext tls;
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
    this(Options.defaults().idleTimeout(idleTimeout).maxRequestsPerConnection(maxRequestsPerConnection), null, handler);
  }

  /**
   * @param tls serve over TLS with this context (ALPN offers only {@code http/1.1}), or null for
   *     cleartext
   */
  FleetServer(Options options, SSLContext tls, Handler handler) throws IOException {
    this.socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    this.handler = handler;
    this.idleTimeoutMillis = options.idleTimeout.toMillis();
    this.idleClose = options.idleClose;
    this.maxRequestsPerConnection = options.maxRequestsPerConnection;
    this.tls = tls;
    threads.execute(this::acceptLoop);
  }

  @Override
  public String baseUrl() {
    return (tls == null ? "http" : "https") + "://127.0.0.1:" + socket.getLocalPort();
  }

  @Override
  public int port() {
    return socket.getLocalPort();
  }

  @Override
  public List<Received> received() {
    synchronized (received) {
      return new ArrayList<>(received);
    }
  }

  @Override
  public int connectionsAccepted() {
    return connections.get();
  }

  @Override
  public int openConnections() {
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
    // Over TLS the socket is layered on the accepted one, so that a reset can go out on the TCP
    // socket itself, without the close_notify that closing the TLS socket would send first.
    try (Socket s = tls == null ? client : handshake(client)) {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      for (int index = 1; ; index++) {
        // The idle timeout starts once the connection has answered a request (see Options).
        s.setSoTimeout(idleTimeoutMillis > 0 && index > 1 ? (int) idleTimeoutMillis : 0);
        Received request;
        try {
          request = read(in, id, index);
        } catch (SocketTimeoutException idle) {
          if (idleClose == IdleClose.RESET) {
            reset(client);
          }
          return; // the idle timeout: close without a word
        }
        if (request == null) {
          return; // the client closed
        }
        s.setSoTimeout(0);
        received.add(request);
        Reply reply = handler.handle(request);
        request.processed(reply.processed());
        if (reply.delayMillis > 0) {
          Thread.sleep(reply.delayMillis);
        }
        if (!send(client, out, reply)) {
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
      try {
        client.close(); // already closed, unless the TLS handshake failed
      } catch (IOException e) {
        // closed
      }
    }
  }

  private SSLSocket handshake(Socket client) throws IOException {
    SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket(client, null, true);
    SSLParameters parameters = s.getSSLParameters();
    parameters.setApplicationProtocols(new String[] {"http/1.1"});
    s.setSSLParameters(parameters);
    s.startHandshake();
    return s;
  }

  /** Resets the TCP connection: RST, and over TLS no close_notify before it. */
  private static void reset(Socket tcp) throws IOException {
    tcp.setSoLinger(true, 0);
    tcp.close();
  }

  /**
   * Sends {@code reply} on {@code out}, the stream of {@code tcp} or of TLS over it; returns
   * whether the connection can carry another request.
   */
  private static boolean send(Socket tcp, OutputStream out, Reply reply) throws IOException {
    switch (reply.kind) {
      case RESET:
      case RESET_STREAM:
        reset(tcp);
        return false;
      case CLOSE:
      case GOAWAY:
        return false;
      case RAW:
        out.write(reply.body);
        out.flush();
        return false;
      case RESPOND:
        out.write(head(reply, reply.body.length));
        out.write(reply.body);
        out.flush();
        return !reply.goingAway && reply.resetAfterBody == null;
      case RESET_MID_BODY:
      case RESET_STREAM_MID_BODY:
        out.write(head(reply, reply.body.length));
        out.write(reply.body, 0, reply.body.length / 2);
        out.flush();
        reset(tcp);
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
    if ((length < 0 && !declared) || reply.goingAway) {
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
