import CoachCore

/// Realistic people rating every skill of the shipped pack as they honestly would, each with the
/// verdict an experienced hiring manager would give them, written before the model was tuned.
struct Persona {
  var name: String
  var years: Double
  var languages: [String]
  /// Every skill of the shipped pack, rated 0...4.
  var ratings: [String: Rating]
  /// Expected placement per track id; nil means "not yet" the track's first level.
  var placed: [String: String?]
  /// The level the person aims at; nil for the default (the next level on the ladder).
  var target: String?
  /// Skills (or one skill of a group) that must be among the first gaps to the default target.
  var topGaps: Set<String>
  /// How many of the first gaps `topGaps` are looked for in.
  var topGapCount = 6
  /// Skills that must not be gaps to the default target at all (what the person already has).
  var notGaps: Set<String> = []

  var profile: Profile {
    Profile(ratings: ratings, years: years, market: "dk", primaryLanguages: languages)
  }
}

enum Personas {
  /// 1.5 years at a small agency, Django and PostgreSQL, features with a senior reviewing.
  /// Verdict: Junior, clearly not Mid yet; to reach Mid: own Python, SQL and tests independently.
  static let juniorPython = Persona(
    name: "junior Python developer", years: 1.5, languages: ["python"],
    ratings: [
      "nodejs": 1, "python": 2, "java": 0, "ruby": 0, "php": 0, "csharp": 0, "go": 0, "rust": 0,
      "sql": 2, "postgresql": 2, "mysql": 1, "oracle": 0, "sql-server": 0, "mongodb": 1,
      "cassandra": 0, "redis": 1, "database-design": 1, "query-optimisation": 1, "indexing": 1,
      "migrations": 2, "rest-apis": 2, "graphql": 0, "api-security": 1, "api-versioning": 1,
      "third-party-integration": 2, "api-gateway": 0, "aws": 1, "azure": 0, "gcp": 0,
      "docker": 2, "kubernetes": 0, "terraform": 0, "deployment": 1, "authentication": 1,
      "cors": 1, "encryption": 1, "secure-coding": 1, "compliance": 1, "system-design": 1,
      "microservices": 1, "event-driven": 0, "message-queues": 1, "caching": 1, "scaling": 0,
      "distributed-systems": 0, "performance-tuning": 1, "fault-tolerance": 0,
      "unit-testing": 2, "integration-testing": 1, "e2e-testing": 1, "debugging": 2, "git": 2,
      "ci-cd": 1, "logging": 1, "monitoring": 1, "command-line": 2, "data-structures": 2,
      "algorithms": 1, "complexity": 1, "design-patterns": 1, "agile": 2, "code-review": 2,
      "technical-writing": 1, "self-organisation": 2, "problem-solving": 2, "communication": 2,
      "collaboration": 2, "mentoring": 0, "leadership": 0, "strategic-planning": 0,
      "business-alignment": 1, "client-communication": 1,
    ],
    placed: ["ladder": "junior", "lead": "junior", "contract": "junior"],
    topGaps: ["python", "sql", "rest-apis", "unit-testing"],
    notGaps: ["mentoring", "leadership", "strategic-planning"])

  /// 4 years at a bank: Spring Boot services on PostgreSQL, some MongoDB and RabbitMQ, a solid
  /// team member who reviews code and owns features but has not designed systems or mentored.
  /// Verdict: Mid, not Senior; to reach Senior: system design, performance and caching,
  /// microservices, mentoring, and mastery of Java.
  static let midJava = Persona(
    name: "mid Java/Spring developer", years: 4, languages: ["java"],
    ratings: [
      "nodejs": 1, "python": 1, "java": 3, "ruby": 0, "php": 0, "csharp": 0, "go": 0, "rust": 0,
      "sql": 3, "postgresql": 3, "mysql": 2, "oracle": 1, "sql-server": 0, "mongodb": 2,
      "cassandra": 0, "redis": 2, "database-design": 3, "query-optimisation": 2, "indexing": 2,
      "migrations": 3, "rest-apis": 3, "graphql": 1, "api-security": 2, "api-versioning": 2,
      "third-party-integration": 3, "api-gateway": 1, "aws": 2, "azure": 0, "gcp": 0,
      "docker": 2, "kubernetes": 1, "terraform": 1, "deployment": 2, "authentication": 2,
      "cors": 2, "encryption": 2, "secure-coding": 2, "compliance": 2, "system-design": 2,
      "microservices": 2, "event-driven": 1, "message-queues": 2, "caching": 2, "scaling": 1,
      "distributed-systems": 1, "performance-tuning": 2, "fault-tolerance": 1,
      "unit-testing": 3, "integration-testing": 3, "e2e-testing": 2, "debugging": 3, "git": 3,
      "ci-cd": 2, "logging": 2, "monitoring": 2, "command-line": 2, "data-structures": 3,
      "algorithms": 2, "complexity": 2, "design-patterns": 3, "agile": 3, "code-review": 3,
      "technical-writing": 2, "self-organisation": 3, "problem-solving": 3, "communication": 3,
      "collaboration": 3, "mentoring": 1, "leadership": 1, "strategic-planning": 1,
      "business-alignment": 2, "client-communication": 2,
    ],
    placed: ["ladder": "mid", "lead": "mid", "contract": "mid"],
    topGaps: ["system-design", "microservices", "performance-tuning", "caching", "mentoring"],
    topGapCount: 8,
    notGaps: ["rest-apis", "git", "unit-testing"])

