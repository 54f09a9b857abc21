package dev.managedagents.deployments;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** Runs a generated Retrofit call, synchronously or not, and turns every failure into an SDK exception. */
final class Calls {
  private Calls() {}

  static <T> T execute(Call<T> call) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw connectionFailure(call.request(), e);
    }
    return unwrap(response);
  }

  /**
   * Starts the call that {@code prepare} builds. An argument that {@code prepare} refuses fails the
   * future rather than throwing, so async callers handle every failure in one place.
   */
  static <T> CompletableFuture<T> enqueue(Supplier<Call<T>> prepare) {
    Call<T> call;
    try {
      call = prepare.get();
    } catch (RuntimeException e) {
      CompletableFuture<T> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    CompletableFuture<T> future =
        new CompletableFuture<T>() {
          @Override
          public boolean cancel(boolean mayInterruptIfRunning) {
            call.cancel();
            return super.cancel(mayInterruptIfRunning);
          }
        };
    call.enqueue(
        new Callback<T>() {
          @Override
          public void onResponse(Call<T> call, Response<T> response) {
            try {
              future.complete(unwrap(response));
            } catch (RuntimeException e) {
              future.completeExceptionally(e);
            }
          }

          @Override
          public void onFailure(Call<T> call, Throwable failure) {
            future.completeExceptionally(
                failure instanceof IOException
                    ? connectionFailure(call.request(), (IOException) failure)
                    : failure);
          }
        });
    return future;
  }

  private static <T> T unwrap(Response<T> response) {
    if (!response.isSuccessful()) {
      throw ErrorResponse.read(response.code(), response.headers(), response.errorBody())
          .toException();
    }
    @Nullable T body = response.body();
    if (body == null) {
      throw new DecodeException("response", null, "the body is empty (status " + response.code() + ")", null);
    }
    return body;
  }

  static ConnectionException connectionFailure(Request request, IOException e) {
    boolean possiblySent = !RetryPolicy.certainlyNotSent(e);
    String what = request.method() + " " + request.url().encodedPath();
    String reason =
        e instanceof InterruptedIOException
            ? "timed out or was interrupted"
            : "failed on the network (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    String effect =
        possiblySent
            ? "; the request may have reached the server, so the operation may have happened"
            : "; nothing was sent";
    return new ConnectionException(what + " " + reason + effect, e, possiblySent);
  }
}
