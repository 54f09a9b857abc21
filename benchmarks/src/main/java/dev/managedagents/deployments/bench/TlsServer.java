package dev.managedagents.deployments.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.tls.HeldCertificate;

/**
 * The real-wire benchmark's server: HTTPS on 127.0.0.1 with a self-signed certificate, offering
 * {@code h2} and {@code http/1.1} by ALPN (or {@code http/1.1} alone, as a server without HTTP/2
 * would, since the official client has no setting to refuse h2). It answers a create with {@link
 * Fixtures#DEPLOYMENT}, a run with {@link Fixtures#DEPLOYMENT_RUN} and a retrieve with the
 * deployment, the same work whichever client calls. It counts what a phase needs: connections
 * accepted, the protocol each negotiated, and requests answered.
 */
final class TlsServer implements AutoCloseable {
  static {
    // Netty would look for SLF4J, which is on the classpath without a binding, and warn.
    InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
  }

  static final String CREATE_PATH = "/v1/deployments";
  static final String RETRIEVE_PATH = "/v1/deployments/" + Fixtures.DEPLOYMENT_ID;
  static final String RUN_PATH = RETRIEVE_PATH + "/run";

  final AtomicInteger connections = new AtomicInteger();
  final AtomicInteger h2Connections = new AtomicInteger();
  final AtomicInteger http1Connections = new AtomicInteger();
  final AtomicInteger answered = new AtomicInteger();
  /** The body of the last create, for the check that every client sends the fixture. */
  volatile byte[] lastCreateBody = new byte[0];

  private final EventLoopGroup group;
  private final Channel channel;

  private TlsServer(HeldCertificate certificate, boolean offerH2) throws Exception {
    String[] protocols =
        offerH2
            ? new String[] {ApplicationProtocolNames.HTTP_2, ApplicationProtocolNames.HTTP_1_1}
            : new String[] {ApplicationProtocolNames.HTTP_1_1};
    SslContext tls =
        SslContextBuilder.forServer(certificate.keyPair().getPrivate(), certificate.certificate())
            .sslProvider(SslProvider.JDK)
            .applicationProtocolConfig(
                new ApplicationProtocolConfig(
                    ApplicationProtocolConfig.Protocol.ALPN,
                    ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                    ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                    protocols))
            .build();
    Answer answer = new Answer();
    // Two event loops for the machine's two cores; accepting shares them.
    group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    channel =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 512)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    connections.incrementAndGet();
                    ch.pipeline().addLast(tls.newHandler(ch.alloc()), new Negotiated(answer));
                  }
                })
            .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
            .sync()
            .channel();
  }

  static TlsServer start(HeldCertificate certificate, boolean offerH2) throws Exception {
    return new TlsServer(certificate, offerH2);
  }

  int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  /** Builds the HTTP pipeline once TLS has settled the protocol. */
  private final class Negotiated extends ApplicationProtocolNegotiationHandler {
    private final Answer answer;

    Negotiated(Answer answer) {
      super(ApplicationProtocolNames.HTTP_1_1);
      this.answer = answer;
    }

    @Override
    protected void configurePipeline(ChannelHandlerContext ctx, String protocol) {
      if (ApplicationProtocolNames.HTTP_2.equals(protocol)) {
        h2Connections.incrementAndGet();
        // Each stream becomes a child channel with the same request handler as HTTP/1.1.
        ctx.pipeline()
            .addLast(
                Http2FrameCodecBuilder.forServer().build(),
                new Http2MultiplexHandler(
                    new ChannelInitializer<Http2StreamChannel>() {
                      @Override
                      protected void initChannel(Http2StreamChannel stream) {
                        stream
                            .pipeline()
                            .addLast(
                                new Http2StreamFrameToHttpObjectCodec(true),
                                new HttpObjectAggregator(1 << 20),
                                answer);
                      }
                    }));
      } else {
        http1Connections.incrementAndGet();
        ctx.pipeline()
            .addLast(
                new HttpServerCodec(),
                new HttpServerKeepAliveHandler(),
                new HttpObjectAggregator(1 << 20),
                answer);
      }
    }
  }

  @ChannelHandler.Sharable
  private final class Answer extends SimpleChannelInboundHandler<FullHttpRequest> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
      String path = request.uri();
      HttpMethod method = request.method();
      byte[] body;
      HttpResponseStatus status = HttpResponseStatus.OK;
      if (method.equals(HttpMethod.POST) && path.equals(CREATE_PATH)) {
        lastCreateBody = ByteBufUtil.getBytes(request.content());
        body = Fixtures.DEPLOYMENT;
      } else if (method.equals(HttpMethod.POST) && path.equals(RUN_PATH)) {
        body = Fixtures.DEPLOYMENT_RUN;
      } else if (method.equals(HttpMethod.GET) && path.equals(RETRIEVE_PATH)) {
        body = Fixtures.DEPLOYMENT;
      } else {
        status = HttpResponseStatus.NOT_FOUND;
        body =
            "{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"Not found\"}}"
                .getBytes(StandardCharsets.UTF_8);
      }
      HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
      response
          .headers()
          .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
          .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
          .set("request-id", "req_011CZkZBenchmark");
      answered.incrementAndGet();
      // Over h2 the body's DATA frame and the END_STREAM that follows it go out in two writes, as
      // from a server that sends its answer and then ends the stream (OkHttp's MockWebServer, or a
      // handler that returns after writing): a client must not take the body's last byte for the
      // stream's end. Over HTTP/1.1 the last part writes nothing: the length delimits the body.
      ctx.write(response);
      ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(body)));
      ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
    }
  }

  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
