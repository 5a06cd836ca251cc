import ArgumentParser
import CoachContent
import Foundation

extension ContentCommand {
  struct ImportMatrix: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import-matrix",
      abstract: "Turn a skills-matrix spreadsheet, saved as CSV, into a pack.",
      discussion: """
        The CSV's header names the columns skill, category, then one column per level, \
        lowest first, each headed with the level's name. Each line below is a skill: its \
        name, its category, and under each level the lowest rating (0-4) that level expects, \
        or nothing where the level does not require it. The pack has one track through the \
        levels in the columns' order. A problem in the CSV is reported in one sentence with \
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

    /// Far above any team's matrix; a bigger file is not one.
    static let maximumBytes = 16 << 20

    func run() throws {
      NewPackFolder.refuseIfUsed(output)
      let data = readInputFile(
        file, limit: Self.maximumBytes,
        tooLarge: "cannot import \(file): the file is larger than "
          + "\(megabytes(Self.maximumBytes)), more than a skills matrix can be; nothing was written."
      )
      let matrix: SkillsMatrix
      do {
        matrix = try SkillsMatrix.read(data, path: file)
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
      print("Replace the texts marked as required by the format, then check the pack:")
      print("  career-coach content lint --content \(NewPackFolder.shellQuoted(output))")
    }

    private func counted(_ count: Int, _ one: String, _ many: String? = nil) -> String {
      "\(count) \(count == 1 ? one : many ?? one + "s")"
    }
  }
}
