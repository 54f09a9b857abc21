package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.managedagents.deployments.TestSupport.fixture;
import static dev.managedagents.deployments.TestSupport.requests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.TriggerType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One page at a time, and the auto-pager that fetches each next page only when it is reached. */
class PaginationTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.create();

  static final ListDeploymentsParams FILTERS =
      ListDeploymentsParams.builder()
          .agentId("agent_01Example9AgentId")
          .createdAtGte(OffsetDateTime.parse("2026-11-01T00:00:00+01:00"))
          .includeArchived(true)
          .limit(2)
          .build();

  static final String FILTER_QUERY =
      "agent_id=agent_01Example9AgentId&created_at%5Bgte%5D=2026-11-01T00%3A00%3A00%2B01%3A00"
          + "&include_archived=true&limit=2";

  private static String deployment(String id) {
    return fixture("deployment-paused.json").replace("depl_01ExampleDeployment", id);
  }

  private static String page(String nextPage, String... ids) {
    String data = Arrays.stream(ids).map(PaginationTest::deployment).collect(Collectors.joining(","));
    return "{\"data\":[" + data + "]" + (nextPage == null ? "" : ",\"next_page\":\"" + nextPage + "\"") + "}";
  }

  /** Page 1: two items; page 2: one; page 3: none but a cursor; page 4: one, and the end. */
  private static void stubFourPages() {
    stubPage(null, page("page_2", "depl_1", "depl_2"));
    stubPage("page_2", page("page_3", "depl_3"));
    stubPage("page_3", page("page_4"));
    stubPage("page_4", page(null, "depl_4"));
  }

  private static void stubPage(String cursor, String body) {
    server.stubFor(
        get(urlPathEqualTo("/v1/deployments"))
            .withQueryParam("page", cursor == null ? absent() : equalTo(cursor))
            .willReturn(okJson(body)));
  }

  @Test
  void listGivesTheItemsAndTheNextCursor() {
    stubFourPages();

    Page<Deployment> page = server.client().deployments().list(FILTERS);

    assertEquals(
        Arrays.asList("depl_1", "depl_2"),
        page.getData().stream().map(Deployment::getId).collect(Collectors.toList()));
    assertEquals("page_2", page.getNextPageCursor());
    assertTrue(page.hasNextPage());
    assertEquals(1, requests(server).size());
  }

  @Test
  void autoPagerFetchesEachPageOnlyWhenIterationReachesIt() {
    stubFourPages();
    Page<Deployment> first = server.client().deployments().list(FILTERS);

    Iterator<Deployment> items = first.autoPager().iterator();

    assertEquals(1, requests(server).size(), "creating the iterator fetches nothing");
    assertEquals("depl_1", items.next().getId());
    assertEquals("depl_2", items.next().getId());
    assertEquals(1, requests(server).size(), "the first page's items need no request");
    assertEquals("depl_3", items.next().getId());
    assertEquals(2, requests(server).size());
    assertTrue(items.hasNext());
    assertEquals(4, requests(server).size(), "the empty third page is skipped on the way to the fourth");
    assertEquals("depl_4", items.next().getId());
    assertFalse(items.hasNext());
    assertEquals(4, requests(server).size(), "the last page has no cursor, so nothing more is fetched");
    assertThrows(NoSuchElementException.class, items::next);
  }

  @Test
  void autoPagerResendsTheSameFiltersWithTheCursor() {
    stubFourPages();

    List<String> ids = new ArrayList<>();
    for (Deployment deployment : server.client().deployments().list(FILTERS).autoPager()) {
      ids.add(deployment.getId());
    }

    assertEquals(Arrays.asList("depl_1", "depl_2", "depl_3", "depl_4"), ids);
    List<String> urls = requests(server).stream().map(LoggedRequest::getUrl).collect(Collectors.toList());
    assertEquals(
        Arrays.asList(
            "/v1/deployments?" + FILTER_QUERY,
            "/v1/deployments?" + FILTER_QUERY + "&page=page_2",
            "/v1/deployments?" + FILTER_QUERY + "&page=page_3",
            "/v1/deployments?" + FILTER_QUERY + "&page=page_4"),
        urls);
  }

  @Test
  void nextPageRepeatsTheFiltersWithTheCursor() {
    stubFourPages();

    Page<Deployment> second = server.client().deployments().list(FILTERS).fetchNextPage();

    assertEquals("depl_3", second.getData().get(0).getId());
    assertEquals("/v1/deployments?" + FILTER_QUERY + "&page=page_2", requests(server).get(1).getUrl());
  }

  @Test
  void lastPageHasNoNextPage() {
    stubPage(null, "{\"data\":[],\"next_page\":null}");

    Page<Deployment> page = server.client().deployments().list();

    assertFalse(page.hasNextPage());
    assertThrows(NoSuchElementException.class, page::fetchNextPage);
    assertFalse(page.autoPager().iterator().hasNext());
    assertEquals(1, requests(server).size());
  }

  @Test
  void serverRepeatingTheSameCursorStopsTheAutoPager() {
    stubPage(null, page("page_2", "depl_1"));
    stubPage("page_2", page("page_2", "depl_2"));

    Iterator<Deployment> items = server.client().deployments().list().autoPager().iterator();
    items.next();

    DecodeException e = assertThrows(DecodeException.class, items::next);
    assertEquals("$.next_page", e.getJsonPath());
  }

  @Test
  void errorOnALaterPageSurfacesFromTheIterator() {
    stubPage(null, page("page_expired", "depl_1"));
    server.stubFor(
        get(urlPathEqualTo("/v1/deployments"))
            .withQueryParam("page", equalTo("page_expired"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
                            + "\"message\":\"Invalid or expired page cursor.\"},\"request_id\":\"req_01Cursor\"}")));

    Iterator<Deployment> items = server.client().deployments().list().autoPager().iterator();
    items.next();

    BadRequestException e = assertThrows(BadRequestException.class, items::hasNext);
    assertEquals("req_01Cursor", e.getRequestId());
  }

  @Test
  void runAutoPagerResendsTheRunFiltersWithTheCursor() {
    String run = fixture("deployment-run-ok.json");
    server.stubFor(
        get(urlPathEqualTo("/v1/deployment_runs"))
            .withQueryParam("page", absent())
            .willReturn(okJson("{\"data\":[" + run + "],\"next_page\":\"page_r2\"}")));
    server.stubFor(
        get(urlPathEqualTo("/v1/deployment_runs"))
            .withQueryParam("page", equalTo("page_r2"))
            .willReturn(okJson("{\"data\":[" + run + "," + run + "],\"next_page\":null}")));

    int count = 0;
    for (DeploymentRun ignored :
        server.client()
            .deploymentRuns()
            .list(
                ListDeploymentRunsParams.builder()
                    .deploymentId("depl_01ExampleDeployment")
                    .hasError(false)
                    .triggerType(TriggerType.MANUAL)
                    .build())
            .autoPager()) {
      count++;
    }

    assertEquals(3, count);
    assertEquals(
        "/v1/deployment_runs?deployment_id=depl_01ExampleDeployment&has_error=false&trigger_type=manual&page=page_r2",
        requests(server).get(1).getUrl());
  }
}
