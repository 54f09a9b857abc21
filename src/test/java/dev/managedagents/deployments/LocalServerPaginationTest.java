package dev.managedagents.deployments;

import static dev.managedagents.deployments.LocalServerFixture.minimalParams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.TriggerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cursor pagination across many pages, through the client's pages and auto-pager. */
class LocalServerPaginationTest {
  private final LocalServerFixture f = new LocalServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  /** Creates deployments, some in the same millisecond, and returns their IDs newest first. */
  private List<String> createDeployments(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(f.deployments().create(minimalParams("d" + i).build()).getId());
      if (i % 3 == 0) {
        f.server.advanceTime(Duration.ofSeconds(1));
      }
    }
    Collections.reverse(ids);
    return ids;
  }

  @Test
  void deploymentsAcrossFivePagesComeOnceEachNewestFirst() {
    List<String> expected = createDeployments(45);
    Page<Deployment> first = f.deployments().list(ListDeploymentsParams.builder().limit(10).build());

    List<String> seen = new ArrayList<>();
    int pages = 0;
    for (Page<Deployment> page = first; ; page = page.fetchNextPage()) {
      pages++;
      seen.addAll(LocalServerLifecycleTest.ids(page.getData()));
      if (!page.hasNextPage()) {
        break;
      }
    }

    assertEquals(5, pages);
    assertEquals(expected, seen);
  }

  @Test
  void autoPagerWalksEveryDeployment() {
    List<String> expected = createDeployments(23);

    List<String> seen = new ArrayList<>();
    for (Deployment deployment : f.deployments().list(ListDeploymentsParams.builder().limit(4).build()).autoPager()) {
      seen.add(deployment.getId());
    }

    assertEquals(expected, seen);
  }

  @Test
  void defaultPageSizeIsTwenty() {
    createDeployments(21);

    Page<Deployment> first = f.deployments().list();

    assertEquals(20, first.getData().size());
    assertTrue(first.hasNextPage());
    assertEquals(1, first.fetchNextPage().getData().size());
  }

  @Test
  void lastPageHasNoCursor() {
    createDeployments(3);

    Page<Deployment> only = f.deployments().list(ListDeploymentsParams.builder().limit(3).build());

    assertEquals(3, only.getData().size());
    assertNull(only.getNextPageCursor());
  }

  @Test
  void largestDeploymentPageIsAHundred() {
    createDeployments(101);

    Page<Deployment> first = f.deployments().list(ListDeploymentsParams.builder().limit(100).build());

    assertEquals(100, first.getData().size());
    assertEquals(1, first.fetchNextPage().getData().size());
  }

  @Test
  void nextPagesKeepTheFilters() {
    createDeployments(6);
    List<String> paused = new ArrayList<>();
    for (Deployment deployment : f.deployments().list().getData()) {
      if (paused.size() < 4) {
        paused.add(f.deployments().pause(deployment.getId()).getId());
      }
    }

    List<String> seen = new ArrayList<>();
    for (Deployment deployment :
        f.deployments()
            .list(ListDeploymentsParams.builder().status(dev.managedagents.deployments.model.DeploymentStatus.PAUSED).limit(1).build())
            .autoPager()) {
      seen.add(deployment.getId());
    }

    assertEquals(paused, seen);
  }

  @Test
  void deploymentsCreatedAfterTheFirstPageDoNotShiftLaterPages() {
    List<String> expected = createDeployments(6);
    Page<Deployment> first = f.deployments().list(ListDeploymentsParams.builder().limit(3).build());
    f.deployments().create(minimalParams("newer").build());

    Page<Deployment> second = first.fetchNextPage();

    assertEquals(expected.subList(3, 6), LocalServerLifecycleTest.ids(second.getData()));
  }

  @Test
  void runsAcrossMoreThanThreePages() {
    String id = f.deployments().create(minimalParams("d").build()).getId();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      expected.add(f.deployments().run(id).getId());
      if (i % 7 == 0) {
        f.server.advanceTime(Duration.ofMillis(250));
      }
    }
    Collections.reverse(expected);

    List<String> seen = new ArrayList<>();
    int pages = 0;
    Page<DeploymentRun> page = f.runs().list(ListDeploymentRunsParams.builder().limit(60).build());
    while (true) {
      pages++;
      for (DeploymentRun run : page.getData()) {
        seen.add(run.getId());
      }
      if (!page.hasNextPage()) {
        break;
      }
      page = page.fetchNextPage();
    }

    assertEquals(5, pages);
    assertEquals(expected, seen);
  }

  @Test
  void runPagesUpToAThousand() {
    String id = f.deployments().create(minimalParams("d").build()).getId();
    for (int i = 0; i < 25; i++) {
      f.deployments().run(id);
    }

    Page<DeploymentRun> all = f.runs().list(ListDeploymentRunsParams.builder().limit(1000).build());
    Page<DeploymentRun> byDefault = f.runs().list();

    assertEquals(25, all.getData().size());
    assertFalse(all.hasNextPage());
    assertEquals(20, byDefault.getData().size());
  }

  @Test
  void runPagesKeepTheFilters() {
    String one = f.deployments().create(minimalParams("one").build()).getId();
    String two = f.deployments().create(minimalParams("two").build()).getId();
    for (int i = 0; i < 5; i++) {
      f.deployments().run(one);
      f.deployments().run(two);
    }

    int count = 0;
    for (DeploymentRun run :
        f.runs()
            .list(ListDeploymentRunsParams.builder().deploymentId(two).triggerType(TriggerType.MANUAL).limit(2).build())
            .autoPager()) {
      assertEquals(two, run.getDeploymentId());
      count++;
    }

    assertEquals(5, count);
  }
}
