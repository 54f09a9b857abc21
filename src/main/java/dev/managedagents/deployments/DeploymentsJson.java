package dev.managedagents.deployments;

import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns any model into JSON and back, exactly as the client sends and receives it: to persist
 * deployments, read webhook payloads, or write fixtures. Unknown properties and variants survive the
 * round trip.
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
