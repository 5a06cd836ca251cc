import CoachCore

// The entries of the exported JSON (see PackExport): the model's values with their references
// resolved to `NamedRef`s.

struct ExportedRole: Encodable {
  struct Section: Encodable {
    var id, title, body: String
    var source: NamedRef
  }
  struct FAQ: Encodable {
    var question, answer: String
    var source: NamedRef
  }
  var id, title: String
  var summary: String?
  var sources: [Source]
  var sections: [Section]?
  var faq: [FAQ]

  init(_ role: Role, _ index: NameIndex) {
    id = role.id
    title = role.title
    summary = role.summary
    sources = role.sources
    sections =
      role.sections.isEmpty
      ? nil
      : role.sections.map {
        Section(id: $0.id, title: $0.title, body: $0.body, source: index.ref("source", $0.source))
      }
    faq = role.faq.map {
      FAQ(question: $0.question, answer: $0.answer, source: index.ref("source", $0.source))
    }
  }
}

struct ExportedCategory: Encodable {
  var id, name: String
  var description: String?
  /// The area's own names for the scale's steps, lowest first.
  var steps: [String]?
  /// Index = rating.
  var anchors: [String]
  var skills: [NamedRef]
}

struct ExportedSkill: Encodable {
  var id, name: String
  var category: NamedRef
  var description: String?
  var hoursPerStep: Double?
  /// The skill's own names for the scale's steps, lowest first.
  var steps: [String]?
  /// Index = rating.
  var anchors: [String]
  var exercise, evidence: String?
  var resources: [ExportedResource]?
}

struct ExportedResource: Encodable {
  var title, kind, `where`: String
}

struct ExportedLevel: Encodable {
  struct Years: Encodable {
    var years: String
    var source: NamedRef
  }
  struct Requirement: Encodable {
    var skills: [NamedRef]
    var label: String?
    /// As the pack's scale numbers it.
    var min: Int
    var weight: Double
    /// How many of the skills must reach `min`; left out for one.
    var atLeast: Int?
    /// Whether the level is out of reach while this is unmet, as the pack says or its weight
    /// implies.
    var mustHave: Bool
  }
  struct Criterion: Encodable {
    var area: NamedRef
    var expectations: [String]
  }
  var id, name: String
  var overview: String?
  var source: NamedRef?
  var tracks: [NamedRef]
  var responsibilities, hardSkills, softSkills, education, certifications: [String]
  var preferredQualifications: [String]
  var typicalYears: [Years]
  var requirements: [Requirement]
  var criteria: [Criterion]?
  var equivalentTo: [NamedRef]?
  /// As the pack gives it or the level's place on its track implies.
  var storyScope: String

  init(_ level: Level, tracks: [NamedRef], _ index: NameIndex, pack: Pack) {
    id = level.id
    name = level.name
    overview = level.overview
    source = level.source.map { index.ref("source", $0) }
    self.tracks = tracks
    responsibilities = level.responsibilities
    hardSkills = level.hardSkills
    softSkills = level.softSkills
    education = level.education
    certifications = level.certifications
    preferredQualifications = level.preferredQualifications
    typicalYears = level.typicalYears.map {
      Years(years: $0.text, source: index.ref("source", $0.source))
    }
    requirements = level.requirements.map {
      Requirement(
        skills: index.refs("skill", $0.skills), label: $0.label,
        min: pack.scale.number($0.minimum), weight: $0.weight,
        atLeast: $0.atLeast > 1 ? $0.atLeast : nil, mustHave: $0.isCentral)
    }
    criteria =
      level.criteria.isEmpty
      ? nil
      : level.criteria.map {
        Criterion(area: index.ref("category", $0.area), expectations: $0.expectations)
      }
    equivalentTo = level.equivalentTo.isEmpty ? nil : index.refs("level", level.equivalentTo)
    storyScope = pack.storyScope(of: level.id).rawValue
  }
}

struct ExportedTrack: Encodable {
  var id, name: String
  var source: NamedRef
  /// Lowest first.
  var levels: [NamedRef]
}

struct ExportedSalary: Encodable {
  var market: NamedRef
  var currency: String
  var level: NamedRef?
  var label: String
  var min, max, average, median: Double?
  var period: String
  var usdMin, usdMax: Double?
  var source: NamedRef
}

struct ExportedNoFigure: Encodable {
  var market: NamedRef
  var levels: [NamedRef]
  var reason: String?
}

struct ExportedTip: Encodable {
  var id, category, title, text: String
  var source: NamedRef
  var levels, skills: [NamedRef]
}

struct ExportedQuestion: Encodable {
  var id, text, kind: String
  var level: NamedRef?
  var skills: [NamedRef]
  var keyPoints: [String]
  var hint: String?
  var followUps: [String]
  var source: NamedRef?
  var tags: [String]?
}

struct ExportedCVCheck: Encodable {
  var id, title, why: String
  var keywords, patterns: [String]
  var suggestion: String
  var source: NamedRef

  init(_ check: CVCheck, _ index: NameIndex) {
    id = check.id
    title = check.title
    why = check.why
    keywords = check.keywords
    patterns = check.patterns
    suggestion = check.suggestion
    source = index.ref("source", check.source)
  }
}
