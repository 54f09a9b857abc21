package dev.managedagents.deployments.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * An OpenAPI document read as plain maps, with the few questions the spec diff asks of it: its
 * operations, its named schemas, and which of those a request or a response can carry.
 */
final class Spec {
  /** One operation: where it lives and its definition (path-level parameters folded in). */
  record Operation(String method, String path, Map<String, Object> definition) {
    String id() {
      return String.valueOf(definition.get("operationId"));
    }

    String key() {
      return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }
  }

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  private final Map<String, Object> root;

  private Spec(Map<String, Object> root) {
    this.root = root;
  }

  static Spec read(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  static Spec parse(String yaml) {
    Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    return new Spec(root);
  }

  String version() {
    return String.valueOf(map(root.get("info")).get("version"));
  }

  /** Operations by operationId, in the spec's order. */
  Map<String, Operation> operations() {
    Map<String, Operation> operations = new LinkedHashMap<>();
    map(root.get("paths"))
        .forEach(
            (path, item) -> {
              Map<String, Object> pathItem = map(item);
              for (String method : METHODS) {
                if (pathItem.containsKey(method)) {
                  Map<String, Object> definition = new LinkedHashMap<>(map(pathItem.get(method)));
                  List<Object> parameters =
                      new java.util.ArrayList<>(list(pathItem.get("parameters")));
                  parameters.addAll(list(definition.get("parameters")));
                  definition.put("parameters", parameters);
                  Operation operation = new Operation(method, path, definition);
                  operations.put(operation.id(), operation);
                }
              }
            });
    return operations;
  }

  Map<String, Object> schemas() {
    return map(map(root.get("components")).get("schemas"));
  }

  /** Follows {@code $ref}s (to any component) until a definition. */
  Map<String, Object> resolve(@Nullable Object node) {
    Map<String, Object> at = map(node);
    for (int hops = 0; at.containsKey("$ref") && hops < 20; hops++) {
      at = map(pointer((String) at.get("$ref")));
    }
    return at;
  }

  private Object pointer(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("only local references are supported: " + ref);
    }
    Object at = root;
    for (String part : ref.substring(2).split("/")) {
      at = map(at).get(part.replace("~1", "/").replace("~0", "~"));
    }
    return at;
  }

  /** The parameters of an operation, resolved, by "in:name". */
  Map<String, Map<String, Object>> parameters(Operation operation) {
    Map<String, Map<String, Object>> parameters = new TreeMap<>();
    for (Object parameter : list(operation.definition().get("parameters"))) {
      Map<String, Object> resolved = resolve(parameter);
      parameters.put(resolved.get("in") + ":" + resolved.get("name"), resolved);
    }
    return parameters;
  }

  /** The JSON schema of the request body, or null. */
  @Nullable Object requestSchema(Operation operation) {
    Map<String, Object> body = resolve(operation.definition().get("requestBody"));
    return json(body);
  }

  /** The JSON schema of each response status that has one. */
  Map<String, Object> responseSchemas(Operation operation) {
    Map<String, Object> schemas = new TreeMap<>();
    map(operation.definition().get("responses"))
        .forEach(
            (status, response) -> {
              Object schema = json(resolve(response));
              if (schema != null) {
                schemas.put(status, schema);
              }
            });
    return schemas;
  }

  private static @Nullable Object json(Map<String, Object> holder) {
    Map<String, Object> media = map(map(holder.get("content")).get("application/json"));
    return media.get("schema");
  }

  /** Named schemas reachable from request bodies and query parameters. */
  Set<String> requestSchemas() {
    Deque<Object> start = new ArrayDeque<>();
    for (Operation operation : operations().values()) {
      Object body = requestSchema(operation);
      if (body != null) {
        start.add(body);
      }
      parameters(operation).values().forEach(p -> start.add(map(p).get("schema")));
    }
    return reachable(start);
  }

  /** Named schemas reachable from responses (errors included). */
  Set<String> responseSchemas() {
    Deque<Object> start = new ArrayDeque<>();
    for (Operation operation : operations().values()) {
      start.addAll(responseSchemas(operation).values());
    }
    return reachable(start);
  }

  private Set<String> reachable(Deque<Object> start) {
    Set<String> names = new TreeSet<>();
    Deque<Object> work = new ArrayDeque<>(start);
    while (!work.isEmpty()) {
      Object node = work.pop();
      if (node instanceof Map<?, ?> schema) {
        Object ref = schema.get("$ref");
        if (ref instanceof String text && text.startsWith("#/components/schemas/")) {
          String name = text.substring("#/components/schemas/".length());
          if (names.add(name)) {
            work.push(schemas().get(name));
          }
          continue;
        }
        schema.values().forEach(work::push);
      } else if (node instanceof List<?> items) {
        items.forEach(work::push);
      }
    }
    return names;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(@Nullable Object node) {
    return node instanceof Map ? (Map<String, Object>) node : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(@Nullable Object node) {
    return node instanceof List ? (List<Object>) node : List.of();
  }
}
