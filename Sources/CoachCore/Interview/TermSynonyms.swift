/// Abbreviations and other names backend developers use for the same thing, so an answer that
/// says "k8s", "PG" or "p99" meets a key point that says "Kubernetes", "PostgreSQL" or
/// "percentile". Each entry maps a word of an answer to the words it stands for; the words
/// are added to the answer, never to a key point. Only names that mean one thing in backend
/// work are listed, so a match through them is as good as one through the written word.
public enum TermSynonyms {
  public static func expansion(of word: String) -> [String]? { table[word] }

  static let table: [String: [String]] = [
    "k8s": ["kubernetes"], "pg": ["postgresql"], "postgres": ["postgresql"],
    "psql": ["postgresql"], "mongo": ["mongodb"], "db": ["database"], "dbs": ["database"],
    "rdbms": ["relational", "database"], "p50": ["percentile", "latency"],
    "p90": ["percentile", "latency"], "p95": ["percentile", "latency"],
    "p99": ["percentile", "latency"], "p999": ["percentile", "latency"],
    "async": ["asynchronous"], "sync": ["synchronous"], "prod": ["production"],
    "env": ["environment"], "envs": ["environment"], "config": ["configuration"],
    "infra": ["infrastructure"], "repo": ["repository"], "repos": ["repository"],
    "perf": ["performance"], "msg": ["message"], "msgs": ["message"], "req": ["request"],
    "reqs": ["request"], "rps": ["request", "second"], "qps": ["query", "second"],
    "tps": ["transaction", "second"], "lb": ["load", "balancer"], "dlq": ["dead", "letter"],
    "mfa": ["multi", "factor"], "2fa": ["multi", "factor"], "sso": ["single", "sign"],
    "authn": ["authentication"], "authz": ["authorisation"], "wal": ["write", "ahead", "log"],
    "cdc": ["change", "data", "capture"], "ttl": ["expiry"], "ttls": ["expiry"],
    "dedupe": ["duplicate"], "dedup": ["duplicate"], "dedupes": ["duplicate"],
    "whitelist": ["allow", "list"], "allowlist": ["allow", "list"], "pr": ["pull", "request"],
    "prs": ["pull", "request"], "qa": ["tester"], "jvm": ["java"], "gc": ["garbage", "collection"],
    "ddos": ["denial", "service"], "oom": ["memory"], "rss": ["memory"], "ms": ["millisecond"],
    "s3": ["object", "storage"], "gcs": ["object", "storage"], "pubsub": ["pub", "sub"],
    "ack": ["acknowledge"], "acks": ["acknowledge"], "ci": ["continuous", "integration"],
    "cd": ["continuous", "delivery"], "ids": ["id"], "uuid": ["unique", "id"],
    "uuids": ["unique", "id"], "postmortem": ["review"], "retro": ["retrospective"],
    "outage": ["incident"],
    "outages": ["incident"],
  ]
}