  /// 8 years, the last four building Go services around Kafka and PostgreSQL on AWS and
  /// Kubernetes; mentors two juniors, leads designs within the team, not beyond it.
  /// Verdict: Senior, not Staff; to reach Staff: cross-team influence (communication,
  /// leadership, strategy), mentoring seniors, distributed systems and system design at mastery.
  static let seniorGo = Persona(
    name: "senior Go/Kafka developer", years: 8, languages: ["go", "python"],
    ratings: [
      "nodejs": 1, "python": 2, "java": 2, "ruby": 0, "php": 0, "csharp": 0, "go": 4, "rust": 1,
      "sql": 3, "postgresql": 4, "mysql": 2, "oracle": 0, "sql-server": 0, "mongodb": 1,
      "cassandra": 2, "redis": 3, "database-design": 3, "query-optimisation": 3, "indexing": 3,
      "migrations": 3, "rest-apis": 4, "graphql": 1, "api-security": 3, "api-versioning": 3,
      "third-party-integration": 3, "api-gateway": 2, "aws": 3, "azure": 0, "gcp": 1,
      "docker": 3, "kubernetes": 3, "terraform": 2, "deployment": 3, "authentication": 3,
      "cors": 2, "encryption": 3, "secure-coding": 3, "compliance": 2, "system-design": 3,
      "microservices": 4, "event-driven": 4, "message-queues": 4, "caching": 3, "scaling": 3,
      "distributed-systems": 3, "performance-tuning": 3, "fault-tolerance": 3,
      "unit-testing": 3, "integration-testing": 3, "e2e-testing": 2, "debugging": 4, "git": 3,
      "ci-cd": 3, "logging": 3, "monitoring": 3, "command-line": 3, "data-structures": 3,
      "algorithms": 3, "complexity": 3, "design-patterns": 3, "agile": 3, "code-review": 4,
      "technical-writing": 3, "self-organisation": 3, "problem-solving": 3, "communication": 3,
      "collaboration": 3, "mentoring": 3, "leadership": 2, "strategic-planning": 2,
      "business-alignment": 2, "client-communication": 2,
    ],
    placed: ["ladder": "senior", "lead": "senior"],
    topGaps: ["system-design", "distributed-systems", "communication", "mentoring", "leadership"],
    topGapCount: 8,
    notGaps: ["go", "microservices", "message-queues", "event-driven"])

  /// 13 years; staff engineer of an internal platform (Kubernetes, Terraform, Go, PostgreSQL,
  /// Kafka) used by a dozen teams; sets standards and writes the designs others follow, but the
  /// business side and company-wide strategy sit with others.
  /// Verdict: Staff, not Architect; to reach Architect: strategy and business alignment.
  static let staffPlatform = Persona(
    name: "staff platform engineer", years: 13, languages: ["go", "java"],
    ratings: [
      "nodejs": 1, "python": 3, "java": 3, "ruby": 0, "php": 0, "csharp": 0, "go": 4, "rust": 2,
      "sql": 3, "postgresql": 4, "mysql": 3, "oracle": 0, "sql-server": 0, "mongodb": 2,
      "cassandra": 3, "redis": 4, "database-design": 4, "query-optimisation": 4, "indexing": 4,
      "migrations": 4, "rest-apis": 4, "graphql": 2, "api-security": 3, "api-versioning": 4,
      "third-party-integration": 3, "api-gateway": 4, "aws": 4, "azure": 1, "gcp": 3,
      "docker": 4, "kubernetes": 4, "terraform": 4, "deployment": 4, "authentication": 3,
      "cors": 3, "encryption": 3, "secure-coding": 3, "compliance": 2, "system-design": 4,
      "microservices": 4, "event-driven": 4, "message-queues": 4, "caching": 4, "scaling": 4,
      "distributed-systems": 4, "performance-tuning": 4, "fault-tolerance": 4,
      "unit-testing": 3, "integration-testing": 3, "e2e-testing": 3, "debugging": 4, "git": 4,
      "ci-cd": 4, "logging": 4, "monitoring": 4, "command-line": 4, "data-structures": 3,
      "algorithms": 3, "complexity": 3, "design-patterns": 3, "agile": 3, "code-review": 4,
      "technical-writing": 4, "self-organisation": 3, "problem-solving": 4, "communication": 4,
      "collaboration": 4, "mentoring": 4, "leadership": 3, "strategic-planning": 3,
      "business-alignment": 2, "client-communication": 2,
    ],
    placed: ["ladder": "staff"],
    topGaps: ["strategic-planning", "business-alignment"],
    topGapCount: 4,
    notGaps: ["kubernetes", "distributed-systems", "system-design"])

