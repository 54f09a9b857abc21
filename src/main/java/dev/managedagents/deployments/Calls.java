package dev.managedagents.deployments;

import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ByteString;
import retrofit2.Call;

/**
 * Runs a request that a generated Retrofit method built, synchronously or not, and reads the
 * answer: a failure status as its {@link ApiException}, a success as the model, anything else as a
 * {@link DecodeException} or {@link ConnectionException} that keeps the status and request ID.
 * Retrofit only builds the request here, so that a body that cannot be read still has its status.
 */
final class Calls {
  private Calls() {}

  static <T> T execute(Transport transport, Call<T> call, Class<T> type) {
    Request request = call.request();
    okhttp3.Call raw = newCall(transport, request);
    Response response;
    try {
      response = raw.execute();
    } catch (IOException e) {
      throw connectionFailure(request, e, transport);
    }
    return read(transport, request, response, type);
  }

  /**
   * Starts the call that {@code prepare} builds. An argument that {@code prepare} refuses, or a
   * closed client, fails the future rather than throwing, so async callers handle every failure in
   * one place.
   */
  static <T> CompletableFuture<T> enqueue(
      Transport transport, Supplier<Call<T>> prepare, Class<T> type) {
    Request request;
    okhttp3.Call raw;
    try {
      request = prepare.get().request();
      raw = newCall(transport, request);
    } catch (RuntimeException e) {
      CompletableFuture<T> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    CompletableFuture<T> future =
        new CompletableFuture<T>() {
          @Override
          public boolean cancel(boolean mayInterruptIfRunning) {
            raw.cancel();
            return super.cancel(mayInterruptIfRunning);
          }
        };
    raw.enqueue(
        new Callback() {
          @Override
          public void onResponse(okhttp3.Call call, Response response) {
            try {
              future.complete(read(transport, request, response, type));
            } catch (RuntimeException e) {
              future.completeExceptionally(e);
            }
          }

          @Override
          public void onFailure(okhttp3.Call call, IOException e) {
            future.completeExceptionally(connectionFailure(request, e, transport));
          }
        });
    return future;
  }

  private static okhttp3.Call newCall(Transport transport, Request request) {
    if (transport.isClosed()) {
      throw new IllegalStateException("This DeploymentsClient is closed");
    }
    return transport.http.newCall(request);
  }

  private static <T> T read(Transport transport, Request request, Response response, Class<T> type) {
    try (ResponseBody body = response.body()) {
      if (!response.isSuccessful()) {
        throw ErrorResponse.read(
                response.code(),
                response.headers(),
                body,
                redactor(transport, request),
                notRetriedNote(transport, request, response.code()))
            .toException();
      }
      if (body == null) {
        throw new DecodeException(type.getSimpleName(), null, "the response has no body", null)
            .inResponse(response.code(), response.header("request-id"), null, "", transport.redactor);
      }
      return decode(transport, request, response, body, type);
    }
  }

  private static <T> T decode(
      Transport transport, Request request, Response response, ResponseBody body, Class<T> type) {
    JsonAdapter<T> adapter = Json.modelAdapter(type);
    if (adapter == null) {
      throw new AssertionError(type + " is not a model");
    }
    // Read whole: the decoder reads it twice if it must, and a failure shows the start of it.
    ByteString json;
    try {
      json = body.source().readByteString();
    } catch (IOException e) {
      throw connectionFailure(request, e, transport);
    }
    try {
      return Json.decode(adapter, type.getSimpleName(), json);
    } catch (DecodeException e) {
      Redactor redactor = redactor(transport, request);
      String text = json.substring(0, (int) Math.min(json.size(), ErrorResponse.MAX_BODY_BYTES)).utf8();
      ErrorResponse envelope =
          ErrorResponse.ifEnvelope(response.code(), response.headers(), text, redactor);
      if (envelope != null) {
        throw envelope.toException();
      }
      MediaType contentType = body.contentType();
      throw e.inResponse(
          response.code(),
          response.header("request-id"),
          contentType == null ? null : contentType.toString(),
          ErrorResponse.excerpt(redactor.redact(text)),
          redactor);
    } catch (IOException e) {
      throw connectionFailure(request, e, transport);
    }
  }

  /** The client's redactor, also masking the secret values this request carried. */
  private static Redactor redactor(Transport transport, Request request) {
    RequestBody body = request.body();
    if (body == null) {
      return transport.redactor;
    }
    Buffer buffer = new Buffer();
    try {
      body.writeTo(buffer);
    } catch (IOException e) {
      return transport.redactor;
    }
    return transport.redactor.with(Redactor.secretValues(buffer.readUtf8()));
  }

  /** Why a failure that the same request would have been retried after was not, if it was not. */
  private static String notRetriedNote(Transport transport, Request request, int status) {
    boolean retryable = status == 408 || status >= 500;
    if (!retryable || RetryPolicy.isIdempotent(request, transport.baseUrl)) {
      return "";
    }
    return "; not retried because "
        + request.method()
        + " "
        + request.url().encodedPath()
        + " is not idempotent: the request reached the server, so the operation may have happened";
  }

  static ConnectionException connectionFailure(Request request, IOException e, Transport transport) {
    boolean possiblySent = !RetryPolicy.certainlyNotSent(e);
    IOException cause =
        e instanceof RetryInterceptor.NotSentException && e.getCause() instanceof IOException
            ? (IOException) e.getCause()
            : e;
    String what = request.method() + " " + request.url().encodedPath();
    String reason =
        cause instanceof InterruptedIOException
            ? "timed out or was cancelled (" + cause.getMessage() + ")"
            : "failed on the network ("
                + cause.getClass().getSimpleName()
                + ": "
                + cause.getMessage()
                + ")";
    String effect;
    if (!possiblySent) {
      effect = "; nothing was sent";
    } else if (RetryPolicy.isIdempotent(request, transport.baseUrl)) {
      effect = "; the request may have reached the server";
    } else {
      effect =
          "; the request may have reached the server, so the operation may have happened (not"
              + " retried: it is not idempotent)";
    }
    return new ConnectionException(
        transport.redactor.redact(what + " " + reason + effect), cause, possiblySent);
  }
}
