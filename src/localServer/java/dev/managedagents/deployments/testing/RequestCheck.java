package dev.managedagents.deployments.testing;

import dev.managedagents.deployments.CronExpression;
import dev.managedagents.deployments.DeploymentsJson;
import dev.managedagents.deployments.ValidationException;
import dev.managedagents.deployments.model.BudgetLimit;
import dev.managedagents.deployments.model.Checkout;
import dev.managedagents.deployments.model.CommitCheckout;
import dev.managedagents.deployments.model.ContentBlockParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.DocumentBlock;
import dev.managedagents.deployments.model.DocumentSource;
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam;
import dev.managedagents.deployments.model.ImageBlock;
import dev.managedagents.deployments.model.ImageSource;
import dev.managedagents.deployments.model.InitialEventParam;
import dev.managedagents.deployments.model.MemoryStoreAccess;
import dev.managedagents.deployments.model.MemoryStoreResourceParam;
import dev.managedagents.deployments.model.RawJson;
import dev.managedagents.deployments.model.ResourceParam;
import dev.managedagents.deployments.model.Rubric;
import dev.managedagents.deployments.model.ScheduleParam;
import dev.managedagents.deployments.model.SystemMessageEventParam;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.model.UserDefineOutcomeEventParam;
import dev.managedagents.deployments.model.UserMessageEventParam;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks a request body passes before anything is stored, in the order a strict server makes
 * them: known variants only, no unknown fields, the documented limits, then the rules the schema
 * can only state in words (cron syntax, timezone names, where a system message may stand).
 */
final class RequestCheck {
  private static final Pattern AMOUNT = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");

  private RequestCheck() {}

  static void create(CreateDeploymentParams params) {
    noUnknownFields(params.getAdditionalProperties());
    variants(params.getInitialEvents(), params.getResources(), params.getSchedule());
    limits(params);
    rules(params.getInitialEvents(), params.getSchedule(), params.getBudget());
  }

  /**
   * Checks a patch; {@code members} is the raw body, to tell an explicit {@code null} from an
   * omitted field where the model cannot.
   */
  static void update(UpdateDeploymentParams params, Map<String, @Nullable Object> members) {
    for (String field : Spec.notClearable(UpdateDeploymentParams.class)) {
      if (members.containsKey(field) && members.get(field) == null) {
        throw ApiFailure.invalid(field, "cannot be cleared; send a value or leave the field out");
      }
    }
    noUnknownFields(params.getAdditionalProperties());
    variants(params.getInitialEvents(), params.getResources(), params.getSchedule());
    limits(params);
    rules(params.getInitialEvents(), params.getSchedule(), params.getBudget());
  }

  /** Known variants only, in what the body has; a property it leaves out is null. */
  private static void variants(
      @Nullable List<InitialEventParam> events,
      @Nullable List<ResourceParam> resources,
      @Nullable ScheduleParam schedule) {
    if (events != null) {
      events(events);
    }
    if (resources != null) {
      resources(resources);
    }
    if (schedule != null) {
      scheduleVariant(schedule);
    }
  }

  /** The rules the schema states only in words, in what the body has. */
  private static void rules(
      @Nullable List<InitialEventParam> events,
      @Nullable ScheduleParam schedule,
      @Nullable BudgetLimit budget) {
    if (events != null) {
      eventOrder(events);
    }
    if (schedule != null) {
      cron(schedule);
    }
    if (budget != null) {
      budget(budget);
    }
  }

  private static void noUnknownFields(Map<String, RawJson> unknown) {
    if (!unknown.isEmpty()) {
      throw ApiFailure.invalid(unknown.keySet().iterator().next(), "extra inputs are not permitted");
    }
  }

  /**
   * The documented limits, checked as the SDK checks them: a request model that breaks one cannot
   * be encoded, and the first broken one, counting the others, becomes the 400.
   */
  private static void limits(Object params) {
    try {
      DeploymentsJson.toJson(params);
    } catch (ValidationException e) {
      String jsonPath = String.valueOf(e.getJsonPath());
      String problem = e.getMessage().substring(jsonPath.length() + ": ".length());
      throw ApiFailure.invalid(jsonPath.substring("$.".length()), problem);
    }
  }

