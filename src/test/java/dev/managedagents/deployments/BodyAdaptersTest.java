package dev.managedagents.deployments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.managedagents.deployments.model.ErrorEnvelope;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import retrofit2.http.Body;

/**
 * The client finds a body's adapter by its class, which only the classes marked in the spec
 * register ({@code x-request-body}, {@code x-json-root}): every request and response body of every
 * operation must be one of them, or its first call fails.
 */
class BodyAdaptersTest {
  @Test
  void everyOperationsRequestAndResponseBodyHasAnAdapterTheClientFindsByClass() {
    List<Type> bodies = new ArrayList<>();
    bodies.add(ErrorEnvelope.class);
    List<Method> methods = new ArrayList<>();
    for (Class<?> api : new Class<?>[] {DeploymentsApi.class, DeploymentRunsApi.class}) {
      methods.addAll(java.util.Arrays.asList(api.getDeclaredMethods()));
    }
    for (Method method : methods) {
      ParameterizedType call = (ParameterizedType) method.getGenericReturnType();
      assertEquals(retrofit2.Call.class, call.getRawType(), method.getName());
      bodies.add(call.getActualTypeArguments()[0]);
      Type[] parameters = method.getGenericParameterTypes();
      for (int i = 0; i < parameters.length; i++) {
        for (Annotation annotation : method.getParameterAnnotations()[i]) {
          if (annotation instanceof Body) {
            bodies.add(parameters[i]);
          }
        }
      }
    }
    assertEquals(
        13,
        bodies.size(),
        "ten operations' responses, two request bodies, the error envelope: " + bodies);
    for (Type body : bodies) {
      assertNotNull(Json.modelAdapter((Class<?>) body), body + " registers no adapter");
    }
  }
}
