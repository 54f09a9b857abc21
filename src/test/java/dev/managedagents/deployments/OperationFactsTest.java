package dev.managedagents.deployments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Query;

/**
 * An operation's method, path and query names are written by three templates from the one spec:
 * the Retrofit annotation (what goes on the wire), the {@link Operation} table (what the call
 * reports and decides by before Retrofit builds a request) and the local server's {@code Route}
 * (a test double that must not read the client's own table). They never meet at run time, so this
 * holds them equal.
 */
class OperationFactsTest {
  @Test
  void theRetrofitInterfacesSendWhatTheTableSays() {
    Map<String, String> wire = new TreeMap<>();
    Map<String, String> queries = new TreeMap<>();
    for (Class<?> api : Arrays.asList(DeploymentsApi.class, DeploymentRunsApi.class)) {
      for (Method method : api.getDeclaredMethods()) {
        wire.put(method.getName(), route(method));
        queries.put(method.getName(), queryNames(method).toString());
      }
    }
    Map<String, String> table = new TreeMap<>();
    Map<String, String> tableQueries = new TreeMap<>();
    for (Operation operation : Operation.values()) {
      table.put(operation.id, operation.method + " " + operation.path);
      tableQueries.put(operation.id, new ArrayList<>(operation.queryParameters).toString());
    }
    assertEquals(table, wire);
    assertEquals(tableQueries, queries);
  }

  @Test
  void theLocalServerRoutesWhatTheTableSays() throws Exception {
    Class<?> route = Class.forName("dev.managedagents.deployments.testing.Route");
    Field id = accessible(route, "id");
    Field method = accessible(route, "method");
    Field template = accessible(route, "template");
    Map<String, String> routes = new TreeMap<>();
    for (Object constant : route.getEnumConstants()) {
      routes.put(
          (String) id.get(constant),
          method.get(constant) + " " + String.join("/", (String[]) template.get(constant)));
    }
    Map<String, String> table = new TreeMap<>();
    for (Operation operation : Operation.values()) {
      table.put(operation.id, operation.method + " " + operation.path);
    }
    assertEquals(table, routes);
  }

  private static String route(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation instanceof GET) {
        return "GET " + ((GET) annotation).value();
      } else if (annotation instanceof POST) {
        return "POST " + ((POST) annotation).value();
      } else if (annotation instanceof PATCH) {
        return "PATCH " + ((PATCH) annotation).value();
      } else if (annotation instanceof PUT) {
        return "PUT " + ((PUT) annotation).value();
      } else if (annotation instanceof DELETE) {
        return "DELETE " + ((DELETE) annotation).value();
      }
    }
    throw new AssertionError(method + " has no HTTP method annotation");
  }

  private static List<String> queryNames(Method method) {
    List<String> names = new ArrayList<>();
    for (Annotation[] parameter : method.getParameterAnnotations()) {
      for (Annotation annotation : parameter) {
        if (annotation instanceof Query) {
          names.add(((Query) annotation).value());
        }
      }
    }
    return names;
  }

  private static Field accessible(Class<?> type, String name) throws NoSuchFieldException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }
}