  private static void events(List<InitialEventParam> events) {
    for (int i = 0; i < events.size(); i++) {
      InitialEventParam event = events.get(i);
      String path = "initial_events[" + i + "]";
      if (event instanceof InitialEventParam.Unknown) {
        throw unknownType(path, event.getType(), InitialEventParam.class);
      }
      if (event instanceof UserMessageEventParam) {
        List<ContentBlockParam> content = ((UserMessageEventParam) event).getContent();
        if (content.isEmpty()) {
          throw ApiFailure.invalid(path + ".content", "must have at least 1 content block");
        }
        for (int j = 0; j < content.size(); j++) {
          contentBlock(content.get(j), path + ".content[" + j + "]");
        }
      } else if (event instanceof SystemMessageEventParam) {
        if (((SystemMessageEventParam) event).getContent().isEmpty()) {
          throw ApiFailure.invalid(path + ".content", "must have at least 1 text block");
        }
      } else if (event instanceof UserDefineOutcomeEventParam) {
        Rubric rubric = ((UserDefineOutcomeEventParam) event).getRubric();
        if (rubric instanceof Rubric.Unknown) {
          throw unknownType(path + ".rubric", rubric.getType(), Rubric.class);
        }
      }
    }
  }

  private static void contentBlock(ContentBlockParam block, String path) {
    if (block instanceof ContentBlockParam.Unknown) {
      throw unknownType(path, block.getType(), ContentBlockParam.class);
    }
    if (block instanceof ImageBlock) {
      ImageSource source = ((ImageBlock) block).getSource();
      if (source instanceof ImageSource.Unknown) {
        throw unknownType(path + ".source", source.getType(), ImageSource.class);
      }
    }
    if (block instanceof DocumentBlock) {
      DocumentSource source = ((DocumentBlock) block).getSource();
      if (source instanceof DocumentSource.Unknown) {
        throw unknownType(path + ".source", source.getType(), DocumentSource.class);
      }
    }
  }

  /** At most one system message, directly after the user event it accompanies. */
  private static void eventOrder(List<InitialEventParam> events) {
    boolean seen = false;
    for (int i = 0; i < events.size(); i++) {
      if (!(events.get(i) instanceof SystemMessageEventParam)) {
        continue;
      }
      String path = "initial_events[" + i + "]";
      if (seen) {
        throw ApiFailure.invalid(path, "at most one system.message event is allowed");
      }
      seen = true;
      InitialEventParam previous = i == 0 ? null : events.get(i - 1);
      if (!(previous instanceof UserMessageEventParam
          || previous instanceof UserDefineOutcomeEventParam)) {
        throw ApiFailure.invalid(
            path, "a system.message must directly follow the user event it accompanies");
      }
    }
  }

  private static void resources(List<ResourceParam> resources) {
    for (int i = 0; i < resources.size(); i++) {
      ResourceParam resource = resources.get(i);
      String path = "resources[" + i + "]";
      if (resource instanceof ResourceParam.Unknown) {
        throw unknownType(path, resource.getType(), ResourceParam.class);
      }
      if (resource instanceof GitHubRepositoryResourceParam) {
        Checkout checkout = ((GitHubRepositoryResourceParam) resource).getCheckout();
        if (checkout instanceof Checkout.Unknown) {
          throw unknownType(path + ".checkout", checkout.getType(), Checkout.class);
        }
        if (checkout instanceof CommitCheckout
            && !FULL_SHA.matcher(((CommitCheckout) checkout).getSha()).matches()) {
          throw ApiFailure.invalid(path + ".checkout.sha", "must be a full 40-character commit SHA");
        }
      }
      if (resource instanceof MemoryStoreResourceParam) {
        MemoryStoreResourceParam store = (MemoryStoreResourceParam) resource;
        if (store.getAccess() != null && !store.getAccess().isKnown()) {
          throw ApiFailure.notOneOf(
              path + ".access", store.getAccess().getValue(), Spec.values(MemoryStoreAccess.class));
        }
      }
    }
  }

  private static void scheduleVariant(ScheduleParam schedule) {
    if (schedule instanceof ScheduleParam.Unknown) {
      throw unknownType("schedule", schedule.getType(), ScheduleParam.class);
    }
  }

  private static void cron(ScheduleParam schedule) {
    CronScheduleParam cron = (CronScheduleParam) schedule;
    try {
      CronExpression.parse(cron.getExpression());
    } catch (IllegalArgumentException e) {
      throw ApiFailure.invalid("schedule.expression", e.getMessage());
    }
    try {
      CronExpression.requireKnownTimezone(cron.getTimezone());
    } catch (IllegalArgumentException e) {
      throw ApiFailure.invalid("schedule.timezone", e.getMessage());
    }
  }

  private static void budget(BudgetLimit budget) {
    String amount = budget.getMaxListCost().getAmount();
    if (!AMOUNT.matcher(amount).matches()) {
      throw ApiFailure.invalid(
          "budget.max_list_cost.amount", "\"" + amount + "\" is not a decimal string such as \"2500\"");
    }
    if (!"USD".equals(budget.getMaxListCost().getCurrency())) {
      throw ApiFailure.invalid("budget.max_list_cost.currency", "only USD is supported");
    }
  }

  private static ApiFailure unknownType(String path, String type, Class<?> union) {
    return ApiFailure.notOneOf(path + ".type", type, Spec.variants(union));
  }
}
