package dev.managedagents.deployments;

import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * One try of a request, as far as the network got with it: whether it had a connection, whether
 * that connection had carried requests before, whether any of the request may have gone out, and
 * whether the answer's headers came back. OkHttp fills it in through {@link #MARKER} and {@link
 * TrackedBody}; {@link Exchange} reads it to decide what a failure means.
 */
final class Attempt {
  /** What {@link #startRequest} answers for a connection's first request. */
  private static final long NEW_CONNECTION = Long.MIN_VALUE + 1;

  /**
   * When each connection that has carried a request last answered one ({@link System#nanoTime}, or
   * {@link ConnectionRules#NO_ANSWER}); weak, so closed connections are forgotten.
   */
  private static final Map<Connection, long[]> ANSWERED = new WeakHashMap<>();

  /**
   * The network interceptor that fills in the {@link Attempt} a request is tagged with, and turns
   * down the pooled connection OkHttp chose for a write where {@link ConnectionRules} says the
   * write could be lost on it. It also takes {@code Retry-After} off a 503 before OkHttp sees it:
   * OkHttp would parse it as an int (throwing on a large value) and resend a zero-delay 503 by
   * itself; {@link RetryPolicy} reads the value kept here instead, and {@link Exchange} puts the
   * header back for the caller.
   */
  static final Interceptor MARKER =
      chain -> {
        Attempt attempt = chain.request().tag(Attempt.class);
        if (attempt == null) {
          return chain.proceed(chain.request());
        }
        Connection connection = chain.connection();
        if (connection == null) { // only an application interceptor has none
          throw new IllegalStateException("Attempt.MARKER must be a network interceptor");
        }
        attempt.connection = connection;
        long answeredAt = startRequest(connection);
        attempt.reusedConnection = answeredAt != NEW_CONNECTION;
        if (attempt.reusedConnection && attempt.write) {
          String why =
              ConnectionRules.whyNotForAWrite(
                  connection, answeredAt, connection == attempt.turnedDown);
          if (why != null) {
            attempt.turnedDownConnection = true;
            ConnectionRules.turnDown(connection);
            throw new IOException(
                "a pooled "
                    + connection.protocol()
                    + " connection was not used for a write: "
                    + why);
          }
        }
        attempt.reachedNetwork = true;
        Request request = chain.request();
        RequestBody body = request.body();
        if (body != null) {
          // Wrapped here, below any logging, so that only the network's write marks the attempt.
          request =
              request
                  .newBuilder()
                  .method(request.method(), new TrackedBody(body, attempt, body.isOneShot()))
                  .build();
        }
        Response response;
        try {
          response = chain.proceed(request);
        } catch (IOException e) {
          attempt.refused = ConnectionRules.provesUnprocessed(e);
          throw e;
        }
        answered(connection);
        attempt.status = response.code();
        attempt.headers = response.headers();
        attempt.answered = true;
        String retryAfter = response.header("Retry-After");
        if (response.code() == 503 && retryAfter != null) {
          attempt.retryAfter = retryAfter;
          return response.newBuilder().removeHeader("Retry-After").build();
        }
        return response;
      };

  /**
   * The outermost interceptor: a runtime exception from inside OkHttp (or a caller's interceptor)
   * becomes an {@link IOException}, which OkHttp reports to the call, instead of escaping on one of
   * its threads where no caller would ever see it. On those threads (async calls) an {@link Error}
   * is reported the same way, as the cause; a blocking call's thread gets it as it is. It is also
   * the gate of a closed client: no attempt starts once it is closed.
   */
  static final Interceptor NO_RAW_EXCEPTIONS =
      chain -> {
        Exchange<?> call = chain.request().tag(Exchange.class);
        if (call != null && call.clientClosed()) {
          // Queued in OkHttp's dispatcher when the client was closed, and started since because
          // close() cancelled the calls ahead of it: it must not reach the network now.
          throw new IOException("the client was closed");
        }
        try {
          return chain.proceed(chain.request());
        } catch (RuntimeException e) {
          throw new IOException("the HTTP stack failed with " + e.getClass().getName(), e);
        } catch (Error e) {
          if (call == null || !call.isAsync()) {
            throw e;
          }
          throw new IOException("the HTTP stack failed with " + e.getClass().getName(), e);
        }
      };

