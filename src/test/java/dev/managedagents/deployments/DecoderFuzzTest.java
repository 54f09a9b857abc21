package dev.managedagents.deployments;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.squareup.moshi.JsonReader;
import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.Checkout;
import dev.managedagents.deployments.model.ContentBlock;
import dev.managedagents.deployments.model.ContentBlockParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentPage;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentRunPage;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.DocumentSource;
import dev.managedagents.deployments.model.ErrorEnvelope;
import dev.managedagents.deployments.model.ErrorObject;
import dev.managedagents.deployments.model.ImageSource;
import dev.managedagents.deployments.model.InitialEvent;
import dev.managedagents.deployments.model.InitialEventParam;
import dev.managedagents.deployments.model.MemoryStoreAccess;
import dev.managedagents.deployments.model.PausedReason;
import dev.managedagents.deployments.model.PausedReasonError;
import dev.managedagents.deployments.model.ResourceConfig;
import dev.managedagents.deployments.model.ResourceParam;
import dev.managedagents.deployments.model.Rubric;
import dev.managedagents.deployments.model.RunError;
import dev.managedagents.deployments.model.Schedule;
import dev.managedagents.deployments.model.ScheduleParam;
import dev.managedagents.deployments.model.TriggerContext;
import dev.managedagents.deployments.model.TriggerType;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.io.IOException;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds JSON mutated from valid fixtures (seeded, so a failure can be replayed with {@code
 * -Dfuzz.seed=...}) to every top-level decoder: each either decodes, and then writes back JSON that
 * decodes to an equal value, or throws {@link DecodeException}. Nothing else may escape, except
 * that a decoded request model breaking a documented limit is refused when written back.
 */
class DecoderFuzzTest {
  private static final long DEFAULT_SEED = 0x5EED_2026_1121L;
  private static final int DEFAULT_DOCUMENTS = 100_000;

  /** Every model and union a caller can decode with {@link DeploymentsJson#fromJson}. */
  private static final List<Class<?>> DECODERS =
      Arrays.asList(
          Deployment.class,
          DeploymentRun.class,
          DeploymentPage.class,
          DeploymentRunPage.class,
          ErrorEnvelope.class,
          CreateDeploymentParams.class,
          UpdateDeploymentParams.class,
          AgentParam.class,
          InitialEventParam.class,
          InitialEvent.class,
          ContentBlockParam.class,
          ContentBlock.class,
          ImageSource.class,
          DocumentSource.class,
          Rubric.class,
          Checkout.class,
          ResourceParam.class,
          ResourceConfig.class,
          ScheduleParam.class,
          Schedule.class,
          PausedReason.class,
          PausedReasonError.class,
          RunError.class,
          TriggerContext.class,
          ErrorObject.class,
          DeploymentStatus.class,
          TriggerType.class,
          MemoryStoreAccess.class);

  /**
   * The decoders whose models a request carries ({@code x-request}), alone or shared with
   * responses: only these may refuse to be written, for breaking a documented limit.
   */
  private static final List<Class<?>> REQUEST_SHAPES =
      Arrays.asList(
          CreateDeploymentParams.class,
          UpdateDeploymentParams.class,
          AgentParam.class,
          InitialEventParam.class,
          ContentBlockParam.class,
          ImageSource.class,
          DocumentSource.class,
          Rubric.class,
          Checkout.class,
          ResourceParam.class,
          ScheduleParam.class);

