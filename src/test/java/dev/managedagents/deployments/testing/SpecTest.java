package dev.managedagents.deployments.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.model.ContentBlockParam;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.InitialEventParam;
import dev.managedagents.deployments.model.MemoryStoreAccess;
import dev.managedagents.deployments.model.ResourceParam;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The names the local server checks requests against come from the spec, as the SDK's do. */
class SpecTest {
  @Test
  void theRequiredBetaIsTheOneTheSdkSends() {
    assertEquals(DeploymentsClient.MANAGED_AGENTS_BETA, Spec.BETA);
  }

  @ParameterizedTest
  @ValueSource(classes = {InitialEventParam.class, ContentBlockParam.class, ResourceParam.class})
  void aUnionsVariantsAreThoseItsVisitorHandles(Class<?> union) throws ClassNotFoundException {
    List<String> handled = new ArrayList<>();
    for (Method visit : Class.forName(union.getName() + "$Visitor").getMethods()) {
      Class<?> variant = visit.getParameterTypes()[0];
      if (!variant.getSimpleName().equals("Unknown")) {
        handled.add(variant.getSimpleName());
      }
    }
    assertEquals(handled.size(), Spec.variants(union).size(), Spec.variants(union).toString());
  }

  @Test
  void anEnumsValuesAreItsConstants() {
    assertEquals(List.of("active", "paused"), Spec.values(DeploymentStatus.class));
    assertEquals(
        List.of(MemoryStoreAccess.READ_WRITE.getValue(), MemoryStoreAccess.READ_ONLY.getValue()),
        Spec.values(MemoryStoreAccess.class));
  }

  @Test
  void aPatchCannotClearWhatTheSpecDoesNotMarkNullable() {
    assertEquals(
        List.of("agent", "environment_id", "initial_events", "name", "metadata"),
        Spec.notClearable(UpdateDeploymentParams.class));
  }
}
