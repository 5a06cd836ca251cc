import CoachCore

/// A small pack for CoachCore's tests: four ladder levels, a lead track sharing the lower two,
/// a choose-one-of language group, a few tips, questions and CV checks.
enum TestPack {
  static let skillIDs = [
    "python", "java", "go", "rest-apis", "sql", "caching", "system-design", "communication",
    "leadership",
  ]
  static let languages: Requirement = Requirement(
    skills: ["python", "java", "go"], label: "A server-side language", minimum: 2, weight: 3)

  static func skill(_ id: String, _ name: String, hours: Double, category: String = "tech")
    -> Skill
  {
    Skill(
      id: id, name: name, category: category, description: "\(name).", hoursPerStep: hours,
      anchors: (0...4).map { "\(name) anchor \($0)." })
  }

  static let skills: [Skill] = [
    skill("python", "Python", hours: 10),
    skill("java", "Java", hours: 10),
    skill("go", "Go", hours: 10),
    skill("rest-apis", "REST APIs", hours: 5),
    skill("sql", "SQL", hours: 8),
    Skill(
      id: "caching", name: "Caching (Redis, Memcached)", category: "tech",
      description: "Caches.", hoursPerStep: 6,
      anchors: [
        "I have not used a cache.", "I know what a cache is for.",
        "I have added a cache with help.",
        "I have designed a cache with an eviction and invalidation plan on my own",
        "I teach caching strategies and lead cache design reviews.",
      ]),
    skill("system-design", "System design", hours: 12),
    skill("communication", "Communication", hours: 4, category: "soft"),
    // No anchors of its own: the category's anchors stand in.
    Skill(
      id: "leadership", name: "Leadership", category: "soft", description: "Leading.",
      hoursPerStep: 10, anchors: []),
  ]

  static func req(_ skill: String, _ minimum: Rating, _ weight: Double) -> Requirement {
    Requirement(skills: [skill], minimum: minimum, weight: weight)
  }

  static func lang(_ minimum: Rating, _ weight: Double) -> Requirement {
    var requirement = languages
    requirement.minimum = minimum
    requirement.weight = weight
    return requirement
  }

  static func level(_ id: String, _ name: String, _ requirements: [Requirement]) -> Level {
    Level(id: id, name: name, overview: "\(name).", source: "000", requirements: requirements)
  }

  static let levels: [Level] = [
    level(
      "junior", "Junior",
      [
        lang(2, 3), req("rest-apis", 2, 3), req("sql", 1, 2), req("communication", 2, 2),
        req("caching", 0, 1),
      ]),
    level(
      "mid", "Mid",
      [
        lang(3, 3), req("rest-apis", 3, 3), req("sql", 2, 2), req("caching", 2, 2),
        req("communication", 2, 2),
      ]),
    level(
      "senior", "Senior",
      [
        lang(3, 3), req("rest-apis", 4, 2), req("sql", 3, 2), req("caching", 3, 3),
        req("system-design", 3, 3), req("communication", 3, 2),
      ]),
    level(
      "staff", "Staff",
      [
        lang(4, 2), req("system-design", 4, 3), req("caching", 3, 2), req("communication", 4, 3),
        req("leadership", 3, 2),
      ]),
    level(
      "lead", "Lead",
      [
        lang(3, 2), req("communication", 4, 3), req("leadership", 3, 3),
        req("system-design", 2, 1),
      ]),
  ]

  static let tracks = [
    Track(
      id: "ladder", name: "Ladder", source: "000", levels: ["junior", "mid", "senior", "staff"]),
    Track(id: "lead", name: "Lead", source: "000", levels: ["junior", "mid", "lead"]),
  ]

  static func tip(_ id: String, levels: [String], skills: [String], _ category: TipCategory = .cv)
    -> Tip
  {
    Tip(
      id: id, category: category, title: id, text: "Text of \(id).", source: "000",
      levels: levels, skills: skills)
  }

  static let tips: [Tip] = [
    tip("universal", levels: [], skills: []),
    tip("junior-only", levels: ["junior"], skills: []),
    tip("mid-only", levels: ["mid"], skills: [], .interview),
    tip("senior-caching", levels: ["senior"], skills: ["caching"]),
    tip("any-sql", levels: [], skills: ["sql"]),
    tip("design", levels: ["senior", "staff"], skills: ["system-design"], .interview),
    tip("staff-leadership", levels: ["staff"], skills: ["leadership"]),
    tip("senior-general", levels: ["senior"], skills: []),
  ]

  static let questions: [Question] = [
    Question(
      id: "q-cache", text: "How do you invalidate a cache?", kind: .technical, level: "senior",
      skills: ["caching"], keyPoints: ["TTL", "events"], hint: "Think of staleness."),
    Question(
      id: "q-cache-mid", text: "What is a cache hit ratio?", kind: .technical, level: "mid",
      skills: ["caching"], keyPoints: ["hits over lookups"], hint: "A ratio."),
    Question(
      id: "q-sql", text: "What is an index?", kind: .technical, level: "junior",
      skills: ["sql"], keyPoints: ["lookup"], hint: "Books have them."),
  ]

  static func check(_ id: String, keywords: [String], patterns: [String] = []) -> CVCheck {
    CVCheck(
      id: id, title: id, why: "Why \(id).", keywords: keywords, patterns: patterns,
      suggestion: "Suggestion for \(id).", source: "000")
  }

  static let cvChecks: [CVCheck] = [
    check("metrics", keywords: ["latency", "p95"], patterns: [#"\d+(\.\d+)?\s*%"#]),
    check("databases", keywords: ["PostgreSQL", "Redis", "SQL Server"]),
    check("cloud", keywords: [], patterns: [#"\baws\b"#, "(unclosed"]),
    check("languages", keywords: ["C++", "Go"]),
  ]

  static let cvMistakes: [CVCheck] = [
    check("duties", keywords: ["responsible for"]),
    check("references", keywords: ["references available"]),
  ]

  static let pack = Pack(
    role: Role(
      id: "backend", title: "Backend", summary: "A test role.", sources: [], sections: [], faq: []),
    categories: [
      SkillCategory(
        id: "tech", name: "Technical", description: "Tech.", anchors: (0...4).map { "Tech \($0)." }),
      SkillCategory(
        id: "soft", name: "Soft skills", description: "Soft.",
        anchors: [
          "None.", "Aware.", "Works with help.", "I lead a team of three on my own", "Teaches.",
        ]),
    ],
    skills: skills, levels: levels, tracks: tracks, markets: [], salaries: [], tips: tips,
    questions: questions, cvChecks: cvChecks, cvMistakes: cvMistakes)

  /// A profile with every skill of the pack at one rating.
  static func uniform(_ rating: Rating) -> Profile {
    Profile(ratings: Dictionary(uniqueKeysWithValues: skillIDs.map { ($0, rating) }))
  }
}
