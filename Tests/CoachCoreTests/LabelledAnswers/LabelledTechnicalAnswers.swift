extension LabelledAnswer {
  /// Answers to technical questions.
  static let technical: [LabelledAnswer] = [
    LabelledAnswer(
      "python-django-n-plus-one", .strong, [0, 1, 2, 4],
      """
      Classic N+1. Django fetches the 50 orders in one go and then every time the template
      touches order.customer it lazily fires another SELECT, so 1 + 50. Fix is
      select_related('customer') which turns it into a single JOIN. If it were a many-to-many,
      like tags, I'd use prefetch_related, that does a second query and stitches them together
      in Python. I'd also add assertNumQueries in the view test so nobody reintroduces it, and
      keep the debug toolbar on locally.
      """),
    LabelledAnswer(
      "python-django-n-plus-one", .partial, [0, 1],
      """
      Every order goes back to the DB for its customer because the relation is lazy. I'd add
      select_related on the queryset and that should bring it down to one query.
      """),
    LabelledAnswer(
      "sql-acid-transactions", .strong, [0, 1, 2, 3, 4],
      """
      ACID is atomicity, consistency, isolation and durability. Atomic means the whole unit
      commits or nothing does. Consistent means constraints hold before and after, e.g. a
      balance can't go below zero if there's a check constraint. Isolation is about concurrent
      transactions not seeing each other's half-done changes, depending on the level you pick.
      Durable means once the commit returns it's on disk via the WAL and survives a crash. For
      a transfer you debit one account and credit the other; if the process dies in between
      without a transaction, money just vanishes, so both updates go in one BEGIN/COMMIT.
      """),
    LabelledAnswer(
      "sql-acid-transactions", .partial, [0, 4],
      """
      It stands for atomicity, consistency, isolation, durability. For a transfer, you want
      both the withdrawal and the deposit to succeed together or roll back together, otherwise
      the books don't balance.
      """),
    LabelledAnswer(
      "indexing-btree-basics", .strong, [0, 1, 2, 3],
      """
      An index is usually a B-tree, a sorted tree so the engine can jump to a value in log n
      steps rather than a full table scan. It speeds up lookups in WHERE clauses, joins and
      sorting, and backs unique constraints. The cost is on writes: each INSERT/UPDATE/DELETE
      has to maintain every index, plus they take disk and RAM. And they only help when the
      filter is selective; if a status column matches 80% of rows the planner will just scan.
      """),
    LabelledAnswer(
      "indexing-btree-basics", .partial, [2],
      """
      It's like the index at the back of a book, you look up the term and go straight to the
      page instead of reading everything. The downside is that writes get slower because the
      index has to be updated too.
      """),
    LabelledAnswer(
      "http-methods-idempotency", .strong, [0, 1, 2, 3, 4],
      """
      POST is for creating; call it twice and you get two orders, so it's not idempotent. PUT
      sends the full replacement to a known URI; send it five times and the end state is
      identical, so it's idempotent. PATCH is a partial update, and whether it's idempotent
      depends: 'set email to x' is, 'add 1 to counter' isn't. GET, HEAD and DELETE are
      idempotent too, and GET/HEAD are safe since they don't modify anything. This matters
      because clients and proxies retry on timeouts.
      """),
    LabelledAnswer(
      "http-methods-idempotency", .offTopic, [],
      """
      I mostly use POST for everything in our internal APIs because it's simpler, and we return
      JSON with a status field. We document it in Swagger.
      """),
    LabelledAnswer(
      "api-idempotency-keys", .strong, [0, 1, 2, 3, 4],
      """
      Client generates a UUID per payment attempt and sends it as an Idempotency-Key header,
      same value on each retry. On the server we insert the key into a table with a unique
      constraint inside the same DB transaction as the charge, plus a hash of the body and the
      response we sent. A retry finds the row and we just replay the saved response. If the
      same key comes back with a different body we return 422. Keys expire after 24h. And we
      forward the key to Stripe so the provider dedupes as well.
      """),
    LabelledAnswer(
      "api-idempotency-keys", .partial, [0, 1],
      """
      I'd have the client send some unique request id, and on the backend check if we've seen
      that id before; if so, don't charge again.
      """),
    LabelledAnswer(
      "password-storage", .strong, [0, 1, 2, 3, 4],
      """
      Never store them reversibly. I'd use Argon2id or bcrypt with a decent cost factor and a
      random salt per user, which the library does for you. Encryption is wrong because if the
      key leaks every password is exposed. Plain SHA-256 is too fast, a GPU rig tries billions
      per second, so a slow, tunable hash makes brute force expensive, and the salt kills
      rainbow tables. Also throttle login attempts.
      """),
    LabelledAnswer(
      "password-storage", .partial, [0],
      """
      You hash them, with bcrypt for example, and you add a salt. Don't store plain text.
      """),
    LabelledAnswer(
      "sql-injection-prevention", .strong, [0, 1, 2, 3, 4],
      """
      It's when you build the query by concatenating user input, like "SELECT * FROM users
      WHERE name = '" + name + "'", and someone types ' OR 1=1 -- and dumps the table. The fix
      is prepared statements with bound parameters so the driver sends the values separately
      and they never get parsed as SQL. ORMs do that by default, but raw() calls and dynamic
      sort columns are still a hole; for column names I whitelist against known fields. On
      top, the app's DB user gets only the privileges it needs and we never show DB errors to
      users.
      """),
    LabelledAnswer(
      "caching-stampede", .partial, [0],
      """
      I'd put a lock around the rebuild so only one request goes to the database and the rest
      wait for it.
      """),
    LabelledAnswer(
      "caching-stampede", .strong, [0, 1, 2, 3, 4],
      """
      First, single-flight the recompute: a Redis lock (SET NX with a short expiry) so only one
      worker hits Postgres while others get the previous value. Second, serve stale while
      revalidating in the background. Third, jitter the TTLs so a batch of keys don't all
      expire on the same second, and refresh really hot keys early. After a deploy, pre-warm
      the top keys. And the DB still needs a bounded connection pool and timeouts as a last
      line of defence.
      """),
    LabelledAnswer(
      "kubernetes-core-objects", .partial, [0, 1, 3],
      """
      A pod runs your container(s) on a node. A Deployment keeps N replicas running and does
      rolling updates. If a pod dies k8s just starts a new one.
      """),
    LabelledAnswer(
      "transactional-outbox", .strong, [0, 1, 2, 3],
      """
      That's the dual write problem: the DB commit and the Kafka publish aren't atomic, so a
      crash in between either loses the event or announces an order that was rolled back. I'd
      write the event into an outbox table in the same transaction as the order insert. Then a
      separate relay, either polling the table or Debezium tailing the WAL, publishes and marks
      rows as sent. That's at-least-once, so each event has an id and consumers dedupe.
      """),
    LabelledAnswer(
      "circuit-breaker-retries-timeouts", .offTopic, [],
      """
      We use Hystrix at work. It's a library from Netflix, and it was quite popular but now
      it's in maintenance mode, so people moved to Resilience4j. It has nice dashboards.
      """),
    LabelledAnswer(
      "performance-p99-regression", .partial, [2, 4],
      """
      I'd diff what changed in the release, look for a new query or an N+1, and if it's bad
      just roll back.
      """),
    LabelledAnswer(
      "debugging-memory-leak", .strong, [0, 1, 2, 3, 4],
      """
      First confirm on the dashboards that RSS/heap climbs steadily and see if it correlates
      with traffic or some cron job. Then take two heap dumps a few hours apart, pprof if it's
      Go, jmap + MAT on the JVM, and diff which object types keep growing. Usually it's an
      unbounded in-process cache or map, event listeners that never get removed, or
      connections not closed. Reproduce in staging under load, fix, and check the graph goes
      flat. Meanwhile set a memory limit and an alert, but a nightly restart isn't a fix.
      """),
    LabelledAnswer(
      "git-merge-vs-rebase", .partial, [0, 1],
      """
      Merge makes a merge commit, rebase puts your commits on top of main so history is linear.
      """),
    LabelledAnswer(
      "docker-image-vs-container", .offTopic, [],
      """
      Docker is great, we use docker-compose for local dev with Postgres and Redis, and in prod
      everything runs on ECS.
      """),
    LabelledAnswer(
      "jwt-risks-revocation", .partial, [2, 3],
      """
      The token is signed by the server, and it's stateless so you can't really kill it before
      it expires. So I keep them short, like 15 minutes, and use refresh tokens.
      """),
    LabelledAnswer(
      "cap-theorem", .offTopic, [],
      """
      CAP is about caching, availability and performance; you pick two. In practice I always
      pick performance.
      """),
  ]
}