  /// 11 years; was a senior Java developer, has managed a team of seven for three years: hires,
  /// runs planning with product, coaches; still reviews code but has not designed or tuned a
  /// system hands-on lately, and knows Kubernetes and the API gateway only from the team's work.
  /// Verdict: Senior on the lead track, not yet Lead; the gaps to Lead are the technical bars
  /// (system design, microservices, performance, cloud, Kubernetes), not leadership.
  static let managerToLead = Persona(
    name: "engineering manager going to Lead", years: 11, languages: ["java"],
    ratings: [
      "nodejs": 1, "python": 2, "java": 4, "ruby": 0, "php": 0, "csharp": 1, "go": 0, "rust": 0,
      "sql": 3, "postgresql": 3, "mysql": 3, "oracle": 2, "sql-server": 0, "mongodb": 2,
      "cassandra": 0, "redis": 2, "database-design": 3, "query-optimisation": 3, "indexing": 3,
      "migrations": 3, "rest-apis": 3, "graphql": 1, "api-security": 3, "api-versioning": 3,
      "third-party-integration": 3, "api-gateway": 2, "aws": 2, "azure": 1, "gcp": 0,
      "docker": 3, "kubernetes": 2, "terraform": 1, "deployment": 3, "authentication": 3,
      "cors": 2, "encryption": 2, "secure-coding": 3, "compliance": 3, "system-design": 3,
      "microservices": 3, "event-driven": 2, "message-queues": 3, "caching": 3, "scaling": 2,
      "distributed-systems": 2, "performance-tuning": 3, "fault-tolerance": 2,
      "unit-testing": 3, "integration-testing": 3, "e2e-testing": 2, "debugging": 3, "git": 3,
      "ci-cd": 3, "logging": 3, "monitoring": 3, "command-line": 2, "data-structures": 3,
      "algorithms": 3, "complexity": 3, "design-patterns": 3, "agile": 4, "code-review": 4,
      "technical-writing": 3, "self-organisation": 4, "problem-solving": 3, "communication": 4,
      "collaboration": 4, "mentoring": 4, "leadership": 4, "strategic-planning": 3,
      "business-alignment": 3, "client-communication": 3,
    ],
    placed: ["ladder": "senior", "lead": "senior"], target: "lead",
    topGaps: ["system-design", "microservices", "kubernetes", "aws"], topGapCount: 8,
    notGaps: ["leadership", "communication", "mentoring"])

  /// A career changer after a bootcamp: every technical skill at Aware (1), the everyday soft
  /// skills at Working (2), no leadership. The seed's junior asks basic proficiency, familiarity
  /// and exposure: Verdict: Junior.
  static func awareEverywhere(skills: [String]) -> Persona {
    let soft: [String: Rating] = [
      "problem-solving": 2, "communication": 2, "collaboration": 2, "self-organisation": 2,
      "agile": 1, "code-review": 1, "technical-writing": 1, "mentoring": 0, "leadership": 0,
      "strategic-planning": 0, "business-alignment": 1, "client-communication": 1,
    ]
    var ratings: [String: Rating] = [:]
    for skill in skills { ratings[skill] = soft[skill] ?? 1 }
    return Persona(
      name: "bootcamp graduate, every technical skill at 1", years: 0.5, languages: ["nodejs"],
      ratings: ratings, placed: ["ladder": "junior", "lead": "junior", "contract": "junior"],
      topGaps: [])
  }

  static let all = [juniorPython, midJava, seniorGo, staffPlatform, managerToLead]
}