  volatile boolean reachedNetwork;
  volatile boolean reusedConnection;
  volatile boolean bodyStarted;
  volatile boolean answered;

  /** The server said it did not process the request ({@link ConnectionRules#provesUnprocessed}). */
  volatile boolean refused;

  /** The connection the attempt went out on, once it had one. */
  volatile @Nullable Connection connection;

  /**
   * The write turned that pooled connection down ({@link ConnectionRules#whyNotForAWrite}) before
   * anything was written to it.
   */
  volatile boolean turnedDownConnection;

  /** A connection an earlier attempt of the call turned down for its write, if any. */
  final @Nullable Connection turnedDown;

  /** The answer's status and headers, once {@link #answered}. */
  volatile int status;

  volatile @Nullable Headers headers;
  volatile @Nullable String retryAfter;

  /** Whether the request has a body; set when the attempt tags it. */
  private volatile boolean hasBody;

  /** Whether the request is a create or a run, which may reach the server only once. */
  private volatile boolean write;

  Attempt(@Nullable Connection turnedDown) {
    this.turnedDown = turnedDown;
  }

  /**
   * Whether the server may have acted on the request. A request with a body (every write) can only
   * have been acted on once its body started to go out; one without (a GET) once it had a
   * connection; neither when the server said it did not process it.
   */
  boolean possiblySent() {
    return !refused && (hasBody ? bodyStarted : reachedNetwork);
  }

  /** A pooled connection failed before any answer: the server had closed it while it was idle. */
  boolean failedOnStaleConnection() {
    return reusedConnection && !answered;
  }

  /**
   * Notes that {@code connection} carries a request now, and returns when it last answered: {@link
   * #NEW_CONNECTION} for its first request, {@link ConnectionRules#NO_ANSWER} if none has answered
   * yet (under way over HTTP/2).
   */
  private static long startRequest(Connection connection) {
    synchronized (ANSWERED) {
      long[] answeredAt = ANSWERED.get(connection);
      if (answeredAt == null) {
        ANSWERED.put(connection, new long[] {ConnectionRules.NO_ANSWER});
        return NEW_CONNECTION;
      }
      return answeredAt[0];
    }
  }

  private static void answered(Connection connection) {
    long now = System.nanoTime();
    synchronized (ANSWERED) {
      long[] answeredAt = ANSWERED.get(connection);
      if (answeredAt != null) {
        answeredAt[0] = now;
      }
    }
  }

  /** The request, tagged with this attempt; a non-idempotent one's body is one-shot. */
  Request tag(Request request, boolean oneShot) {
    Request.Builder builder = request.newBuilder().tag(Attempt.class, this);
    RequestBody body = request.body();
    hasBody = body != null;
    write = oneShot;
    if (body != null && oneShot) {
      builder.method(request.method(), new TrackedBody(body, null, true));
    }
    return builder.build();
  }

  /**
   * A request body that marks its attempt, if any, when it starts to be written to the network. A
   * non-idempotent request's body is also one-shot, so that OkHttp never sends it again by itself
   * (after a failure, a redirect or an authentication challenge): only {@link Exchange} decides.
   */
  private static final class TrackedBody extends RequestBody {
    private final RequestBody body;
    private final @Nullable Attempt attempt;
    private final boolean oneShot;

    TrackedBody(RequestBody body, @Nullable Attempt attempt, boolean oneShot) {
      this.body = body;
      this.attempt = attempt;
      this.oneShot = oneShot;
    }

    @Override
    public @Nullable MediaType contentType() {
      return body.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return body.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      if (attempt != null) {
        attempt.bodyStarted = true;
      }
      body.writeTo(sink);
    }

    @Override
    public boolean isOneShot() {
      return oneShot;
    }
  }

  @Override
  public String toString() {
    return "Attempt{reachedNetwork="
        + reachedNetwork
        + ", reusedConnection="
        + reusedConnection
        + ", bodyStarted="
        + bodyStarted
        + ", answered="
        + answered
        + ", refused="
        + refused
        + "}";
  }
}
