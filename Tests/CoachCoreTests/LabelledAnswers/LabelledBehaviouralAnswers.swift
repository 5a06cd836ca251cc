extension LabelledAnswer {
  /// Answers to behavioural questions, told as stories.
  static let behavioural: [LabelledAnswer] = [
    LabelledAnswer(
      "bq-junior-bug-you-shipped", .strong, [0, 1, 2, 3, 4, 5],
      """
      In my first job I changed the signup endpoint and forgot to handle a missing phone
      field, so it threw a 500 instead of returning a 400. QA caught it in staging, but a
      hotfix had already gone to prod and about 30 users hit it. It was my code, so I owned
      the fix and told my lead straight away. I reproduced it with a request without the
      field, found the missing null check, fixed it and added a test for that case. It was
      fixed in prod within two hours. Since then I always write tests for the optional fields
      and ask for a review on anything touching signup.
      """),
    LabelledAnswer(
      "bq-junior-bug-you-shipped", .partial, [0, 2],
      """
      I once pushed a change that broke the login page. I fixed it quickly and added a test.
      """),
    LabelledAnswer(
      "bq-mid-on-call-incident", .strong, [0, 1, 2, 3, 4, 5],
      """
      Last spring I was on call when PagerDuty fired at 2am: checkout error rate jumped to 15%.
      I was the primary responder, so I opened the incident channel and took the lead on
      investigation. The deploy from that evening was the obvious suspect, so I rolled it back
      first, which brought errors down within ten minutes. Then I went through the logs and
      traces and found a new query hitting a table without an index and timing out under
      load. We added the index and redeployed the next morning. About 2,000 checkouts failed
      during the 25 minutes. Afterwards we wrote a postmortem, added a latency alert on that
      query and a check in CI for migrations without indexes. I posted updates in the channel
      every 15 minutes.
      """),
    LabelledAnswer(
      "bq-mid-on-call-incident", .partial, [0, 2],
      """
      We had an outage once where the database ran out of connections. I restarted the service
      and increased the pool size, and it came back.
      """),
    LabelledAnswer(
      "bq-mid-performance-problem", .strong, [0, 1, 2, 3, 4],
      """
      At my last job our checkout kept timing out during sales; p95 was over 4 seconds and
      customers were abandoning carts. I was asked to get it under one second before Black
      Friday. I profiled the endpoint with our APM, ran EXPLAIN on the slow queries and found
      an N+1 loading the cart items plus a missing index on the promotions table. I batched
      the loads and added the index. Latency fell 40% right away and p95 ended at 700 ms, and
      DB CPU dropped by half. I learned to check query counts in code review, and now I add a
      performance test for anything on the checkout path.
      """),
    LabelledAnswer(
      "bq-mid-performance-problem", .partial, [0, 2],
      """
      We had a slow endpoint and I added an index and it got faster.
      """),
    LabelledAnswer(
      "bq-mid-missed-deadline", .strong, [0, 1, 2, 3, 4, 5],
      """
      We'd promised a reporting export to a client for the end of the sprint, and halfway
      through I realised the data came from a legacy service nobody had documented. I'd made
      the estimate, so it was on me. On day four I told my lead and the product owner, and
      offered two options: ship CSV only on time, or the full Excel export a week later. They
      picked CSV first. We delivered the CSV on the original date and the Excel version six
      days after, and the client was fine with it. Now I split estimates into smaller tasks
      and flag unknown dependencies in planning, and I raise risk the moment I see it rather
      than hoping to catch up.
      """),
    LabelledAnswer(
      "bq-mid-missed-deadline", .offTopic, [],
      """
      I'm very organised, I use Jira and I always plan my work, so I don't really miss
      deadlines. I think communication is key in any team.
      """),
    LabelledAnswer(
      "bq-junior-code-review-feedback", .strong, [0, 1, 2, 3, 4, 5],
      """
      In my first months I opened a PR for a password reset endpoint, and the senior reviewer
      pointed out I was logging the reset token and that my variable names were unclear. I
      wanted to get it merged that week but also understand why it mattered. I asked him to
      explain the logging risk, removed the token from the logs, renamed things and then
      searched my other PRs and found the same logging in one more place. The PR got merged
      two days later and my next few PRs had far fewer comments. Since then I run through a
      short checklist of my own before asking for review: logs, names, tests.
      """),
    LabelledAnswer(
      "bq-junior-code-review-feedback", .partial, [0, 2, 3],
      """
      A reviewer said my code had no tests. I added them and it got merged.
      """),
    LabelledAnswer(
      "bq-mid-disagreed-with-teammate", .strong, [0, 1, 2, 3, 4, 5],
      """
      A colleague wanted to process image uploads synchronously in the request; I thought it
      should go through a queue. We both cared about shipping, and I didn't want it to turn
      into a fight. I asked what worried him about the queue, mostly extra moving parts, and
      then I built a small prototype and load-tested both; the sync version fell over at 50
      concurrent uploads. We agreed to let the tech lead decide with those numbers, and she
      went with the queue. It's been running for a year without issues and he and I still
      pair regularly. What I took from it: bring data, not opinions, and be ready to be wrong;
      on another topic he was right and I went along with it.
      """),
    LabelledAnswer(
      "bq-mid-disagreed-with-teammate", .partial, [0, 3],
      """
      My teammate wanted MongoDB and I wanted Postgres. We argued about it for a while and in
      the end we went with Postgres.
      """),
    LabelledAnswer(
      "bq-senior-mentoring-junior", .strong, [0, 1, 2, 3, 4, 5],
      """
      We hired a junior developer straight from a bootcamp into my team of five; she was
      struggling with our codebase and afraid to ask questions. My manager asked me to mentor
      her, and we agreed to focus on testing and on reading the code. I paired with her twice
      a week, explained the why in my review comments instead of just rewriting her code, and
      gave her gradually bigger tickets. We had a 30-minute check-in every Friday. After four
      months she shipped the notification feature on her own and her PRs needed half the
      review rounds. I learned I had to slow down and let her drive the keyboard; next time
      I'd set written goals from the start.
      """),
    LabelledAnswer(
      "bq-senior-mentoring-junior", .offTopic, [],
      """
      I like mentoring. I think it's important for seniors to share knowledge, and I try to be
      approachable.
      """),
    LabelledAnswer(
      "bq-senior-led-incident", .partial, [0, 1, 2],
      """
      When our payments provider went down I coordinated the team, someone looked at logs and
      someone talked to support, and we switched to the backup provider.
      """),
    LabelledAnswer(
      "bq-mid-improved-process", .strong, [0, 1, 2, 3, 4],
      """
      On my last team our CI build took 25 minutes and people were merging without waiting for
      it. Nobody owned the pipeline, so I took it on during the quieter days at the end of
      each sprint. I measured where time went, mostly reinstalling dependencies and running
      integration tests serially, proposed caching and parallel jobs in the retro, got the OK,
      and made the change over two weeks. Builds dropped to 8 minutes and the number of broken
      main builds went from about five a week to one. I learned that showing a chart of the
      problem gets agreement much faster than arguing.
      """),
    LabelledAnswer(
      "bq-mid-improved-process", .partial, [0, 2],
      """
      Our deploys were manual and error-prone, so I wrote a script to automate them.
      """),
    LabelledAnswer(
      "bq-lead-led-migration", .strong, [0, 1, 2, 3, 4],
      """
      Two years ago I led our move from MySQL on our own servers to Aurora Postgres; the old
      hardware was out of support and we had a week of downtime risk if it failed. I was the
      tech lead for a team of six, planning the work and keeping product informed. We split it
      into phases per service, ran both databases in parallel with dual writes and a
      comparison job, and each phase had a tested rollback. Feature work continued with two
      people rotating onto the migration. We finished in five months with 10 minutes of
      downtime in total and cut database costs by 30%. If I did it again I'd budget more time
      for the reporting queries, which we underestimated.
      """),
    LabelledAnswer(
      "bq-lead-led-migration", .offTopic, [],
      """
      Migrations are risky, so you need a good plan. I'd use the strangler pattern and migrate
      piece by piece.
      """),
    LabelledAnswer(
      "bq-contract-scope-change", .partial, [0, 2],
      """
      On a project for a retail client they kept adding features every week. I started writing
      every change down and sending an estimate before doing it.
      """),
    LabelledAnswer(
      "bq-junior-asked-for-help", .strong, [0, 1, 2, 3, 4, 5],
      """
      In my first month an integration test kept failing only in CI with a weird timezone
      error. I needed it green to merge a feature due that Friday. I spent about half a day on
      my own: read the CI logs, ran it in the same Docker image locally, and read the docs of
      the date library. Then I wrote a short message to a senior with what I'd tried and the
      exact error. She spotted in five minutes that the CI container ran in UTC, which saved me
      probably another day. My rule now is: if I'm stuck for two hours, I ask, with a summary
      of what I tried.
      """),
    LabelledAnswer(
      "bq-senior-tech-debt-vs-features", .partial, [0, 1, 2],
      """
      Our billing module had no tests and every change broke something. I convinced the PM to
      give us 20% of each sprint for refactoring it.
      """),
    LabelledAnswer(
      "bq-staff-bet-that-failed", .offTopic, [],
      """
      I don't really take bets, I prefer proven technology. Boring tech is usually the right
      choice.
      """),
    LabelledAnswer(
      "bq-mid-mistake-you-made", .strong, [0, 1, 2, 3, 4, 5],
      """
      I ran a migration that added a NOT NULL column with a default on a 200-million-row table
      in MySQL, in the middle of the day, and it locked the table. That was my change and my
      call to run it then. I noticed the write errors within a minute, told the team in Slack,
      killed the migration and the app recovered. Orders failed for about 6 minutes, roughly
      400 of them, and support contacted those customers. Afterwards I added a migration
      review step and a CI check that flags locking ALTERs on big tables, and we use gh-ost
      for those now. I didn't blame the tool; I should have checked.
      """),
  ]
}
