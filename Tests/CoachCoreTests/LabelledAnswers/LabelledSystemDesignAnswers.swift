extension LabelledAnswer {
  /// Answers to system design questions.
  static let systemDesign: [LabelledAnswer] = [
    LabelledAnswer(
      "sd-url-shortener", .strong, [0, 1, 2, 3, 4, 5],
      """
      First questions: do we need custom aliases, expiry, click stats? Ballpark 100M new links
      a month and maybe 100:1 reads, so storage is a few TB over five years. API: POST /links
      returns the short code; GET /{code} does a 302 so we can count clicks (a 301 gets cached
      by browsers). For codes I'd take an id from a counter and base62 it, 7 chars is plenty.
      Table keyed by code with the long URL, owner, created_at, expires_at, and Redis in front
      since it's read heavy. Clicks go onto a queue and get aggregated async so the redirect
      stays fast. Rate-limit creation and check URLs against a malware list.
      """),
    LabelledAnswer(
      "sd-url-shortener", .partial, [2],
      """
      I'd hash the URL with MD5 and take the first 7 characters as the code, and if it
      collides, retry with a salt. Store code to URL in a key-value store and redirect.
      """),
    LabelledAnswer(
      "sd-rate-limiter", .strong, [0, 1, 2, 3, 4, 5],
      """
      Limit per API key, with per-endpoint overrides, and return 429 plus Retry-After and
      X-RateLimit-Remaining headers. I'd go token bucket: it allows short bursts and only needs
      two numbers per key, unlike a sliding log that stores every timestamp. State lives in
      Redis, updated atomically with a Lua script, so all app servers share counts. It runs as
      middleware in the gateway, one Redis round trip. If Redis is down, fail open for most
      endpoints but fail closed for login to stop credential stuffing. For very hot keys, a
      small local pre-limit in memory, and dashboards of rejected requests.
      """),
    LabelledAnswer(
      "sd-rate-limiter", .partial, [2],
      """
      Use a fixed window counter in Redis: INCR the key for this minute with an expiry, reject
      when it's above the limit.
      """),
    LabelledAnswer(
      "sd-notification-service", .strong, [0, 1, 2, 3, 4, 5],
      """
      Services call an intake API (or publish an event); we validate, persist, and drop it on a
      per-channel queue: email, SMS, push. Before sending, check the user's preferences,
      unsubscribes and quiet hours, and render the template. Workers call SendGrid, Twilio or
      FCM with timeouts and exponential backoff, dead-lettering after N attempts. Each
      notification carries an idempotency key so a retry doesn't text someone twice, and we
      store the delivery status. Password resets go on a high-priority queue so a marketing
      blast can't delay them. Monitor queue depth and provider error rates, with a fallback
      provider.
      """),
    LabelledAnswer(
      "sd-notification-service", .partial, [2],
      """
      A queue, and workers that pull from it and call the email provider. Retry if it fails.
      """),
    LabelledAnswer(
      "sd-job-queue", .strong, [0, 1, 2, 3, 4, 5],
      """
      Jobs move through queued, running, succeeded or failed, and dead, with an API to enqueue,
      schedule for later, and look up status. For the store I'd start with Postgres and SELECT
      ... FOR UPDATE SKIP LOCKED, which is fine up to a few thousand jobs a second and keeps it
      transactional; beyond that RabbitMQ. Delivery is at-least-once: a worker leases a job
      with a visibility timeout and acks when done, so handlers must be idempotent. Failures
      retry with backoff up to max attempts, then go to a dead-letter table with an alert.
      Scheduled jobs: index on run_at and workers claim due jobs with the same locking so
      nothing fires twice; an expired lease means a crashed worker and the job is requeued.
      Autoscale workers on queue depth; metrics for lag and failure rate.
      """),
    LabelledAnswer(
      "sd-job-queue", .offTopic, [],
      """
      I'd just use cron. It's been around forever and it works, and you can put the scripts in
      the repo.
      """),
    LabelledAnswer(
      "sd-payments-idempotency", .strong, [0, 1, 2, 3, 4, 5],
      """
      POST /payments requires an Idempotency-Key. We store the key, a hash of the request body
      and the eventual response in the same DB transaction as the payment row. Repeats get the
      stored response back; a different body with the same key gets a 422. The payment itself
      is a state machine (created, authorised, captured, refunded, failed) and money moves as
      append-only ledger entries, never updating a balance in place. If the call to the
      processor times out we mark it pending and a reconciliation job asks the processor
      later. Plus TLS, auth, no PANs in logs, and a nightly reconciliation against the
      provider's settlement report with alerts on mismatches.
      """),
    LabelledAnswer(
      "sd-payments-idempotency", .partial, [0, 1],
      """
      Make the client send a unique key and keep a table of processed keys; if it shows up
      again we return the same result.
      """),
    LabelledAnswer(
      "sd-chat-backend", .partial, [1, 2],
      """
      Clients keep a websocket open to a gateway server. Messages are stored in Cassandra
      partitioned by conversation id.
      """),
    LabelledAnswer(
      "sd-chat-backend", .strong, [0, 1, 2, 3, 4, 5],
      """
      Requirements: 1:1 and groups up to 500, ordering within a conversation, read receipts,
      presence, history. Say 10M concurrent connections, about 100k msgs/s. Clients hold
      WebSocket connections to stateless gateways; a Redis registry maps user to gateway. A
      message goes to the chat service which persists it in Cassandra partitioned by
      conversation_id with a per-conversation sequence number, then acks the sender, then
      publishes via Kafka to the gateways holding recipients. Offline users get a push
      notification and on reconnect call sync?since=lastSeq. If a gateway dies clients
      reconnect elsewhere; duplicates are dropped by client-generated message ids.
      """),
    LabelledAnswer(
      "sd-news-feed", .strong, [0, 1, 2, 3, 4, 5],
      """
      Estimate: 200M DAU, each follows about 200 people, a couple of posts a day, reads 50x
      writes. Two approaches: fan-out on write pushes the post id into each follower's feed;
      fan-out on read merges timelines at request time. I'd do push for normal users and pull
      for celebrities with millions of followers, merging at read. Feeds are capped lists of
      post ids in Redis, bodies fetched from a post cache. Pagination with a cursor, not
      offset. Fan-out runs async from a queue; if it lags users just see slightly older feeds.
      """),
    LabelledAnswer(
      "sd-news-feed", .partial, [1],
      """
      When someone posts, write it into every follower's timeline so reading is just one
      lookup. The other option is to build it on read but that's slow.
      """),
    LabelledAnswer(
      "sd-file-upload-service", .strong, [0, 1, 2, 3, 4, 5],
      """
      Don't stream gigabytes through our API. The client asks us for a pre-signed S3 URL valid
      for a few minutes and uploads straight to the bucket, using multipart upload so a
      dropped connection only redoes one part. We keep a files table (owner, size, content
      type, status, object key) with status 'pending' until S3's completion event arrives.
      That event also goes to a queue for virus scanning and thumbnails. Downloads check
      permissions then hand out a signed CloudFront URL; enforce size and type limits, SSE-KMS
      encryption, and a lifecycle rule that removes abandoned multipart uploads.
      """),
    LabelledAnswer(
      "sd-multi-tenant-saas", .partial, [0],
      """
      Shared database with a tenant_id column on every table is cheapest; schema per tenant
      isolates better but migrations get painful with thousands of tenants.
      """),
    LabelledAnswer(
      "sd-catalogue-caching", .strong, [0, 1, 2, 3, 4, 5],
      """
      Start by finding the hot queries with pg_stat_statements and APM, and estimating the hit
      rate. Then cache-aside in Redis with a TTL of a few minutes; on product update delete the
      key, and a few minutes of staleness on price is acceptable except at checkout, which
      reads the DB. Public product pages get HTTP cache headers and a CDN. Guard against a
      stampede with a per-key lock and jittered TTLs, and warm the cache after a restart.
      Monitor hit ratio and memory; if Redis dies we fall back to the replicas with lower
      limits.
      """),
    LabelledAnswer(
      "sd-booking-no-double-booking", .partial, [0],
      """
      Put a unique constraint on (room_id, slot_start) so the DB rejects a second booking for
      the same slot.
      """),
    LabelledAnswer(
      "sd-webhook-delivery", .offTopic, [],
      """
      Webhooks are HTTP callbacks. The customer gives us a URL and we POST JSON to it when
      something happens. It's simpler than polling.
      """),
    LabelledAnswer(
      "sd-zero-downtime-schema-migration", .strong, [0, 1, 2, 3, 4, 5],
      """
      Expand/contract. Add the new column and new table, deploy code that writes to both old
      and new, backfill existing rows in batches of a few thousand with a sleep between so
      replication lag stays low, switch reads to the new structure, then stop writing the old
      one and drop it later. Each step stays compatible with the previous app version since
      pods roll one at a time. On Postgres adding a nullable column is instant but building an
      index must be CONCURRENTLY. Before switching reads I run a checksum comparison between
      old and new, and every step can be reverted. All of it lives in versioned migration
      files run by the pipeline.
      """),
    LabelledAnswer(
      "sd-high-throughput-api", .offTopic, [],
      """
      10k rps is not that much really. Any modern framework can handle it, I'd use Go because
      it's fast.
      """),
    LabelledAnswer(
      "sd-leaderboard", .partial, [1],
      """
      Redis sorted set: ZADD on score updates, ZREVRANGE 0 9 for the top ten, ZREVRANK for a
      player's position.
      """),
    LabelledAnswer(
      "sd-authentication-service", .partial, [0],
      """
      Passwords hashed with bcrypt, and I'd issue a JWT on login that the clients send in the
      Authorization header.
      """),
    LabelledAnswer(
      "sd-api-gateway", .strong, [0, 1, 2, 3, 4, 5],
      """
      The gateway handles routing, TLS termination, auth, rate limiting, request logs and
      CORS; business logic stays in services. It validates the JWT at the edge and forwards a
      trusted user id header downstream. It's stateless, several instances behind a load
      balancer, and routes come from config reloaded without redeploying. Each upstream gets a
      timeout, bounded retries and a circuit breaker. I'd rather run Envoy or Kong or a managed
      AWS API Gateway than write one, owned by the platform team. The danger is it becoming a
      bottleneck or a dumping ground for logic.
      """),
  ]
}
