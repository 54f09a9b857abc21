package dev.managedagents.deployments;

import java.util.concurrent.CompletableFuture;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The listener of a {@code withResponse} view: it keeps the last call that ended, whose answer
 * becomes the {@link ApiResponse} of the value that call returned.
 */
final class ResponseCapture implements CallListener {
  private volatile @Nullable CallEvent last;

  @Override
  public void callEnded(CallEvent call) {
    last = call;
  }

  /** {@code value} with the answer of the call that returned it. */
  <T> ApiResponse<T> response(T value) {
    CallEvent call = last;
    if (call == null) {
      throw new IllegalStateException(
          "withResponse: the function made no call of the service it was given");
    }
    Headers headers = call.headers();
    return new ApiResponse<>(value, call.status(), headers == null ? Headers.of() : headers);
  }

  /** The future of {@code value}'s response; cancelling it cancels the call. */
  <T> CompletableFuture<ApiResponse<T>> responseAsync(CompletableFuture<T> value) {
    CompletableFuture<ApiResponse<T>> response =
        new CompletableFuture<ApiResponse<T>>() {
          @Override
          public boolean cancel(boolean mayInterruptIfRunning) {
            value.cancel(mayInterruptIfRunning);
            return super.cancel(mayInterruptIfRunning);
          }
        };
    value.whenComplete(
        (result, failure) -> {
          if (failure != null) {
            response.completeExceptionally(failure);
          } else {
            try {
              response.complete(response(result));
            } catch (RuntimeException e) {
              response.completeExceptionally(e);
            }
          }
        });
    return response;
  }
}
