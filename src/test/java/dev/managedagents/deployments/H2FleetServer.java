package dev.managedagents.deployments;

import dev.managedagents.deployments.FleetServer.Handler;
import dev.managedagents.deployments.FleetServer.Received;
import dev.managedagents.deployments.FleetServer.Reply;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPromise;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http2.AbstractHttp2ConnectionHandlerBuilder;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.Http2ConnectionDecoder;
import io.netty.handler.codec.http2.Http2ConnectionEncoder;
import io.netty.handler.codec.http2.Http2ConnectionHandler;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2EventAdapter;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2Stream;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * An HTTP/2 server over TLS (ALPN offers only {@code h2}) on loopback, with control of each frame:
 * the {@link FleetServer} model (same {@link Handler}, {@link Received} and {@link Reply}) on
 * HTTP/2's own terms. A reply can be slow, reset its stream with any code before or during the
 * answer, answer with {@code GOAWAY} below or at its stream, reset or close the connection, never
 * end, be a gzip bomb, or redirect. Connections can end when idle (with a {@code GOAWAY} first, a
 * silent close or a TCP reset), after a number of requests (a {@code GOAWAY} naming the last, then
 * close), and advertise a {@code SETTINGS_MAX_CONCURRENT_STREAMS}. Every request that arrives whole
 * is recorded with its connection and stream, and whether the server processed it.
 *
 * <p>Frames go out from Netty's event loop; handlers run on threads of their own, one per stream,
 * so a slow handler holds up nothing else.
 */
final class H2FleetServer implements Fleet {
  private static final byte[] SPACES = filled(16 * 1024);

  private final Handler handler;
  private final Options options;
  private final SSLContext tls;
  private final EventLoopGroup loops;
  private final Channel listening;
  private final ExecutorService workers = Executors.newCachedThreadPool(new DefaultThreadFactory("h2-fleet-handler", true));
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final Set<Channel> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger refusedOverLimit = new AtomicInteger();
  private final AtomicInteger goAways = new AtomicInteger();
  private volatile boolean closed;

