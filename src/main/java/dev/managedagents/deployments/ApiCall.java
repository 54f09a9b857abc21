package dev.managedagents.deployments;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * What a method of the generated {@code DeploymentsApi} returns: Retrofit's call for one request,
 * tagged with its {@link Operation}, to be run on a client's view as a blocking call or a future.
 * Each attempt of an {@link Exchange} is a clone of {@link #call}, executed by Retrofit and decoded
 * by the client's converter.
 *
 * @param <M> the model the response decodes to
 */
final class ApiCall<M> {
  final Operation operation;
  final Call<M> call;

  private ApiCall(Operation operation, Call<M> call) {
    this.operation = operation;
    this.call = call;
  }

  /** Runs the call on this thread with {@code transport}'s settings; see {@link Exchange}. */
  M execute(Transport transport) {
    return Exchange.execute(transport, this);
  }

  /**
   * Starts the call that {@code prepare} builds, returning its result mapped by {@code map}; an
   * argument {@code prepare} refuses fails the future rather than throwing (and is reported to the
   * client's listeners as a call of {@code operation} that sent nothing).
   */
  static <M, T> CompletableFuture<T> enqueue(
      Transport transport, Operation operation, Preparation<M> prepare, Function<M, T> map) {
    return Exchange.enqueue(transport, operation, prepare, map);
  }

  /**
   * Runs the call that {@code prepare} builds on this thread; an argument it refuses is thrown, and
   * reported to the client's listeners as a call of {@code operation} that sent nothing.
   */
  static <M> M execute(Transport transport, Operation operation, Preparation<M> prepare) {
    return Exchange.execute(transport, operation, prepare);
  }

  /** Checks a call's arguments and builds its request; may throw a {@link ValidationException}. */
  interface Preparation<M> {
    ApiCall<M> prepare();
  }

  /**
   * Retrofit's extension point for this SDK's call form: for each method of the generated
   * interface, finds its {@link Operation} once, from the method's HTTP annotation (the same method
   * and path template the operation table was generated with).
   */
  static final class Factory extends CallAdapter.Factory {
    @Override
    public @Nullable CallAdapter<?, ?> get(
        Type returnType, Annotation[] annotations, Retrofit retrofit) {
      if (getRawType(returnType) != ApiCall.class) {
        return null;
      }
      Type model = getParameterUpperBound(0, (ParameterizedType) returnType);
      Operation operation = operation(annotations);
      return new CallAdapter<Object, ApiCall<Object>>() {
        @Override
        public Type responseType() {
          return model;
        }

        @Override
        public ApiCall<Object> adapt(Call<Object> call) {
          return new ApiCall<>(operation, call);
        }
      };
    }

    /** The operation of a generated interface method, found by its HTTP method annotation. */
    static Operation operation(Annotation[] annotations) {
      for (Annotation annotation : annotations) {
        String endpoint = endpoint(annotation);
        if (endpoint != null) {
          for (Operation operation : Operation.values()) {
            if (endpoint.equals(operation.method + " " + operation.path)) {
              return operation;
            }
          }
          throw new IllegalStateException("No operation in the table for " + endpoint);
        }
      }
      throw new IllegalStateException("A DeploymentsApi method has no HTTP method annotation");
    }

    /**
     * "METHOD path" of an HTTP method annotation, or {@code null} for any other annotation. Not
     * from the annotation's class name, which a shrinker may rename.
     */
    private static @Nullable String endpoint(Annotation annotation) {
      if (annotation instanceof GET) {
        return "GET " + ((GET) annotation).value();
      } else if (annotation instanceof POST) {
        return "POST " + ((POST) annotation).value();
      } else if (annotation instanceof PUT) {
        return "PUT " + ((PUT) annotation).value();
      } else if (annotation instanceof PATCH) {
        return "PATCH " + ((PATCH) annotation).value();
      } else if (annotation instanceof DELETE) {
        return "DELETE " + ((DELETE) annotation).value();
      }
      return null;
    }
  }
}
