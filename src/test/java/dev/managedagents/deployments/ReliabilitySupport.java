package dev.managedagents.deployments;

import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.InitialEventParam;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.UserMessageEventParam;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Fixtures, a recording sleeper and a fixed jitter for the reliability tests. */
final class ReliabilitySupport {
  static final String API_KEY = "sk-test-reliability-key";

  private ReliabilitySupport() {}

  /** A fixture from {@code src/test/resources/fixtures/}, which every test shares. */
  static String fixture(String name) {
    return TestSupport.fixture(name);
  }

  /** A client of {@code baseUrl} that records its waits instead of sleeping, with no jitter. */
  static DeploymentsClient.Builder builder(String baseUrl, RecordingSleeper sleeper) {
    return new DeploymentsClient.Builder(Collections.emptyMap())
        .apiKey(API_KEY)
        .baseUrl(baseUrl)
        .sleeper(sleeper)
        .random(new FixedRandom(0.0));
  }

  /** The smallest valid create body. */
  static CreateDeploymentParams minimalCreate() {
    return CreateDeploymentParams.builder()
        .agent(AgentParam.id("agent_01Example9AgentId"))
        .environmentId("env_01Example9EnvId")
        .name("weekly-report")
        .initialEvents(Collections.singletonList(userMessage("Write the weekly report.")))
        .build();
  }

  static InitialEventParam userMessage(String text) {
    return UserMessageEventParam.builder()
        .content(Collections.singletonList(TextBlock.builder().text(text).build()))
        .build();
  }

  /** Waits recorded instead of slept. Thread-safe. */
  static final class RecordingSleeper implements Transport.Sleeper {
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private final boolean sleeps;

    /** Records each wait and returns at once. */
    RecordingSleeper() {
      this(false);
    }

    private RecordingSleeper(boolean sleeps) {
      this.sleeps = sleeps;
    }

    /** Records each wait and also waits it out, for a server that needs the time. */
    static RecordingSleeper thatSleeps() {
      return new RecordingSleeper(true);
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      waits.add(duration);
      if (sleeps) {
        Thread.sleep(duration.toMillis());
      }
    }

    List<Duration> waits() {
      synchronized (waits) {
        return new ArrayList<>(waits);
      }
    }

    List<Long> millis() {
      List<Long> out = new ArrayList<>();
      for (Duration wait : waits()) {
        out.add(wait.toMillis());
      }
      return out;
    }
  }

  /** A {@link Random} whose {@code nextDouble} is always the same: jitter made predictable. */
  static final class FixedRandom extends Random {
    private static final long serialVersionUID = 1L;
    private final double value;

    FixedRandom(double value) {
      this.value = value;
    }

    @Override
    public double nextDouble() {
      return value;
    }
  }
}
