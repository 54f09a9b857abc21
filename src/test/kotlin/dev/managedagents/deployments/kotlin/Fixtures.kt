package dev.managedagents.deployments.kotlin

/** Response bodies as the server sends them (DEPLOYMENTS-API.md §7), shared by the Kotlin tests. */
internal object Fixtures {
  const val PAUSED_DEPLOYMENT = """
    {"id":"depl_01ExampleDeployment","type":"deployment","name":"weekly-report","description":null,
     "agent":{"type":"agent","id":"agent_01Example9AgentId","version":2},
     "environment_id":"env_01Example9EnvId",
     "initial_events":[{"type":"user.message","content":[{"type":"text","text":"Write the weekly report."}]}],
     "resources":[{"type":"github_repository","url":"https://github.com/example/reports",
       "checkout":{"type":"branch","name":"main"},"mount_path":"/workspace/reports"}],
     "vault_ids":[],"metadata":{"team":"finance"},
     "schedule":{"type":"cron","expression":"0 9 * * 1","timezone":"Europe/Berlin",
       "last_run_at":null,"upcoming_runs_at":["2026-12-07T08:00:00Z"]},
     "status":"paused","paused_reason":{"type":"error","error":{"type":"vault_archived_error"}},
     "created_at":"2026-11-02T10:00:00Z","updated_at":"2026-11-20T07:59:58.412Z","archived_at":null}
  """

  /** A deployment whose optional parts are all present, and whose unions hold a variant of each kind. */
  fun deployment(
    id: String = "depl_01ExampleDeployment",
    description: String? = "Writes the weekly report",
    status: String = "active",
    pausedReason: String = "null",
    archivedAt: String = "null",
  ): String = """
    {"id":"$id","type":"deployment","name":"weekly-report",
     "description":${if (description == null) "null" else "\"$description\""},
     "agent":{"type":"agent","id":"agent_01Example9AgentId","version":2},
     "environment_id":"env_01Example9EnvId",
     "initial_events":[
       {"type":"user.message","content":[
         {"type":"text","text":"Write the weekly report."},
         {"type":"image","source":{"type":"url","url":"https://example.com/chart.png"}},
         {"type":"document","source":{"type":"file","file_id":"file_01Doc"},"title":null,"context":null},
         {"type":"redacted"}]},
       {"type":"system.message","content":[{"type":"text","text":"Be brief."}]},
       {"type":"user.define_outcome","description":"A report","rubric":{"type":"text","content":"Has totals"},
        "max_iterations":3}],
     "resources":[
       {"type":"github_repository","url":"https://github.com/example/reports",
        "checkout":{"type":"commit","sha":"0123456789abcdef0123456789abcdef01234567"},"mount_path":null},
       {"type":"file","file_id":"file_01Data","mount_path":"/mnt/session/uploads/file_01Data"},
       {"type":"memory_store","memory_store_id":"memstore_01Notes","access":"read_only","instructions":null}],
     "vault_ids":["vlt_01Example"],"metadata":{},
     "schedule":{"type":"cron","expression":"0 9 * * 1","timezone":"UTC",
       "last_run_at":"2026-11-23T09:00:00.123456789Z","upcoming_runs_at":["2026-11-30T09:00:00Z"]},
     "budget":{"type":"limit","max_list_cost":{"amount":"2500","currency":"USD"}},
     "status":"$status","paused_reason":$pausedReason,
     "created_at":"2026-11-02T10:00:00Z","updated_at":"2026-11-20T07:59:58.412Z","archived_at":$archivedAt}
  """

  const val FAILED_RUN = """
    {"id":"drun_01ExampleRunFail","type":"deployment_run","deployment_id":"depl_01ExampleDeployment",
     "agent":{"type":"agent","id":"agent_01Example9AgentId","version":2},"created_at":"2026-11-23T08:00:03Z",
     "session_id":null,"error":{"type":"vault_archived_error","message":"Vault vlt_01Example is archived."},
     "trigger_context":{"type":"schedule","scheduled_at":"2026-11-23T08:00:00Z"}}
  """

  const val SUCCESSFUL_RUN = """
    {"id":"drun_01ExampleRunOk","type":"deployment_run","deployment_id":"depl_01ExampleDeployment",
     "agent":{"type":"agent","id":"agent_01Example9AgentId","version":2},"created_at":"2026-11-24T12:31:40Z",
     "session_id":"sesn_01ExampleSession","error":null,"trigger_context":{"type":"manual"}}
  """

  /** A run whose error and trigger are of types this SDK does not know yet. */
  const val FUTURE_RUN = """
    {"id":"drun_01ExampleRunNew","type":"deployment_run","deployment_id":"depl_01ExampleDeployment",
     "agent":{"type":"agent","id":"agent_01Example9AgentId","version":2},"created_at":"2026-11-25T12:00:00Z",
     "session_id":null,"error":{"type":"quota_exhausted_error","message":"Out of quota.","retry_at":null},
     "trigger_context":{"type":"webhook","hook_id":"hook_01"}}
  """

  fun page(vararg items: String, nextPage: String? = null): String =
    """{"data":[${items.joinToString(",")}],"next_page":${if (nextPage == null) "null" else "\"$nextPage\""}}"""

  fun error(type: String, message: String): String =
    """{"type":"error","error":{"type":"$type","message":"$message"},"request_id":"req_01ExampleRequest"}"""
}
