/// The answers files of a team of four who finished an assessment, as `assess --answers`
/// reads them: every skill of the shipped pack rated as each would honestly rate it.
enum TeamAnswers {
  /// Sofia, senior: Go services around Kafka and PostgreSQL; mentors two juniors.
  static let senior = """
    years: 8
    market: dk
    languages: [go, python]
    ratings: {
      nodejs: 1, python: 2, java: 2, ruby: 0, php: 0, csharp: 0, go: 4, rust: 1, sql: 3,
      postgresql: 4, mysql: 2, oracle: 0, sql-server: 0, mongodb: 1, cassandra: 2,
      redis: 3, database-design: 3, query-optimisation: 3, indexing: 3, migrations: 3,
      rest-apis: 4, graphql: 1, api-security: 3, api-versioning: 3,
      third-party-integration: 3, api-gateway: 2, aws: 3, azure: 0, gcp: 1, docker: 3,
      kubernetes: 3, terraform: 2, deployment: 3, authentication: 3, cors: 2,
      encryption: 3, secure-coding: 3, compliance: 2, system-design: 3, microservices: 4,
      event-driven: 4, message-queues: 4, caching: 3, scaling: 3, distributed-systems: 3,
      performance-tuning: 3, fault-tolerance: 3, unit-testing: 3, integration-testing: 3,
      e2e-testing: 2, debugging: 4, git: 3, ci-cd: 3, logging: 3, monitoring: 3,
      command-line: 3, data-structures: 3, algorithms: 3, complexity: 3,
      design-patterns: 3, agile: 3, code-review: 4, technical-writing: 3,
      self-organisation: 3, problem-solving: 3, communication: 3, collaboration: 3,
      mentoring: 3, leadership: 2, strategic-planning: 2, business-alignment: 2,
      client-communication: 2
    }
    """

  /// Jonas, junior: Django and PostgreSQL, features with a senior reviewing.
  static let junior = """
    years: 1.5
    market: dk
    languages: [python]
    ratings: {
      nodejs: 1, python: 2, java: 0, ruby: 0, php: 0, csharp: 0, go: 0, rust: 0, sql: 2,
      postgresql: 2, mysql: 1, oracle: 0, sql-server: 0, mongodb: 1, cassandra: 0,
      redis: 1, database-design: 1, query-optimisation: 1, indexing: 1, migrations: 2,
      rest-apis: 2, graphql: 0, api-security: 1, api-versioning: 1,
      third-party-integration: 2, api-gateway: 0, aws: 1, azure: 0, gcp: 0, docker: 2,
      kubernetes: 0, terraform: 0, deployment: 1, authentication: 1, cors: 1,
      encryption: 1, secure-coding: 1, compliance: 1, system-design: 1, microservices: 1,
      event-driven: 0, message-queues: 1, caching: 1, scaling: 0, distributed-systems: 0,
      performance-tuning: 1, fault-tolerance: 0, unit-testing: 2, integration-testing: 1,
      e2e-testing: 1, debugging: 2, git: 2, ci-cd: 1, logging: 1, monitoring: 1,
      command-line: 2, data-structures: 2, algorithms: 1, complexity: 1,
      design-patterns: 1, agile: 2, code-review: 2, technical-writing: 1,
      self-organisation: 2, problem-solving: 2, communication: 2, collaboration: 2,
      mentoring: 0, leadership: 0, strategic-planning: 0, business-alignment: 1,
      client-communication: 1
    }
    """

  /// Mette, mid: Spring on PostgreSQL, and the team's query plans and indexes.
  static let databaseMid = """
    years: 4
    market: dk
    languages: [java]
    ratings: {
      nodejs: 1, python: 1, java: 3, ruby: 0, php: 0, csharp: 0, go: 0, rust: 0, sql: 3,
      postgresql: 4, mysql: 2, oracle: 1, sql-server: 0, mongodb: 2, cassandra: 0,
      redis: 2, database-design: 3, query-optimisation: 4, indexing: 4, migrations: 3,
      rest-apis: 3, graphql: 1, api-security: 2, api-versioning: 2,
      third-party-integration: 3, api-gateway: 1, aws: 2, azure: 0, gcp: 0, docker: 2,
      kubernetes: 1, terraform: 1, deployment: 2, authentication: 2, cors: 2,
      encryption: 2, secure-coding: 2, compliance: 2, system-design: 2, microservices: 2,
      event-driven: 1, message-queues: 2, caching: 2, scaling: 1, distributed-systems: 1,
      performance-tuning: 2, fault-tolerance: 1, unit-testing: 3, integration-testing: 3,
      e2e-testing: 2, debugging: 3, git: 3, ci-cd: 2, logging: 2, monitoring: 2,
      command-line: 2, data-structures: 3, algorithms: 2, complexity: 2,
      design-patterns: 3, agile: 3, code-review: 3, technical-writing: 2,
      self-organisation: 3, problem-solving: 3, communication: 3, collaboration: 3,
      mentoring: 1, leadership: 1, strategic-planning: 1, business-alignment: 2,
      client-communication: 2
    }
    """

  /// Arne, staff engineer: designs the platform a dozen teams use.
  static let staff = """
    years: 13
    market: dk
    languages: [go, java]
    ratings: {
      nodejs: 1, python: 3, java: 3, ruby: 0, php: 0, csharp: 0, go: 4, rust: 2, sql: 3,
      postgresql: 4, mysql: 3, oracle: 0, sql-server: 0, mongodb: 2, cassandra: 3,
      redis: 4, database-design: 4, query-optimisation: 4, indexing: 4, migrations: 4,
      rest-apis: 4, graphql: 2, api-security: 3, api-versioning: 4,
      third-party-integration: 3, api-gateway: 4, aws: 4, azure: 1, gcp: 3, docker: 4,
      kubernetes: 4, terraform: 4, deployment: 4, authentication: 3, cors: 3,
      encryption: 3, secure-coding: 3, compliance: 2, system-design: 4, microservices: 4,
      event-driven: 4, message-queues: 4, caching: 4, scaling: 4, distributed-systems: 4,
      performance-tuning: 4, fault-tolerance: 4, unit-testing: 3, integration-testing: 3,
      e2e-testing: 3, debugging: 4, git: 4, ci-cd: 4, logging: 4, monitoring: 4,
      command-line: 4, data-structures: 3, algorithms: 3, complexity: 3,
      design-patterns: 3, agile: 3, code-review: 4, technical-writing: 4,
      self-organisation: 3, problem-solving: 4, communication: 4, collaboration: 4,
      mentoring: 4, leadership: 3, strategic-planning: 3, business-alignment: 2,
      client-communication: 2
    }
    """
}
