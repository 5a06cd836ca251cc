import ArgumentParser
import CoachContent
import CoachCore
import Foundation

extension ContentCommand {
  struct ImportMatrix: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import-matrix",
      abstract: "Turn a skills-matrix spreadsheet, saved as CSV, into a pack.",
      discussion: """
        The CSV's header names the columns skill, category, then one column per level, \
        lowest first, each headed with the level's name. Each line below is a skill: its \
        name, its category, and under each level the lowest rating that level expects (0-4, \
        or as --scale-first and --steps say), or nothing where the level does not require it. \
        The pack has one track through the levels in the columns' order. A problem in the CSV is reported in one sentence with \
        its line, and nothing is written (exit 1). A --output folder that exists and is not \
        empty is refused (exit 1).
        """
    )

    @Argument(help: "The skills matrix, a CSV file in UTF-8.")
    var file: String

    @Option(help: "The folder to write the pack into: new, or empty.")
    var output: String

    @Option(help: "The pack's title; by default made from the file's name.")
    var title: String?

    @Option(help: "The number of the matrix's lowest rating: 0 or 1.")
    var scaleFirst = 0

    @Option(help: "How many ratings the matrix's scale has, 2 to 9 (5: 0-4, or 1-5).")
    var steps = 5

    /// Far above any team's matrix; a bigger file is not one.
    static let maximumBytes = 16 << 20

    func run() throws {
      guard [0, 1].contains(scaleFirst) else {
        fail(
          "--scale-first should be 0 or 1, the number of the lowest rating, not \(scaleFirst).",
          code: 1)
      }
      guard (2...RatingScale.maximumSteps).contains(steps) else {
        fail(
          "--steps should be 2 to \(RatingScale.maximumSteps), the number of ratings on the scale, not \(steps).",
          code: 1)
      }
      NewPackFolder.refuseIfUsed(output)
      let data = readInputFile(
        file, limit: Self.maximumBytes,
        tooLarge: "cannot import \(file): the file is larger than "
          + "\(megabytes(Self.maximumBytes)), more than a skills matrix can be; nothing was written."
      )
      let matrix: SkillsMatrix
      do {
        matrix = try SkillsMatrix.read(
          data, path: file, scale: SkillsMatrix.scale(first: scaleFirst, steps: steps))
      } catch {
        fail(error.description + ".", code: 1)
      }
      let files = MatrixPack.files(
        of: matrix, source: URL(fileURLWithPath: file).lastPathComponent, title: title)
      NewPackFolder.write(files, into: NewPackFolder.create(output), shownAs: output)
      let categories = Set(matrix.rows.map { $0.category.lowercased() }).count
      print(
        "Wrote a pack of \(counted(matrix.rows.count, "skill")) in "
          + "\(counted(categories, "category", "categories")) and "
          + "\(counted(matrix.levels.count, "level")) from \(file) to \(output):")
      let width = files.map(\.name.count).max() ?? 0
      for file in files {
        let padding = String(repeating: " ", count: width - file.name.count)
        print("  \(file.name)\(padding)  \(PackScaffold.purpose(of: file.name))")
      }
      print("Add your own words where you want them (docs/content-format.md), then check it:")
      print("  career-coach content lint --content \(NewPackFolder.shellQuoted(output))")
    }

    private func counted(_ count: Int, _ one: String, _ many: String? = nil) -> String {
      "\(count) \(count == 1 ? one : many ?? one + "s")"
    }
  }
}