  private static final List<String> FIXTURES =
      Arrays.asList(
          "deployment.json",
          "deployment-minimal.json",
          "deployment-errored.json",
          "deployment-run-failed.json",
          "deployment-run-ok.json",
          "deployment-page.json",
          "deployment-run-page.json",
          "error-envelope.json",
          "create-params.json",
          "update-params.json");

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void mutatedDocuments_decodeOrThrowOnlyDecodeException() throws IOException {
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    int documents = Integer.getInteger("fuzz.documents", DEFAULT_DOCUMENTS);
    Random random = new Random(seed);

    // Seeds: each fixture and every value inside it, so that unions meet their own shapes.
    List<Object> seeds = new ArrayList<>();
    List<String> strings = new ArrayList<>();
    for (String name : FIXTURES) {
      Object tree = parse(ReliabilitySupport.fixture(name));
      collect(tree, seeds, strings);
    }
    Mutator mutator = new Mutator(random, strings);
    // Each seed's home decoders, those that read it unmutated: there mutations reach deepest.
    List<List<Class<?>>> homes = new ArrayList<>();
    for (Object seedTree : seeds) {
      StringBuilder json = new StringBuilder();
      write(seedTree, json);
      List<Class<?>> home = new ArrayList<>();
      for (Class<?> type : DECODERS) {
        try {
          DeploymentsJson.fromJson(json.toString(), type);
          home.add(type);
        } catch (DecodeException notThisOne) {
          // Another decoder's shape.
        }
      }
      homes.add(home);
    }

    long started = System.nanoTime();
    int decodes = 0;
    int decoded = 0;
    int refused = 0;
    int[] perDecoder = new int[DECODERS.size()];
    List<String> failures = new ArrayList<>();
    int produced = 0;
    for (int i = 0; i < documents && failures.size() < 10; i++) {
      produced++;
      int pick = random.nextInt(seeds.size());
      String json = mutator.document(seeds.get(pick));
      // Up to two of its home decoders, and one other that must refuse it cleanly.
      List<Class<?>> home = homes.get(pick);
      List<Class<?>> targets = new ArrayList<>();
      for (int h = 0; h < Math.min(2, home.size()); h++) {
        targets.add(home.get(random.nextInt(home.size())));
      }
      targets.add(DECODERS.get(random.nextInt(DECODERS.size())));
      for (Class<?> type : targets) {
        decodes++;
        perDecoder[DECODERS.indexOf(type)]++;
        try {
          if (decodeAndRoundTrip(json, type)) {
            decoded++;
          } else {
            refused++;
          }
        } catch (DecodeException expected) {
          // The one documented failure.
        } catch (Throwable e) {
          failures.add(
              "document "
                  + i
                  + " as "
                  + type.getSimpleName()
                  + ": "
                  + e
                  + "\n  at "
                  + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?")
                  + "\n  json: "
                  + (json.length() > 600 ? json.substring(0, 600) + "…" : json));
        }
      }
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    int fewest = Integer.MAX_VALUE;
    for (int count : perDecoder) {
      fewest = Math.min(fewest, count);
    }
    System.out.printf(
        "DecoderFuzzTest: %d documents from seed 0x%X (replay with -Dfuzz.seed=%d), %d decodes by"
            + " %d decoders (each at least %d), %d decoded and round-tripped, %d request models"
            + " decoded and refused for a broken limit, the rest DecodeException; %d ms%n",
        produced, seed, seed, decodes, DECODERS.size(), fewest, decoded, refused, millis);
    if (!failures.isEmpty()) {
      fail("Seed 0x" + Long.toHexString(seed) + ":\n" + String.join("\n", failures));
    }
    assertTrue(produced >= 100_000 || documents < 100_000, "fewer documents than asked for");
    assertTrue(fewest >= 1_000, "a decoder was hardly fed: " + fewest);
    assertTrue(decoded > documents / 10, "too few documents decoded: the mutations are too blunt");
  }

  @Test
  void everyFixtureDecodesAsItsModel() {
    assertTrue(decodeAndRoundTrip(ReliabilitySupport.fixture("deployment.json"), Deployment.class));
    assertTrue(decodeAndRoundTrip(ReliabilitySupport.fixture("deployment-errored.json"), Deployment.class));
    assertTrue(decodeAndRoundTrip(ReliabilitySupport.fixture("deployment-page.json"), DeploymentPage.class));
    assertTrue(decodeAndRoundTrip(ReliabilitySupport.fixture("deployment-run-page.json"), DeploymentRunPage.class));
    assertTrue(decodeAndRoundTrip(ReliabilitySupport.fixture("error-envelope.json"), ErrorEnvelope.class));
    assertTrue(decodeAndRoundTrip(ReliabilitySupport.fixture("create-params.json"), CreateDeploymentParams.class));
    assertTrue(decodeAndRoundTrip(ReliabilitySupport.fixture("update-params.json"), UpdateDeploymentParams.class));
  }

  /**
   * Decodes; on success writes the value back and checks that it decodes equal. Says whether it
   * was written back: {@code false} for a request refused for a broken limit.
   */
  private static boolean decodeAndRoundTrip(String json, Class<?> type) {
    Object value = DeploymentsJson.fromJson(json, type);
    String written;
    try {
      written = DeploymentsJson.toJson(value);
    } catch (ValidationException e) {
      // A request that breaks a documented limit decodes, but cannot be encoded; a response can.
      if (!REQUEST_SHAPES.contains(type) || e.getJsonPath() == null) {
        throw new AssertionError("refused to write " + type.getSimpleName(), e);
      }
      return false;
    }
    Object again;
    try {
      again = DeploymentsJson.fromJson(written, type);
    } catch (DecodeException e) {
      throw new AssertionError("wrote JSON it cannot read back: " + written, e);
    }
    if (!value.equals(again)) {
      throw new AssertionError("round trip changed the value; wrote " + written);
    }
    return true;
  }

  // ---------------------------------------------------------------- a small JSON tree

  /** A number kept as its literal, so that it is written back exactly. */
  static final class Num {
    final String literal;

    Num(String literal) {
      this.literal = literal;
    }
  }

  /** Objects are lists of entries, so that a mutation can repeat a name. */
  static final class Obj {
    final List<Map.Entry<String, Object>> entries = new ArrayList<>();
  }

  private static Object parse(String json) throws IOException {
    return read(JsonReader.of(new Buffer().writeUtf8(json)));
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Obj obj = new Obj();
        reader.beginObject();
        while (reader.hasNext()) {
          obj.entries.add(new SimpleEntry<>(reader.nextName(), read(reader)));
        }
        reader.endObject();
        return obj;
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      case STRING:
        return reader.nextString();
      case NUMBER:
        return new Num(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      default:
        return reader.<Object>nextNull();
    }
  }

  private static void collect(Object node, List<Object> seeds, List<String> strings) {
    seeds.add(node);
    if (node instanceof Obj) {
      for (Map.Entry<String, Object> entry : ((Obj) node).entries) {
        strings.add(entry.getKey());
        collect(entry.getValue(), seeds, strings);
      }
    } else if (node instanceof List) {
      for (Object item : (List<?>) node) {
        collect(item, seeds, strings);
      }
    } else if (node instanceof String) {
      strings.add((String) node);
    }
  }

  static void write(Object node, StringBuilder out) {
    if (node == null) {
      out.append("null");
    } else if (node instanceof Obj) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> entry : ((Obj) node).entries) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString(entry.getKey(), out);
        out.append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else if (node instanceof List) {
      out.append('[');
      List<?> list = (List<?>) node;
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else if (node instanceof String) {
      writeString((String) node, out);
    } else if (node instanceof Num) {
      out.append(((Num) node).literal);
    } else {
      out.append(node);
    }
  }

  private static void writeString(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  // ---------------------------------------------------------------- mutations

  /** Makes one document: a copy of a seed with a few structural and textual mutations. */
  static final class Mutator {
    private static final String[] TIMESTAMPS = {
      "2026-11-02T10:00:00Z", "2026-11-02T10:00:00.123456789+05:30", "2026-11-02", "10:00:00Z",
      "2026-13-45T25:61:61Z", "2026-11-02T10:00:00", "", "Z", "2026-11-02T10:00:00.Z",
      "+999999999-12-31T23:59:59Z", "2026-02-29T00:00:00Z", "2026-11-02T10:00:00+25:00",
    };
    private static final String[] NUMBERS = {
      "0", "-0", "1", "-1", "20", "21", "2147483647", "2147483648", "-2147483649",
      "9223372036854775808", "1e309", "-1e309", "1.5", "1e2", "0.0000001", "1E+2", "123456789012345678901234567890",
    };
    private static final String[] TYPES = {
      "deployment", "deployment_run", "error", "agent", "user.message", "user.define_outcome",
      "system.message", "text", "image", "document", "redacted", "base64", "url", "file", "branch",
      "commit", "github_repository", "memory_store", "cron", "limit", "manual", "schedule",
      "vault_archived_error", "unknown_error", "not_found_error", "brand_new", "", "TEXT",
    };
    private static final String TEXT_NOISE = "{}[]:,\"\\ 0123456789abcdefnulltruefalse-+.eE\u0000\u00e9\uffff\ud800";

    private final Random random;
    private final List<String> strings;

    Mutator(Random random, List<String> strings) {
      this.random = random;
      this.strings = new ArrayList<>(new TreeSet<>(strings));
    }

    String document(Object seed) {
      Object tree = copy(seed);
      int mutations = 1 + random.nextInt(3);
      for (int i = 0; i < mutations; i++) {
        tree = mutateTree(tree);
      }
      StringBuilder out = new StringBuilder();
      write(tree, out);
      String json = out.toString();
      if (random.nextInt(4) == 0) {
        json = mutateText(json);
      }
      return json;
    }

    private static Object copy(Object node) {
      if (node instanceof Obj) {
        Obj copy = new Obj();
        for (Map.Entry<String, Object> entry : ((Obj) node).entries) {
          copy.entries.add(new SimpleEntry<>(entry.getKey(), copy(entry.getValue())));
        }
        return copy;
      }
      if (node instanceof List) {
        List<Object> copy = new ArrayList<>();
        for (Object item : (List<?>) node) {
          copy.add(copy(item));
        }
        return copy;
      }
      return node;
    }

    /** Mutates one random node of the tree; returns the (possibly replaced) root. */
    private Object mutateTree(Object root) {
      List<Object[]> slots = new ArrayList<>(); // {container, key-or-index}
      slots(root, slots);
      if (slots.isEmpty() || random.nextInt(20) == 0) {
        return randomValue(3);
      }
      Object[] slot = slots.get(random.nextInt(slots.size()));
      Object value = get(slot);
      switch (random.nextInt(12)) {
        case 0:
          set(slot, randomValue(2));
          break;
        case 1:
          set(slot, null);
          break;
        case 2: // drop a property or an item
          remove(slot);
          break;
        case 3: // an unknown property
          if (value instanceof Obj) {
            ((Obj) value).entries.add(new SimpleEntry<>(pick(strings) + "_x", randomValue(2)));
          } else {
            set(slot, randomValue(1));
          }
          break;
        case 4: // repeat a property with another value
          if (value instanceof Obj && !((Obj) value).entries.isEmpty()) {
            List<Map.Entry<String, Object>> entries = ((Obj) value).entries;
            String name = entries.get(random.nextInt(entries.size())).getKey();
            entries.add(random.nextInt(entries.size() + 1), new SimpleEntry<>(name, randomValue(1)));
          } else {
            set(slot, pick(strings));
          }
          break;
        case 5: // another discriminator
          if (value instanceof Obj) {
            for (Map.Entry<String, Object> entry : ((Obj) value).entries) {
              if (entry.getKey().equals("type")) {
                entry.setValue(random.nextInt(5) == 0 ? randomValue(1) : pick(TYPES));
              }
            }
          } else {
            set(slot, pick(TYPES));
          }
          break;
        case 6:
          set(slot, pick(TIMESTAMPS));
          break;
        case 7:
          set(slot, new Num(pick(NUMBERS)));
          break;
        case 8: // wrap in an array, or take an item out of one
          if (value instanceof List && !((List<?>) value).isEmpty()) {
            set(slot, ((List<?>) value).get(0));
          } else {
            List<Object> wrapped = new ArrayList<>();
            wrapped.add(value);
            set(slot, wrapped);
          }
          break;
        case 9: // grow or empty a list
          if (value instanceof List) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) value;
            if (list.isEmpty() || random.nextBoolean()) {
              list.clear();
            } else {
              int times = 1 + random.nextInt(60);
              Object item = list.get(0);
              for (int i = 0; i < times; i++) {
                list.add(copy(item));
              }
            }
          } else {
            set(slot, new ArrayList<>());
          }
          break;
        case 10: // a value from elsewhere in the fixtures
          set(slot, pick(strings));
          break;
        default: // deep nesting
          Object nested = value;
          int depth = random.nextInt(4) == 0 ? 300 : 1 + random.nextInt(20);
          for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) {
              List<Object> list = new ArrayList<>();
              list.add(nested);
              nested = list;
            } else {
              Obj obj = new Obj();
              obj.entries.add(new SimpleEntry<>("type", nested));
              nested = obj;
            }
          }
          set(slot, nested);
      }
      return root;
    }

    private String mutateText(String json) {
      if (json.isEmpty()) {
        return String.valueOf(TEXT_NOISE.charAt(random.nextInt(TEXT_NOISE.length())));
      }
      int at = random.nextInt(json.length());
      switch (random.nextInt(7)) {
        case 0:
          return json.substring(0, at);
        case 1:
          return json.substring(0, at) + json.substring(Math.min(json.length(), at + 1 + random.nextInt(8)));
        case 2:
          return json.substring(0, at) + TEXT_NOISE.charAt(random.nextInt(TEXT_NOISE.length())) + json.substring(at);
        case 3:
          char[] chars = json.toCharArray();
          chars[at] = TEXT_NOISE.charAt(random.nextInt(TEXT_NOISE.length()));
          return new String(chars);
        case 4:
          int end = Math.min(json.length(), at + 1 + random.nextInt(40));
          return json.substring(0, end) + json.substring(at);
        case 5:
          return json.substring(0, at) + (random.nextBoolean() ? "\\x" : "\\u12") + json.substring(at);
        default:
          return random.nextBoolean() ? json + json : " \n\t" + json + " \n";
      }
    }

    private Object randomValue(int depth) {
      switch (random.nextInt(depth > 0 ? 9 : 6)) {
        case 0:
          return null;
        case 1:
          return random.nextBoolean();
        case 2:
          return new Num(pick(NUMBERS));
        case 3:
          return pick(strings);
        case 4:
          return random.nextBoolean() ? "" : pick(TIMESTAMPS);
        case 5:
          return pick(TYPES);
        case 6:
          Obj obj = new Obj();
          obj.entries.add(new SimpleEntry<>("type", pick(TYPES)));
          for (int i = random.nextInt(3); i > 0; i--) {
            obj.entries.add(new SimpleEntry<>(pick(strings), randomValue(depth - 1)));
          }
          return obj;
        case 7:
          List<Object> list = new ArrayList<>();
          for (int i = random.nextInt(3); i > 0; i--) {
            list.add(randomValue(depth - 1));
          }
          return list;
        default:
          return new Obj();
      }
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
      return values[random.nextInt(values.length)];
    }

    private static void slots(Object node, List<Object[]> out) {
      if (node instanceof Obj) {
        List<Map.Entry<String, Object>> entries = ((Obj) node).entries;
        for (int i = 0; i < entries.size(); i++) {
          out.add(new Object[] {node, i});
          slots(entries.get(i).getValue(), out);
        }
      } else if (node instanceof List) {
        List<?> list = (List<?>) node;
        for (int i = 0; i < list.size(); i++) {
          out.add(new Object[] {node, i});
          slots(list.get(i), out);
        }
      }
    }

    private static Object get(Object[] slot) {
      int i = (Integer) slot[1];
      return slot[0] instanceof Obj
          ? ((Obj) slot[0]).entries.get(i).getValue()
          : ((List<?>) slot[0]).get(i);
    }

    @SuppressWarnings("unchecked")
    private static void set(Object[] slot, Object value) {
      int i = (Integer) slot[1];
      if (slot[0] instanceof Obj) {
        ((Obj) slot[0]).entries.get(i).setValue(value);
      } else {
        ((List<Object>) slot[0]).set(i, value);
      }
    }

    private static void remove(Object[] slot) {
      int i = (Integer) slot[1];
      if (slot[0] instanceof Obj) {
        ((Obj) slot[0]).entries.remove(i);
      } else {
        ((List<?>) slot[0]).remove(i);
      }
    }
  }
}
