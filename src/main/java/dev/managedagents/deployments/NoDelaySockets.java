package dev.managedagents.deployments;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * The sockets of the client's own connections, with Nagle's algorithm off ({@code TCP_NODELAY}),
 * as browsers, curl and Go's HTTP client have them. OkHttp leaves it on, and a small write that
 * follows another unacknowledged one, as the request after a TLS handshake or an HTTP/2 preface
 * does, then waits for the server's delayed acknowledgement: 40 ms on Linux servers, on every new
 * connection. A client given its own {@link okhttp3.OkHttpClient} keeps that client's factory.
 */
final class NoDelaySockets extends SocketFactory {
  private final SocketFactory sockets = SocketFactory.getDefault();

  @Override
  public Socket createSocket() throws IOException {
    return noDelay(sockets.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(sockets.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return noDelay(sockets.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(sockets.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return noDelay(sockets.createSocket(address, port, localAddress, localPort));
  }

  private static Socket noDelay(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }
}
