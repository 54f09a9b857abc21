package dev.managedagents.deployments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * {@link InPlaceDecoding#decode}: unions find their tag in place wherever it is in their object,
 * so every document of known variants is read in one pass, whatever its key order, with the result
 * a plain reader gives; an unknown variant (for its exact text) or an object without a plain string
 * tag makes the document be read again, with look-ahead.
 */
class InPlaceTagsTest {
  private static final JsonAdapter<Deployment> DEPLOYMENT =
      new Moshi.Builder().add(ModelJsonAdapters.factory()).build().adapter(Deployment.class);

  private static final String HEAD =
      "{\"id\":\"depl_1\",\"type\":\"deployment\",\"name\":\"n\",\"description\":null,"
          + "\"agent\":{\"type\":\"agent\",\"id\":\"agent_1\",\"version\":2},\"environment_id\":\"env_1\","
          + "\"initial_events\":[";
  private static final String TAIL =
      "],\"resources\":[{\"type\":\"github_repository\",\"url\":\"https://github.com/e/r\","
          + "\"checkout\":{\"type\":\"branch\",\"name\":\"main\"},\"mount_path\":null}],"
          + "\"vault_ids\":[],\"metadata\":{},\"schedule\":null,\"status\":\"paused\","
          + "\"paused_reason\":{\"type\":\"error\",\"error\":{\"type\":\"vault_archived_error\"}},"
          + "\"created_at\":\"2026-11-02T10:00:00Z\",\"updated_at\":\"2026-11-20T07:59:58.412Z\",\"archived_at\":null}";
  private static final String KNOWN_EVENT =
      "{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"},"
          + "{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"https://e.com/a.png\"}}]}";

  /** Read in place, {@code json} fails with the message a plain read gives. */
  private static void assertFailsAsThePlainReadFails(String json) {
    JsonDataException inPlace =
        assertThrows(JsonDataException.class, () -> decode(json, new AtomicInteger()));
    JsonDataException plain = assertThrows(JsonDataException.class, () -> plain(json));
    assertEquals(plain.getMessage(), inPlace.getMessage());
  }

  @Test
  void apiShapedDocumentIsReadOnceAndEqualsThePlainRead() throws IOException {
    String json = HEAD + KNOWN_EVENT + TAIL;
    AtomicInteger reads = new AtomicInteger();

    Deployment inPlace = decode(json, reads);

    assertEquals(1, reads.get());
    assertEquals(plain(json), inPlace);
  }

  @Test
  void unknownNestedVariantIsReadAgainAndKeepsItsExactText() throws IOException {
    String hologram = "{\"depth\" : 2.50, \"type\":\"hologram\" }";
    String json = HEAD + "{\"content\":[" + hologram + "],\"type\":\"user.message\"}" + TAIL;
    AtomicInteger reads = new AtomicInteger();

    Deployment deployment = decode(json, reads);

    assertEquals(2, reads.get());
    UserMessageEvent event = assertInstanceOf(UserMessageEvent.class, deployment.getInitialEvents().get(0));
    ContentBlock.Unknown block = assertInstanceOf(ContentBlock.Unknown.class, event.getContent().get(0));
    assertEquals(hologram, block.getJson().getJson());
    assertEquals(plain(json), deployment);
  }

  @Test
  void tagAfterOtherPropertiesIsReadInOnePassWithTheSameResult() throws IOException {
    String json =
        HEAD + "{\"content\":[{\"text\":\"hi\",\"type\":\"text\"}],\"type\":\"user.message\"}" + TAIL;
    AtomicInteger reads = new AtomicInteger();

    Deployment deployment = decode(json, reads);

    assertEquals(1, reads.get());
    assertInstanceOf(UserMessageEvent.class, deployment.getInitialEvents().get(0));
    assertEquals(plain(json), deployment);
  }

  @Test
  void valuesBeforeTheTagAreSkippedWholeWhateverTheyHold() throws IOException {
    String block =
        "{ \"text\" : \"a \\\"type\\\":\\\"image\\\" } ] { \\\\\",\n  \"extra\": [ {\"type\":\"image\"}, [1, -2.5e3,"
            + " true, false, null], {\"a\":{\"b\":[]}} ],\n  \"n\": 12 , \"t\":true,\"f\":false,\"z\":null,"
            + " \"type\" :\t\"text\"\n}";
    String json = HEAD + "{\"content\":[" + block + "],\"type\":\"user.message\"}" + TAIL;
    AtomicInteger reads = new AtomicInteger();

    Deployment deployment = decode(json, reads);

    assertEquals(1, reads.get());
    UserMessageEvent event = assertInstanceOf(UserMessageEvent.class, deployment.getInitialEvents().get(0));
    TextBlock text = assertInstanceOf(TextBlock.class, event.getContent().get(0));
    assertEquals("a \"type\":\"image\" } ] { \\", text.getText());
    assertEquals(5, text.getAdditionalProperties().size());
    assertEquals(plain(json), deployment);
  }

  @Test
  void escapedTagNameIsReadAgainWithTheSameResult() throws IOException {
    String json =
        HEAD + "{\"content\":[{\"text\":\"hi\",\"typ\\u0065\":\"text\"}],\"type\":\"user.message\"}" + TAIL;
    AtomicInteger reads = new AtomicInteger();

    Deployment deployment = decode(json, reads);

    assertEquals(2, reads.get());
    UserMessageEvent event = assertInstanceOf(UserMessageEvent.class, deployment.getInitialEvents().get(0));
    assertInstanceOf(TextBlock.class, event.getContent().get(0));
    assertEquals(plain(json), deployment);
  }

  @Test
  void escapedKnownTagValueIsNotTakenForAnUnknownOne() throws IOException {
    String json = HEAD + "{\"content\":[{\"text\":\"hi\",\"type\":\"t\\u0065xt\"}],\"type\":\"user.message\"}" + TAIL;
    AtomicInteger reads = new AtomicInteger();

    Deployment deployment = decode(json, reads);

    assertEquals(2, reads.get());
    UserMessageEvent event = assertInstanceOf(UserMessageEvent.class, deployment.getInitialEvents().get(0));
    assertInstanceOf(TextBlock.class, event.getContent().get(0));
    assertEquals(plain(json), deployment);
  }

  @Test
  void nestedTagThatIsNotAStringFailsAsThePlainReadFails() {
    String json = HEAD + "{\"content\":[{\"text\":\"hi\",\"type\":5}],\"type\":\"user.message\"}" + TAIL;

    assertFailsAsThePlainReadFails(json);
  }

  @Test
  void objectsScannedForOneUnionDoNotAnswerForItsSiblings() throws IOException {
    // The first event is scanned whole (its tag is last) and notes the tags inside it; the second
    // event's blocks have the same shapes at other offsets and must be found on their own.
    String first = "{\"content\":[{\"text\":\"a\",\"type\":\"text\"}],\"type\":\"user.message\"}";
    String second =
        "{\"content\":[{\"source\":{\"url\":\"https://e.com/b.png\",\"type\":\"url\"},\"type\":\"image\"},"
            + "{\"type\":\"text\",\"text\":\"b\"}],\"type\":\"user.message\"}";
    String json = HEAD + first + "," + second + TAIL;
    AtomicInteger reads = new AtomicInteger();

    Deployment deployment = decode(json, reads);

    assertEquals(1, reads.get());
    UserMessageEvent event = assertInstanceOf(UserMessageEvent.class, deployment.getInitialEvents().get(1));
    ImageBlock image = assertInstanceOf(ImageBlock.class, event.getContent().get(0));
    assertInstanceOf(UrlImageSource.class, image.getSource());
    assertInstanceOf(TextBlock.class, event.getContent().get(1));
    assertEquals(plain(json), deployment);
  }

  @Test
  void tagThatIsNotAStringFailsAsThePlainReadFails() {
    String json = HEAD + "{\"content\":[],\"type\":{\"name\":\"user.message\"}}" + TAIL;

    assertFailsAsThePlainReadFails(json);
  }

  @Test
  void unionWithoutTagFailsAsThePlainReadFails() {
    String json = HEAD + "{\"content\":[]}" + TAIL;

    assertFailsAsThePlainReadFails(json);
  }

  @Test
  void errorBeforeAnyUnionIsReportedFromTheFirstRead() {
    String json = HEAD.replace("\"version\":2", "\"version\":\"two\"") + KNOWN_EVENT + TAIL;
    AtomicInteger reads = new AtomicInteger();

    JsonDataException e = assertThrows(JsonDataException.class, () -> decode(json, reads));

    assertEquals(1, reads.get());
    assertEquals(assertThrows(JsonDataException.class, () -> plain(json)).getMessage(), e.getMessage());
  }

  private static Deployment decode(String json, AtomicInteger reads) throws IOException {
    return InPlaceDecoding.decode(
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        reader -> {
          reads.incrementAndGet();
          return DEPLOYMENT.fromJson(reader);
        });
  }

  private static Deployment plain(String json) throws IOException {
    return DEPLOYMENT.fromJson(JsonReader.of(new Buffer().writeUtf8(json)));
  }
}
