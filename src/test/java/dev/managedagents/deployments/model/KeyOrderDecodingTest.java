package dev.managedagents.deployments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okio.Buffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture, rewritten with {@code type} first, last, and with sorted keys in every object,
 * decodes in one pass of {@link InPlaceDecoding#decode} (two with unknown variants, in every order)
 * to what a plain reader gives, and writes back to JSON that decodes to the same value: key order
 * changes neither the result nor the work.
 */
class KeyOrderDecodingTest {
  private static final Moshi MOSHI = new Moshi.Builder().add(ModelJsonAdapters.factory()).build();

  static List<Arguments> documents() {
    Object[][] fixtures = {
      {"fixtures/deployment-active.json", Deployment.class},
      {"fixtures/deployment-paused.json", Deployment.class},
      {"fixtures/deployment-from-the-future.json", Deployment.class},
      {"fixtures/deployment-run-ok.json", DeploymentRun.class},
      {"fixtures/deployment-run-failed.json", DeploymentRun.class},
      {"fixtures/deployment-run-from-the-future.json", DeploymentRun.class},
      {"fixtures/deployment.json", Deployment.class},
      {"fixtures/deployment-errored.json", Deployment.class},
      {"fixtures/deployment-page.json", DeploymentPage.class},
      {"fixtures/deployment-run-page.json", DeploymentRunPage.class},
      {"fixtures/create-params.json", CreateDeploymentParams.class},
      {"fixtures/update-params.json", UpdateDeploymentParams.class},
    };
    List<Arguments> arguments = new ArrayList<>();
    for (Object[] fixture : fixtures) {
      for (KeyOrder order : KeyOrder.values()) {
        arguments.add(Arguments.of(fixture[0], fixture[1], order));
      }
    }
    return arguments;
  }

  @ParameterizedTest(name = "{0} with {2}")
  @MethodSource("documents")
  void decodesInOnePassLikeAPlainReaderAndRoundTrips(String fixture, Class<?> type, KeyOrder order)
      throws IOException {
    String original = resource(fixture);
    String json = order.apply(original);
    if (order == KeyOrder.TYPE_LAST && original.contains("\"type\"")) {
      // Else this test would not be about late tags at all.
      assertNotEquals(KeyOrder.TYPE_FIRST.apply(original), json, "no object had a type before other keys");
    }
    JsonAdapter<Object> adapter = adapter(type);
    AtomicInteger reads = new AtomicInteger();

    Object decoded = decode(adapter, json, reads);

    Object plain = adapter.fromJson(JsonReader.of(new Buffer().writeUtf8(json)));
    assertEquals(plain, decoded);
    // One pass in any key order; a second only for unknown variants, whose exact text needs it.
    boolean unknownVariants = plain.toString().contains(".Unknown{");
    assertEquals(unknownVariants ? 2 : 1, reads.get(), "passes over the document");
    String written = adapter.toJson(decoded);
    assertEquals(decoded, decode(adapter, written, new AtomicInteger()));
    // The same data in any order is the same value; unknown variants keep the text they came in,
    // so both are compared as written back and then put in this order.
    assertEquals(
        order.apply(adapter.toJson(decode(adapter, original, new AtomicInteger()))), order.apply(written));
  }

  @ParameterizedTest
  @EnumSource(KeyOrder.class)
  void unknownVariantsKeepTheirExactTextInEveryOrder(KeyOrder order) throws IOException {
    String json = order.apply(resource("fixtures/deployment-from-the-future.json"));
    JsonAdapter<Object> adapter = adapter(Deployment.class);

    Deployment deployment = (Deployment) decode(adapter, json, new AtomicInteger());

    List<RawJson> unknown = new ArrayList<>();
    for (InitialEvent event : deployment.getInitialEvents()) {
      if (event instanceof InitialEvent.Unknown) {
        unknown.add(((InitialEvent.Unknown) event).getJson());
      } else if (event instanceof UserMessageEvent) {
        for (ContentBlock block : ((UserMessageEvent) event).getContent()) {
          if (block instanceof ImageBlock && ((ImageBlock) block).getSource() instanceof ImageSource.Unknown) {
            unknown.add(((ImageSource.Unknown) ((ImageBlock) block).getSource()).getJson());
          } else if (block instanceof DocumentBlock
              && ((DocumentBlock) block).getSource() instanceof DocumentSource.Unknown) {
            unknown.add(((DocumentSource.Unknown) ((DocumentBlock) block).getSource()).getJson());
          }
        }
      }
    }
    assertEquals(3, unknown.size(), "unknown variants in the fixture: user.voice, s3, gdrive");
    String written = adapter.toJson(deployment);
    for (RawJson text : unknown) {
      // Exactly as received, in this order, with the tag where the order put it, and written back so.
      assertTrue(json.contains(text.getJson()), () -> "not the received text: " + text);
      assertTrue(written.contains(text.getJson()), () -> "not written back: " + text);
      // (these three objects have no property that sorts after "type")
      assertTrue(
          order == KeyOrder.TYPE_FIRST
              ? text.getJson().startsWith("{\"type\":")
              : text.getJson().matches(".*,\"type\":\"[^\"]+\"}"),
          () -> "the tag is not where " + order + " puts it: " + text);
    }
  }

  @SuppressWarnings("unchecked")
  private static JsonAdapter<Object> adapter(Class<?> type) {
    return (JsonAdapter<Object>) MOSHI.adapter(type);
  }

  private static Object decode(JsonAdapter<Object> adapter, String json, AtomicInteger reads)
      throws IOException {
    return InPlaceDecoding.decode(
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        reader -> {
          reads.incrementAndGet();
          return adapter.fromJson(reader);
        });
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = KeyOrderDecodingTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IOException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }
}