  H2FleetServer(Options options, SSLContext tls, Handler handler) throws IOException {
    this.options = options;
    this.tls = tls;
    this.handler = handler;
    this.loops = new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("h2-fleet-loop", true), NioIoHandler.newFactory());
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(loops)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 200)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    accept(channel);
                  }
                });
    ChannelFuture bound = bootstrap.bind(InetAddress.getLoopbackAddress(), 0).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      loops.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      throw new IOException("could not listen", bound.cause());
    }
    this.listening = bound.channel();
  }

  @Override
  public String baseUrl() {
    return "https://127.0.0.1:" + port();
  }

  @Override
  public int port() {
    return ((InetSocketAddress) listening.localAddress()).getPort();
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

  /** Streams refused ({@code RST_STREAM REFUSED_STREAM}) for going over {@code maxConcurrentStreams}. */
  int streamsRefusedOverLimit() {
    return refusedOverLimit.get();
  }

  /** GOAWAY frames sent, on all connections: a test's, the idle timeout's, the request limit's. */
  int goAwaysSent() {
    return goAways.get();
  }

  @Override
  public void close() {
    closed = true;
    listening.close().awaitUninterruptibly();
    for (Channel channel : open) {
      channel.close();
    }
    loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    workers.shutdownNow();
  }

  private void accept(SocketChannel channel) {
    int index = connections.incrementAndGet();
    open.add(channel);
    channel.closeFuture().addListener(f -> open.remove(channel));
    SSLEngine engine = tls.createSSLEngine();
    engine.setUseClientMode(false);
    SSLParameters parameters = engine.getSSLParameters();
    parameters.setApplicationProtocols(new String[] {"h2"});
    engine.setSSLParameters(parameters);
    channel.pipeline().addLast(new SslHandler(engine));
    channel.pipeline().addLast(new ConnectionBuilder(index, engine).build());
  }

  /** Builds a connection's handler, with the server's settings. */
  private final class ConnectionBuilder extends AbstractHttp2ConnectionHandlerBuilder<Connection, ConnectionBuilder> {
    private final int index;
    private final SSLEngine engine;

    ConnectionBuilder(int index, SSLEngine engine) {
      this.index = index;
      this.engine = engine;
      server(true);
      // close() just closes: a GOAWAY goes out only when a reply or an option asks for one.
      decoupleCloseAndGoAway(true);
      // A client that cancels many streams is what some tests are about, not an attack.
      decoderEnforceMaxRstFramesPerWindow(0, 0);
      encoderEnforceMaxRstFramesPerWindow(0, 0);
      if (options.maxConcurrentStreams > 0) {
        initialSettings(Http2Settings.defaultSettings().maxConcurrentStreams(options.maxConcurrentStreams));
      }
    }

    @Override
    protected Connection build() {
      return super.build();
    }

    @Override
    protected Connection build(Http2ConnectionDecoder decoder, Http2ConnectionEncoder encoder, Http2Settings settings) {
      return new Connection(decoder, encoder, settings, index, engine);
    }
  }

  /** A request whose body is still arriving. */
  private static final class Partial {
    final Http2Headers headers;
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Partial(Http2Headers headers) {
      this.headers = headers;
    }
  }

  /**
   * One connection. Its state is touched only on its event loop; handlers' threads hand their
   * replies over with {@link #onLoop}.
   */
  private final class Connection extends Http2ConnectionHandler {
    private final int index;
    private final SSLEngine engine;
    private final Map<Integer, Partial> partials = new HashMap<>();
    private ChannelHandlerContext ctx;
    private int requests;
    /** A GOAWAY was sent that asks for a close once no stream is left. */
    private boolean draining;
    private ScheduledFuture<?> idleTimer;

    Connection(Http2ConnectionDecoder decoder, Http2ConnectionEncoder encoder, Http2Settings settings, int index, SSLEngine engine) {
      super(decoder, encoder, settings);
      this.index = index;
      this.engine = engine;
      Events events = new Events();
      decoder.frameListener(events);
      connection().addListener(events);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) throws Exception {
      this.ctx = ctx;
      super.handlerAdded(ctx);
      unlimitedForNetty();
      // No idle timer yet: it starts once a stream has closed (see Options#idleTimeout).
    }

    /**
     * The concurrent-stream limit is enforced in {@code onHeadersRead}, not by Netty: Netty refuses
     * a stream over it without opening it, then takes the request body that follows for a stream
     * that never existed, and ends the connection, failing every stream on it.
     */
    private void unlimitedForNetty() {
      connection().remote().maxActiveStreams(Integer.MAX_VALUE);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
      if (event instanceof SslHandshakeCompletionEvent
          && ((SslHandshakeCompletionEvent) event).isSuccess()
          && !"h2".equals(engine.getApplicationProtocol())) {
        ctx.close(); // the client did not offer h2: this server speaks nothing else
      }
      super.userEventTriggered(ctx, event);
    }


    /** Frames and stream events, on the event loop. */
    private final class Events extends Http2EventAdapter {
      @Override
      public void onSettingsAckRead(ChannelHandlerContext ctx) {
        unlimitedForNetty(); // Netty applies the announced limit once the client has it
      }

      @Override
      public void onHeadersRead(ChannelHandlerContext ctx, int streamId, Http2Headers headers, int padding, boolean endOfStream) {
        if (options.maxConcurrentStreams > 0 && connection().numActiveStreams() > options.maxConcurrentStreams) {
          // Over the limit, also before the client has the SETTINGS that announced it (RFC 9113
          // §5.1.2): refused, so the client may send it again; its body, if any, is then ignored.
          refusedOverLimit.incrementAndGet();
          resetStream(ctx, streamId, Http2Error.REFUSED_STREAM.code(), ctx.newPromise());
          flushFrames();
          return;
        }
        Partial partial = new Partial(headers);
        if (endOfStream) {
          arrived(streamId, partial);
        } else {
          partials.put(streamId, partial);
        }
      }

      @Override
      public void onHeadersRead(
          ChannelHandlerContext ctx, int streamId, Http2Headers headers, int dependency, short weight, boolean exclusive, int padding, boolean endOfStream) {
        onHeadersRead(ctx, streamId, headers, padding, endOfStream);
      }

      @Override
      public int onDataRead(ChannelHandlerContext ctx, int streamId, ByteBuf data, int padding, boolean endOfStream) {
        int consumed = data.readableBytes() + padding;
        Partial partial = partials.get(streamId);
        if (partial != null) {
          byte[] bytes = new byte[data.readableBytes()];
          data.readBytes(bytes);
          partial.body.write(bytes, 0, bytes.length);
          if (endOfStream) {
            arrived(streamId, partials.remove(streamId));
          }
        }
        return consumed; // returned to the client's flow-control window at once
      }

      @Override
      public void onStreamActive(Http2Stream stream) {
        if (idleTimer != null) {
          idleTimer.cancel(false);
        }
      }

      @Override
      public void onStreamClosed(Http2Stream stream) {
        partials.remove(stream.id());
        if (connection().numActiveStreams() == 0) {
          if (draining) {
            ctx.executor().execute(() -> ctx.close());
          } else {
            armIdleTimer();
          }
        }
      }
    }

    /** A request arrived whole: record it, and let the handler answer it on a thread of its own. */
    private void arrived(int streamId, Partial partial) {
      Map<String, String> headers = new LinkedHashMap<>();
      for (Map.Entry<CharSequence, CharSequence> header : partial.headers) {
        String name = header.getKey().toString();
        if (!name.startsWith(":")) {
          headers.put(name.toLowerCase(Locale.ROOT), header.getValue().toString());
        }
      }
      Received request =
          new Received(
              String.valueOf(partial.headers.method()),
              String.valueOf(partial.headers.path()),
              headers,
              partial.body.toByteArray(),
              index,
              ++requests,
              streamId);
      received.add(request);
      if (options.maxRequestsPerConnection > 0 && requests == options.maxRequestsPerConnection) {
        sendGoAway(streamId);
        draining = true;
      }
      try {
        workers.execute(() -> answer(request, streamId));
      } catch (RejectedExecutionException e) {
        // the server is closing
      }
    }

    /** On the handler's thread. */
    private void answer(Received request, int streamId) {
      Reply reply;
      try {
        reply = Objects.requireNonNull(handler.handle(request), "no reply");
      } catch (Exception e) {
        onLoop(() -> ctx.close()); // as over HTTP/1.1, a failing handler ends the connection
        return;
      }
      if (reply.goingAway) {
        onLoop(
            () -> {
              sendGoAway(streamId);
              draining = true;
            });
      }
      if (reply.delayMillis > 0) {
        try {
          Thread.sleep(reply.delayMillis);
        } catch (InterruptedException e) {
          return; // the server is closing
        }
      }
      if (reply.kind == Reply.Kind.ENDLESS || reply.kind == Reply.Kind.GZIP_BOMB) {
        stream(request, streamId, reply);
      } else {
        onLoop(() -> act(request, streamId, reply));
      }
    }

    /** Sends {@code reply}, on the event loop. */
    private void act(Received request, int streamId, Reply reply) {
      // A GOAWAY below this stream, sent since it arrived, told the client it was not processed.
      if (refusedByGoAway(streamId)) {
        return;
      }
      request.processed(reply.processed());
      boolean open = connection().stream(streamId) != null; // false once the client reset it
      switch (reply.kind) {
        case RESPOND:
          if (open) {
            boolean reset = reply.resetAfterBody != null;
            writeHead(streamId, reply, reply.body.length, reply.body.length == 0 && !reset);
            if (reply.body.length > 0) {
              ChannelFuture data =
                  encoder().writeData(ctx, streamId, Unpooled.wrappedBuffer(reply.body), 0, !reset, ctx.newPromise());
              if (reset) {
                // Once the data is out: a reset still queued beside it would discard it.
                data.addListener(f -> afterData(streamId, reply.resetAfterBody));
              }
            } else if (reset) {
              afterData(streamId, reply.resetAfterBody);
            }
            flushFrames();
          }
          break;
        case RAW:
          // Bytes that are not HTTP/2 at all, then close.
          ctx.writeAndFlush(Unpooled.wrappedBuffer(reply.body)).addListener(f -> ctx.close());
          break;
        case RESET:
          resetConnection();
          break;
        case CLOSE:
          ctx.close();
          break;
        case RESET_MID_BODY:
          writeHead(streamId, reply, reply.body.length, false);
          encoder()
              .writeData(ctx, streamId, Unpooled.wrappedBuffer(reply.body, 0, reply.body.length / 2), 0, false, ctx.newPromise())
              .addListener(f -> resetConnection());
          flushFrames();
          break;
        case RESET_STREAM:
          resetStream(ctx, streamId, reply.errorCode.code(), ctx.newPromise());
          flushFrames();
          break;
        case RESET_STREAM_MID_BODY:
          if (open) {
            writeHead(streamId, reply, reply.body.length, false);
            if (reply.body.length > 1) {
              encoder()
                  .writeData(ctx, streamId, Unpooled.wrappedBuffer(reply.body, 0, reply.body.length / 2), 0, false, ctx.newPromise())
                  .addListener(f -> afterData(streamId, reply.errorCode));
            } else {
              afterData(streamId, reply.errorCode);
            }
            flushFrames();
          }
          break;
        case GOAWAY:
          ChannelFuture sent = sendGoAway(reply.lastStream == Reply.LastStream.BELOW ? Math.max(0, streamId - 2) : streamId);
          if (reply.thenClose) {
            sent.addListener(f -> ctx.close());
          }
          break;
        default:
          throw new AssertionError(reply.kind);
      }
    }

    /** An endless body or a gzip bomb: DATA frames written one at a time, each once the last went out. */
    private void stream(Received request, int streamId, Reply reply) {
      ChannelPromise head = ctx.newPromise();
      onLoop(
          () -> {
            if (refusedByGoAway(streamId) || connection().stream(streamId) == null) {
              head.tryFailure(new IOException("stream closed"));
              return;
            }
            request.processed(true);
            writeHead(streamId, reply, -1, false);
            flushFrames();
            head.trySuccess();
          });
      if (!await(head)) {
        return;
      }
      try {
        if (reply.kind == Reply.Kind.ENDLESS) {
          if (!writeData(streamId, reply.body, reply.body.length, false)) {
            return;
          }
          while (writeData(streamId, SPACES, SPACES.length, false)) {
            // until the client resets the stream or goes away
          }
        } else {
          try (OutputStream frames = new DataFrames(streamId);
              GZIPOutputStream gzip = new GZIPOutputStream(frames, 64 * 1024)) {
            gzip.write(reply.body);
            byte[] spaces = filled(1024 * 1024);
            for (long written = 0; written < reply.inflated; written += spaces.length) {
              gzip.write(spaces);
            }
          }
          writeData(streamId, new byte[0], 0, true);
        }
      } catch (IOException e) {
        // the client reset the stream or went away
      }
    }

    /** Writes one DATA frame from the handler's thread and waits until it went out. */
    private boolean writeData(int streamId, byte[] bytes, int length, boolean endOfStream) {
      ChannelPromise written = ctx.newPromise();
      ByteBuf data = Unpooled.copiedBuffer(bytes, 0, length);
      onLoop(
          () -> {
            if (connection().stream(streamId) == null) {
              data.release();
              written.tryFailure(new IOException("stream closed"));
              return;
            }
            encoder().writeData(ctx, streamId, data, 0, endOfStream, written);
            flushFrames();
          });
      return await(written);
    }

    /** The gzip stream's output, as DATA frames. */
    private final class DataFrames extends OutputStream {
      private final int streamId;

      DataFrames(int streamId) {
        this.streamId = streamId;
      }

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > 0 && !writeData(streamId, Arrays.copyOfRange(bytes, offset, offset + length), length, false)) {
          throw new IOException("stream closed");
        }
      }
    }

    private boolean await(ChannelPromise promise) {
      while (!promise.awaitUninterruptibly(100)) {
        if (closed) {
          return false;
        }
      }
      return promise.isSuccess();
    }

    private void writeHead(int streamId, Reply reply, int length, boolean endOfStream) {
      Http2Headers headers = new DefaultHttp2Headers().status(Integer.toString(reply.status));
      boolean declared = false;
      for (Map.Entry<String, String> header : reply.headers.entrySet()) {
        String name = header.getKey().toLowerCase(Locale.ROOT);
        if (name.equals("connection") || name.equals("transfer-encoding") || name.equals("keep-alive")) {
          continue; // HTTP/1.1 only; HTTP/2 forbids them
        }
        headers.add(name, header.getValue());
        declared |= name.equals("content-length");
      }
      if (!declared && length >= 0) {
        headers.setInt("content-length", length);
      }
      encoder().writeHeaders(ctx, streamId, headers, 0, endOfStream, ctx.newPromise());
    }

    /**
     * A GOAWAY (NO_ERROR) naming {@code lastStreamId}; nothing if one already named a stream as low,
     * since the last stream ID may never go up.
     */
    private ChannelFuture sendGoAway(int lastStreamId) {
      if (connection().goAwaySent() && lastStreamId >= connection().remote().lastStreamKnownByPeer()) {
        return ctx.newSucceededFuture();
      }
      goAways.incrementAndGet();
      ChannelFuture sent = goAway(ctx, lastStreamId, Http2Error.NO_ERROR.code(), Unpooled.EMPTY_BUFFER, ctx.newPromise());
      flushFrames();
      return sent;
    }

    private boolean refusedByGoAway(int streamId) {
      return connection().goAwaySent() && streamId > connection().remote().lastStreamKnownByPeer();
    }

    /** TCP RST, with no TLS close_notify: the close starts below the TLS handler. */
    private void resetConnection() {
      if (!ctx.channel().isActive()) {
        return; // closed meanwhile, by the client or another reply: its socket takes no option now
      }
      ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
      ctx.pipeline().context(SslHandler.class).close();
    }

    private void armIdleTimer() {
      if (options.idleTimeout.isZero()) {
        return;
      }
      if (idleTimer != null) {
        idleTimer.cancel(false);
      }
      idleTimer = ctx.executor().schedule(this::idle, options.idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void idle() {
      if (connection().numActiveStreams() > 0 || !ctx.channel().isActive()) {
        return;
      }
      switch (options.idleClose) {
        case GOAWAY:
          sendGoAway(connection().remote().lastStreamCreated()).addListener(ChannelFutureListener.CLOSE);
          break;
        case CLOSE:
          ctx.close();
          break;
        case RESET:
          resetConnection();
          break;
        default:
          throw new AssertionError(options.idleClose);
      }
    }

    /**
     * Flushes through this handler, which first hands the flow controller's queued DATA frames
     * down; {@code ctx.flush()} would start below it and leave them queued.
     */
    /** Resets the stream with {@code code} and sends it: for use once its data went out. */
    private void afterData(int streamId, Http2Error code) {
      resetStream(ctx, streamId, code.code(), ctx.newPromise());
      flushFrames();
    }

    private void flushFrames() {
      flush(ctx);
    }

    /** Runs {@code task} on this connection's event loop, unless the server has stopped. */
    private void onLoop(Runnable task) {
      try {
        ctx.executor().execute(task);
      } catch (RejectedExecutionException e) {
        // the server is closing
      }
    }
  }

  private static byte[] filled(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) ' ');
    return bytes;
  }
}
