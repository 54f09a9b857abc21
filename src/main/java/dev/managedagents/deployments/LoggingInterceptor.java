package dev.managedagents.deployments;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Logs every attempt of a request and its response (or failure), one message each, with headers and
 * the start of the body; credentials and secret properties are masked by the {@link Redactor}.
 */
final class LoggingInterceptor implements Interceptor {
  /** How much of a body is shown. */
  static final long MAX_BODY_BYTES = 8 * 1024;

  private final Consumer<String> logger;
  private final Redactor redactor;

  LoggingInterceptor(Consumer<String> logger, Redactor redactor) {
    this.logger = logger;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    StringBuilder out =
        new StringBuilder("--> ").append(request.method()).append(' ').append(request.url());
    appendHeaders(out, request.headers());
    RequestBody body = request.body();
    // Secrets this request carries are also masked wherever the answer repeats them.
    Exchange<?> call = request.tag(Exchange.class);
    Redactor redactor = call != null ? call.redactor() : this.redactor;
    if (body != null) {
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      appendBody(out, buffer, buffer.size());
    }
    log(out, redactor);

    long started = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log(
          new StringBuilder("<-- FAILED ")
              .append(request.method())
              .append(' ')
              .append(request.url())
              .append(": ")
              .append(e.getClass().getSimpleName())
              .append(": ")
              .append(e.getMessage()),
          redactor);
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    StringBuilder in =
        new StringBuilder("<-- ")
            .append(response.code())
            .append(' ')
            .append(request.method())
            .append(' ')
            .append(request.url())
            .append(" (")
            .append(millis)
            .append(" ms)");
    appendHeaders(in, response.headers());
    // No further than a declared length, whose end the call's own read does not wait for either
    // (see JsonConverterFactory.readBounded).
    long declared = response.body() == null ? -1 : response.body().contentLength();
    ResponseBody peeked =
        response.peekBody(declared >= 0 ? Math.min(declared, MAX_BODY_BYTES) : MAX_BODY_BYTES);
    Buffer buffer = new Buffer();
    buffer.writeAll(peeked.source());
    appendBody(in, buffer, peeked.contentLength() < MAX_BODY_BYTES ? buffer.size() : -1);
    log(in, redactor);
    return response;
  }

  private void appendHeaders(StringBuilder out, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      out.append('\n')
          .append(name)
          .append(": ")
          .append(Redactor.isSecretHeader(name) ? Redactor.MASK : headers.value(i));
    }
  }

  /** The start of a body; {@code size} is -1 when only its start was read. */
  private static void appendBody(StringBuilder out, Buffer body, long size) throws IOException {
    long shown = Math.min(body.size(), MAX_BODY_BYTES);
    out.append("\n\n").append(body.readUtf8(shown));
    if (size < 0 || shown < size) {
      out.append("… (cut at ").append(shown).append(" bytes)");
    }
  }

  /** Sends one message; a logger that fails must not fail the call. */
  private void log(StringBuilder message, Redactor redactor) {
    try {
      logger.accept(redactor.redact(message.toString()));
    } catch (RuntimeException ignored) {
      // Logging is best effort.
    }
  }

  @Override
  public String toString() {
    return "LoggingInterceptor";
  }
}
