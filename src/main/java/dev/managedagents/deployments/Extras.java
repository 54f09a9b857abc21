package dev.managedagents.deployments;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.managedagents.deployments.model.RawJson;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.ByteString;

/**
 * Adds a call's extra headers, query parameters and body properties ({@link RequestOptions}) to the
 * request the generated interface built. Nothing the caller passed is dropped or silently overrides
 * what the call sets: a clash is a {@link ValidationException} before anything is sent.
 */
final class Extras {
  private Extras() {}

  static Request apply(Request request, RequestOptions extras, Operation operation) {
    if (extras.extraHeaders.isEmpty()
        && extras.extraQueryParameters.isEmpty()
        && extras.extraBodyProperties.isEmpty()) {
      return request;
    }
    Request.Builder builder = request.newBuilder();
    for (Map.Entry<String, String> header : extras.extraHeaders.entrySet()) {
      builder.header(header.getKey(), header.getValue());
    }
    if (!extras.extraQueryParameters.isEmpty()) {
      HttpUrl.Builder url = request.url().newBuilder();
      for (Map.Entry<String, String> parameter : extras.extraQueryParameters.entrySet()) {
        if (operation.queryParameters.contains(parameter.getKey())) {
          throw new ValidationException(
              "extraQueryParameter " + parameter.getKey(),
              "is a parameter of " + operation.id + ": set it with the call's parameters");
        }
        url.addQueryParameter(parameter.getKey(), parameter.getValue());
      }
      builder.url(url.build());
    }
    if (!extras.extraBodyProperties.isEmpty()) {
      builder.method(request.method(), body(request.body(), extras.extraBodyProperties, operation));
    }
    return builder.build();
  }

  /** The JSON object body with the extra properties appended after its own. */
  private static RequestBody body(
      RequestBody body, Map<String, RawJson> extra, Operation operation) {
    try {
      if (body == null || body.contentLength() == 0) {
        throw new ValidationException(
            "extraBodyProperty " + extra.keySet().iterator().next(),
            operation.id + " sends no body");
      }
      Buffer original = new Buffer();
      body.writeTo(original);
      ByteString json = original.readByteString();
      JsonReader reader = JsonReader.of(new Buffer().write(json));
      reader.beginObject();
      boolean empty = true;
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (extra.containsKey(name)) {
          throw new ValidationException(
              "extraBodyProperty " + name, "is already set by this call's parameters");
        }
        reader.skipValue();
        empty = false;
      }
      // The client's encoder writes compact JSON: the object's last byte is its closing brace, so
      // the extra properties go before it and every byte of the original is kept as it was.
      Buffer merged =
          new Buffer().write(json.substring(0, json.lastIndexOf(ByteString.encodeUtf8("}"))));
      for (Map.Entry<String, RawJson> property : extra.entrySet()) {
        merged.writeUtf8(empty ? "" : ",");
        empty = false;
        try (JsonWriter name = JsonWriter.of(merged)) {
          name.value(property.getKey());
        }
        merged.writeUtf8(":").writeUtf8(property.getValue().getJson());
      }
      merged.writeUtf8("}");
      return RequestBody.create(merged.readByteString(), body.contentType());
    } catch (IOException e) {
      throw new IllegalStateException("the client's own JSON body could not be read", e);
    }
  }
}
