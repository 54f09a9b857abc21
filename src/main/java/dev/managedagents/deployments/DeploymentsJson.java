package dev.managedagents.deployments;

import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns any model into JSON and back, exactly as the client sends and receives it: to persist
 * deployments, read webhook payloads, or write fixtures. Unknown properties and variants survive the
 * round trip.
 *
 * <p>{@link #toJson} and {@link #fromJson(String, Class)} take any model, so they name every model:
 * an app shrunk by R8 or ProGuard that calls them keeps all of them. For a request or response body
 * ({@code Deployment}, {@code DeploymentPage}, {@code DeploymentRun}, {@code DeploymentRunPage},
 * {@code CreateDeploymentParams}, {@code UpdateDeploymentParams}, {@code ErrorEnvelope}), {@link
 * #bodyToJson} and {@link #bodyFromJson(String, Class)} do the same and keep only that body's own
 * models, as the client does.
 */
public final class DeploymentsJson {
  private DeploymentsJson() {}

  /**
   * Writes a model, or a union variant, as JSON.
   *
   * <p>A request model (such as {@code CreateDeploymentParams} and what it holds) that breaks a
   * documented limit cannot be written, exactly as the client would refuse to send it; a response
   * model is written as it is, whatever it holds.
   *
   * @throws ValidationException if {@code model} is a request model that breaks a documented limit;
   *     its {@link ValidationException#getJsonPath()} names the first broken one
   * @throws IllegalArgumentException if {@code model} is not a model of this SDK
   */
  @SuppressWarnings("unchecked")
  public static String toJson(Object model) {
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) adapterFor(model.getClass());
    return Json.encode(adapter, model, "model").readUtf8();
  }

  /**
   * Reads JSON as {@code type}, which may be a union such as {@code InitialEvent.class}.
   *
   * @throws DecodeException if the JSON is malformed or does not fit {@code type}
   * @throws IllegalArgumentException if {@code type} is not a model of this SDK
   */
  public static <T> T fromJson(String json, Class<T> type) {
    return fromJson(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads UTF-8 JSON as {@code type}, as {@link #fromJson(String, Class)} does; for bytes as they
   * arrive, with no detour through a {@code String}.
   *
   * @throws DecodeException if the JSON is malformed or does not fit {@code type}
   * @throws IllegalArgumentException if {@code type} is not a model of this SDK
   */
  public static <T> T fromJson(byte[] json, Class<T> type) {
    JsonAdapter<T> adapter = adapterFor(type);
    try {
      return Json.decode(adapter, type.getSimpleName(), json);
    } catch (IOException e) {
      throw new AssertionError("Reading from a memory buffer does not fail", e);
    }
  }

  /**
   * Writes a request or response body, such as a {@code Deployment}, as {@link #toJson} does; an
   * app shrunk by R8 keeps only the models the body's class holds.
   *
   * @throws ValidationException if {@code body} is a request body that breaks a documented limit;
   *     its {@link ValidationException#getJsonPath()} names the first broken one
   * @throws IllegalArgumentException if {@code body} is not a request or response body of this SDK
   *     (write other models with {@link #toJson})
   */
  @SuppressWarnings("unchecked")
  public static String bodyToJson(Object body) {
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) bodyAdapterFor(body.getClass());
    return Json.encode(adapter, body, "body").readUtf8();
  }

  /**
   * Reads JSON as {@code bodyType}, a request or response body class such as {@code
   * Deployment.class}, as {@link #fromJson(String, Class)} does; an app shrunk by R8 keeps only the
   * models that class holds.
   *
   * @throws DecodeException if the JSON is malformed or does not fit {@code bodyType}
   * @throws IllegalArgumentException if {@code bodyType} is not a request or response body of this
   *     SDK (read other models with {@link #fromJson(String, Class)})
   */
  public static <T> T bodyFromJson(String json, Class<T> bodyType) {
    return bodyFromJson(json.getBytes(StandardCharsets.UTF_8), bodyType);
  }

  /**
   * Reads UTF-8 JSON as {@code bodyType}, as {@link #bodyFromJson(String, Class)} does.
   *
   * @throws DecodeException if the JSON is malformed or does not fit {@code bodyType}
   * @throws IllegalArgumentException if {@code bodyType} is not a request or response body of this
   *     SDK
   */
  public static <T> T bodyFromJson(byte[] json, Class<T> bodyType) {
    JsonAdapter<T> adapter = bodyAdapterFor(bodyType);
    try {
      return Json.decode(adapter, bodyType.getSimpleName(), json);
    } catch (IOException e) {
      throw new AssertionError("Reading from a memory buffer does not fail", e);
    }
  }

  /** The adapter a body class registered, found as the client finds it: naming no other model. */
  private static <T> JsonAdapter<T> bodyAdapterFor(Class<T> type) {
    JsonAdapter<T> adapter = Json.modelAdapter(type);
    if (adapter == null) {
      throw new IllegalArgumentException(
          type.getName() + " is not a request or response body of the Deployments SDK");
    }
    return adapter;
  }

  @SuppressWarnings("unchecked")
  private static <T> JsonAdapter<T> adapterFor(Class<T> type) {
    JsonAdapter<T> adapter = Json.anyModelAdapter(type);
    if (adapter != null) {
      return adapter;
    }
    // A union's Unknown variant is written by the union's adapter.
    for (Class<?> union : type.getInterfaces()) {
      JsonAdapter<?> unionAdapter = Json.anyModelAdapter(union);
      if (unionAdapter != null) {
        return (JsonAdapter<T>) unionAdapter;
      }
    }
    throw new IllegalArgumentException(type.getName() + " is not a model of the Deployments SDK");
  }
}
