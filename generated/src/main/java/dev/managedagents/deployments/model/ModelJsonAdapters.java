// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The Moshi adapters of every model, explicit and streaming. No reflection is involved, but for one
 * {@code Class.forName} that runs a model class's static initializer, where it registers its
 * adapter.
 *
 * <p>Most code never needs this: the client and {@code DeploymentsJson} install it. Add {@link
 * #factory()} to your own {@code Moshi.Builder} to read or write the models elsewhere.
 */
public final class ModelJsonAdapters {
  /**
   * Answers an adapter for each model class, and {@code null} for every other type, unions included
   * (they are read and written as parts of the models that hold them). Each model class brings its
   * own adapter, so an app shrunk by R8 or ProGuard keeps only the adapters of the models it uses.
   */
  public static final JsonAdapter.Factory CLASSES = ModelJsonAdapters::createForClass;

  /**
   * Answers an adapter for each model class and union, and {@code null} for every other type. It
   * names every union, so an app shrunk by R8 or ProGuard keeps them all once it calls this.
   */
  public static JsonAdapter.Factory factory() {
    return Unions.FACTORY;
  }

  /** Apart, so that an app that never calls {@link #factory()} creates no factory of unions. */
  private static final class Unions {
    static final JsonAdapter.Factory FACTORY = ModelJsonAdapters::create;
  }

  private ModelJsonAdapters() {}

  /**
   * The superclass of every object model and of each union's {@code Unknown}. Equality and a
   * union's writing go through its methods, never through a type check that names a model class, so
   * R8 may merge model classes of the same shape (a class an app type-checks itself is not merged).
   */
  abstract static class Model {
    Model() {}

    /** The model's name, unique among models: tells models apart where R8 merged their classes. */
    abstract String modelName();

    /** The values that {@code equals} compares and {@code hashCode} hashes, in order. */
    abstract Object[] values();

    /** Writes this model as JSON. */
    abstract void writeJson(JsonWriter writer) throws IOException;

    /** Whether {@code other} is the same model with equal values. */
    final boolean equalsModel(@Nullable Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Model)) {
        return false;
      }
      Model that = (Model) other;
      return modelName().equals(that.modelName()) && Arrays.equals(values(), that.values());
    }
  }

  /**
   * The JSON property names the spec marks {@code x-secret}: {@link RawJson#toString()} masks their
   * values wherever they appear in JSON this SDK does not know.
   */
  static final Set<String> SECRET_NAMES =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              Arrays.asList(
                  new String[] {
                    "authorization_token",
                  })));

  /** Reads a value from a {@link JsonReader}, as {@link #decode} asks. */
  interface Read<T> {
    T read(JsonReader reader) throws IOException;
  }

  /**
   * Runs {@code read} on a reader of {@code json} the way the client decodes every response: first
   * on a reader tagged with its {@link Buffer}, where every union finds its {@code type} in place
   * (see {@link JsonSupport.InPlaceTags}), and only when a union needs a look-ahead (an unknown
   * variant, or an object without a plain string tag) once more on a plain reader, so the result,
   * or the error, is always the one a plain reader gives. For tests of that protocol; the client's
   * own decoding follows it without calling this.
   */
  static <T> T decode(byte[] json, Read<T> read) throws IOException {
    // Each pass reads its own buffer to the end, so its pooled segments go back to the pool.
    Buffer buffer = new Buffer().write(json);
    JsonReader inPlace = JsonReader.of(buffer);
    inPlace.setTag(Buffer.class, buffer);
    try {
      return read.read(inPlace);
    } catch (JsonSupport.LookAheadNeeded e) {
      return read.read(JsonReader.of(new Buffer().write(json)));
    }
  }

  /** Each model class's adapter, put here by the class's static initializer. */
  private static final ConcurrentMap<Class<?>, JsonAdapter<?>> REGISTERED =
      new ConcurrentHashMap<>();

  /** Called by each model class as it is initialized. */
  static <T> void register(Class<T> model, JsonAdapter<T> adapter) {
    REGISTERED.put(model, adapter);
  }

  private static @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    JsonAdapter<?> adapter = createForClass(type, annotations, moshi);
    if (adapter != null || !annotations.isEmpty()) {
      return adapter;
    }
    // Unions are interfaces, which cannot register themselves.
    if (type == AgentParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "AgentParam", AgentParam.Id::read, AgentParam.Id::write);
    }
    if (type == Checkout.class) {
      return new JsonSupport.ModelAdapter<>(
          "Checkout", Checkout.Unknown::read, Checkout.Unknown::write);
    }
    if (type == ContentBlock.class) {
      return new JsonSupport.ModelAdapter<>(
          "ContentBlock", ContentBlock.Unknown::read, ContentBlock.Unknown::write);
    }
    if (type == ContentBlockParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "ContentBlockParam", ContentBlockParam.Unknown::read, ContentBlockParam.Unknown::write);
    }
    if (type == DocumentSource.class) {
      return new JsonSupport.ModelAdapter<>(
          "DocumentSource", DocumentSource.Unknown::read, DocumentSource.Unknown::write);
    }
    if (type == ErrorObject.class) {
      return new JsonSupport.ModelAdapter<>(
          "ErrorObject", ErrorObject.Unknown::read, ErrorObject.Unknown::write);
    }
    if (type == ImageSource.class) {
      return new JsonSupport.ModelAdapter<>(
          "ImageSource", ImageSource.Unknown::read, ImageSource.Unknown::write);
    }
    if (type == InitialEvent.class) {
      return new JsonSupport.ModelAdapter<>(
          "InitialEvent", InitialEvent.Unknown::read, InitialEvent.Unknown::write);
    }
    if (type == InitialEventParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "InitialEventParam", InitialEventParam.Unknown::read, InitialEventParam.Unknown::write);
    }
    if (type == PausedReason.class) {
      return new JsonSupport.ModelAdapter<>(
          "PausedReason", PausedReason.Unknown::read, PausedReason.Unknown::write);
    }
    if (type == PausedReasonError.class) {
      return new JsonSupport.ModelAdapter<>(
          "PausedReasonError", PausedReasonError.Unknown::read, PausedReasonError.Unknown::write);
    }
    if (type == ResourceConfig.class) {
      return new JsonSupport.ModelAdapter<>(
          "ResourceConfig", ResourceConfig.Unknown::read, ResourceConfig.Unknown::write);
    }
    if (type == ResourceParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "ResourceParam", ResourceParam.Unknown::read, ResourceParam.Unknown::write);
    }
    if (type == Rubric.class) {
      return new JsonSupport.ModelAdapter<>("Rubric", Rubric.Unknown::read, Rubric.Unknown::write);
    }
    if (type == RunError.class) {
      return new JsonSupport.ModelAdapter<>(
          "RunError", RunError.Unknown::read, RunError.Unknown::write);
    }
    if (type == Schedule.class) {
      return new JsonSupport.ModelAdapter<>(
          "Schedule", Schedule.Unknown::read, Schedule.Unknown::write);
    }
    if (type == ScheduleParam.class) {
      return new JsonSupport.ModelAdapter<>(
          "ScheduleParam", ScheduleParam.Unknown::read, ScheduleParam.Unknown::write);
    }
    if (type == TriggerContext.class) {
      return new JsonSupport.ModelAdapter<>(
          "TriggerContext", TriggerContext.Unknown::read, TriggerContext.Unknown::write);
    }
    return null;
  }

  private static @Nullable JsonAdapter<?> createForClass(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class)) {
      return null;
    }
    Class<?> model = (Class<?>) type;
    if (model.isInterface() || model.getClassLoader() != ModelJsonAdapters.class.getClassLoader()) {
      return null;
    }
    JsonAdapter<?> adapter = REGISTERED.get(model);
    if (adapter == null) {
      // A model class registers its adapter when initialized; nothing may have initialized it yet.
      try {
        Class.forName(model.getName(), true, model.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError("A loaded class is found by its name", e);
      }
      adapter = REGISTERED.get(model);
    }
    return adapter;
  }
}
