package dev.managedagents.deployments;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;
import okhttp3.Connection;
import okhttp3.Protocol;
import okhttp3.internal.http2.ConnectionShutdownException;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;
import org.jspecify.annotations.Nullable;

/**
 * The rules for the connections calls go over: when a pooled connection may carry a create or a
 * run (from what {@link Attempt} records of each connection), and what a server's HTTP/2 signals
 * say about whether it processed a request.
 *
 * <p><b>A write reuses a connection only where it cannot be lost on it.</b> A request sent on a
 * connection that the server is closing, because it sat idle too long, never reaches the server;
 * and the client cannot tell that from a request the server received and then failed on, so such a
 * write could be neither retried nor reported as not sent. A server closes a connection only while
 * no request is under way on it, and after seconds of idleness (Node.js and Apache 5 s, nginx 75
 * s, load balancers 60 s and more). So a create or a run takes a pooled connection only if it
 * answered within {@link #WRITE_WINDOW_NANOS the last 500 ms}, or (HTTP/2) if another call
 * still holds it; and over HTTP/1.1, if a read of at most 1 ms just before the request finds
 * nothing: a server that closed after its last answer without saying {@code Connection: close} is
 * caught there. Over HTTP/2 OkHttp reads every connection all the time, so a {@code GOAWAY} or close
 * is seen as it arrives and the connection is not handed out again.
 *
 * <p>A connection turned down is closed (HTTP/1.1) or dropped from the pool once no call holds it
 * (HTTP/2), and the write takes another, new if need be: a TLS handshake costs two round trips
 * once, a write lost on a closing connection costs a duplicate or an error. Writes in a row, the
 * common case, reuse their connection; reads follow the pool's own rules.
 *
 * <p>What a server says about a stream it dropped decides whether a retry is safe: {@code
 * REFUSED_STREAM}, or a {@code GOAWAY} whose last stream ID is below it, proves that it was not
 * processed (RFC 9113 §8.7), for any operation.
 */
final class ConnectionRules {
  /** How recently a pooled connection must have answered to carry a write. */
  static final long WRITE_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  /** What {@link Attempt} records for a connection that has not answered yet. */
  static final long NO_ANSWER = Long.MIN_VALUE;

  private ConnectionRules() {}

  /**
   * Why the pooled {@code connection}, which last answered at {@code answeredAt} ({@link
   * System#nanoTime}, or {@link #NO_ANSWER}), may not carry a write (see the class comment), or
   * {@code null} when it may. {@code turnedDownBefore}: this call turned it down before, and the
   * pool handed it out again, so another call holds it (only an HTTP/2 connection comes back).
   */
  static @Nullable String whyNotForAWrite(
      Connection connection, long answeredAt, boolean turnedDownBefore) {
    boolean multiplexed = isMultiplexed(connection);
    if (answeredAt == NO_ANSWER) {
      // Over HTTP/2 its first request is still under way, so it is not idle.
      return multiplexed ? null : "its last request had no answer";
    }
    long idle = System.nanoTime() - answeredAt;
    if (idle > WRITE_WINDOW_NANOS && !(multiplexed && turnedDownBefore)) {
      return "it had been idle " + TimeUnit.NANOSECONDS.toMillis(idle) + " ms";
    }
    if (!multiplexed && !stillOpen(connection.socket())) {
      return "the server had closed it";
    }
    return null;
  }

  /**
   * Takes a connection turned down for a write out of use: an HTTP/1.1 one is closed (nothing else
   * holds it); an HTTP/2 one may carry other calls, so the pool drops it once none does ({@code
   * evictAll} after this call lets go of it).
   */
  static void turnDown(Connection connection) {
    if (!isMultiplexed(connection)) {
      try {
        connection.socket().close();
      } catch (IOException ignored) {
        // Closed either way.
      }
    }
  }

  static boolean isMultiplexed(Connection connection) {
    Protocol protocol = connection.protocol();
    return protocol == Protocol.HTTP_2 || protocol == Protocol.H2_PRIOR_KNOWLEDGE;
  }

  /**
   * Whether the server said it did not process the request: it refused the stream, or sent a {@code
   * GOAWAY} whose last stream ID is below it (OkHttp reports both as {@code REFUSED_STREAM}), or
   * the connection had received {@code GOAWAY} before the stream was opened.
   */
  static boolean provesUnprocessed(IOException e) {
    return e instanceof ConnectionShutdownException
        || (e instanceof StreamResetException
            && ((StreamResetException) e).errorCode == ErrorCode.REFUSED_STREAM);
  }

  /**
   * What the server signalled, in words, for a message: {@code null} when {@code e} is not an
   * HTTP/2 signal and its own message says enough.
   */
  static @Nullable String describe(IOException e) {
    if (e instanceof ConnectionShutdownException) {
      return "the HTTP/2 connection had received GOAWAY before the request was sent";
    }
    if (!(e instanceof StreamResetException)) {
      return null;
    }
    ErrorCode code = ((StreamResetException) e).errorCode;
    if (code == ErrorCode.REFUSED_STREAM) {
      return "the server refused the HTTP/2 stream unprocessed (REFUSED_STREAM, or a GOAWAY below"
          + " it)";
    }
    return "the HTTP/2 stream was reset with " + code;
  }

  /**
   * Whether nothing has arrived on an idle HTTP/1.1 connection: the end of the stream, a byte (an
   * unasked answer such as a 408 before a close) or a failure all mean the server is done with it.
   * Waits at most 1 ms, the least a socket's timeout allows, and only when the connection is open.
   */
  private static boolean stillOpen(Socket socket) {
    try {
      int timeout = socket.getSoTimeout();
      try {
        socket.setSoTimeout(1);
        socket.getInputStream().read();
        return false;
      } catch (SocketTimeoutException quiet) {
        return true;
      } finally {
        socket.setSoTimeout(timeout);
      }
    } catch (IOException e) {
      return false;
    }
  }
}
