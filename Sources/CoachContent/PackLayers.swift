import CoachCore

/// One pack of several loaded on top of each other (`--content` given more than once), as the
/// merge sees it: what it holds, and where each of its ids is defined.
struct PackLayer: Sendable {
  /// The pack's folder as shown in diagnostics.
  var folder: String
  /// What the layer's files hold; the parts it leaves out are empty.
  var pack: Pack
  /// Per kind, where each id the layer defines is defined in that kind's file.
  var places: [IDKind: [String: Place]]

  /// The path, as shown in diagnostics, of the file that defines ids of `kind`.
  func path(of kind: IDKind) -> String {
    (folder.hasSuffix("/") ? folder : folder + "/") + kind.fileName
  }
}

/// Where an id is defined: the file's path as shown in diagnostics, and the place in it.
struct DefinitionPlace: Sendable, Equatable {
  var path: String
  var place: Place

  var description: String { "\(path):\(place.line):\(place.column)" }
}

/// Layers merged into one pack: the pack, what clashed, and where each id is defined.
struct MergedLayers: Sendable {
  var pack: Pack
  /// An error at each id that a later layer defines again.
  var diagnostics: [Diagnostic]
  /// Per kind, where each id is defined: in the first layer that defines it.
  var definitions: [IDKind: [String: DefinitionPlace]]

  /// Where `id` of `kind` is defined; the start of the first layer's file when it is unknown.
  func definition(of id: String, kind: IDKind, firstFolder: String) -> DefinitionPlace {
    definitions[kind]?[id]
      ?? DefinitionPlace(
        path: PackLayer(folder: firstFolder, pack: pack, places: [:]).path(of: kind),
        place: Place(line: 1, column: 1))
  }
}

extension PackLayer {
  /// The layers as one pack: the first layer's role (its id, title and summary) with the
  /// sources, sections and FAQ of every layer, and every layer's entries after those of the
  /// layers before it. An id defined by two layers is an error at the later definition that
  /// names the earlier one. Synonyms of a term given by two layers are joined. Linear in the
  /// number of entries.
  static func merge(_ layers: [PackLayer]) -> MergedLayers {
    guard var pack = layers.first?.pack else {
      return MergedLayers(pack: emptyPack, diagnostics: [], definitions: [:])
    }
    var definitions: [IDKind: [String: DefinitionPlace]] = [:]
    var diagnostics: [Diagnostic] = []
    for layer in layers {
      // Which definition comes first depends only on the layers' order; the loader sorts
      // the diagnostics by place.
      for (kind, places) in layer.places {
        for (id, place) in places {
          let here = DefinitionPlace(path: layer.path(of: kind), place: place)
          if let first = definitions[kind]?[id] {
            diagnostics.append(
              Diagnostic(
                path: here.path, line: place.line, column: place.column,
                message: "\(kind.noun) '\(id)' is already defined in \(first.description)"))
          } else {
            definitions[kind, default: [:]][id] = here
          }
        }
      }
    }
    for layer in layers.dropFirst() {
      pack.add(layer.pack)
    }
    return MergedLayers(pack: pack, diagnostics: diagnostics, definitions: definitions)
  }

  /// A pack with nothing in it, to fill in from files.
  static let emptyPack = Pack(
    role: Role(id: "", title: "", summary: nil, sources: [], sections: [], faq: []),
    categories: [], skills: [], levels: [], tracks: [], markets: [], salaries: [], tips: [],
    questions: [], cvChecks: [], cvMistakes: [])
}

extension Pack {
  /// Adds what `layer` holds after what this pack holds; the role's id, title and summary
  /// stay this pack's.
  fileprivate mutating func add(_ layer: Pack) {
    role.sources += layer.role.sources
    role.sections += layer.role.sections
    role.faq += layer.role.faq
    categories += layer.categories
    skills += layer.skills
    levels += layer.levels
    tracks += layer.tracks
    markets += layer.markets
    salaries += layer.salaries
    noSalaryFigures += layer.noSalaryFigures
    tips += layer.tips
    let kinds = Set(tipCategories.map(\.id))
    tipCategories += layer.tipCategories.filter { !kinds.contains($0.id) }
    questions += layer.questions
    cvChecks += layer.cvChecks
    cvMistakes += layer.cvMistakes
    for (term, words) in layer.synonyms.terms {
      let known = synonyms.terms[term] ?? []
      synonyms.terms[term] = known + words.filter { !known.contains($0) }
    }
  }

  /// What the files of a pack hold, as one pack; the parts no file holds are empty.
  static func assembled(from contents: [FileContents]) -> Pack {
    var pack = PackLayer.emptyPack
    for contents in contents {
      switch contents {
      case .role(let role): if let role { pack.role = role }
      case .skills(let categories, let skills, let scale):
        (pack.categories, pack.skills, pack.scale) = (categories, skills, scale)
      case .levels(let levels, let tracks): (pack.levels, pack.tracks) = (levels, tracks)
      case .salaries(let markets, let salaries, let noFigures):
        (pack.markets, pack.salaries, pack.noSalaryFigures) = (markets, salaries, noFigures)
      case .tips(let tips, let categories): (pack.tips, pack.tipCategories) = (tips, categories)
      case .questions(let questions): pack.questions = questions
      case .cvChecks(let checks, let mistakes):
        (pack.cvChecks, pack.cvMistakes) = (checks, mistakes)
      case .synonyms(let synonyms): pack.synonyms = synonyms
      }
    }
    return pack
  }
}

extension IDKind {
  /// The file of a pack that defines ids of this kind.
  var fileName: String {
    switch self {
    case .source, .section: return RoleFile.name
    case .category, .skill: return SkillsFile.name
    case .level, .track: return LevelsFile.name
    case .market: return SalariesFile.name
    case .tip: return TipsFile.name
    case .question: return QuestionsFile.name
    case .check, .mistake: return CVChecksFile.name
    }
  }
}
