import CoachContent
import Foundation

/// Loading and validating the shipped pack, and one made 100 times larger from it.
enum PackBench {
  static func rows(runs: Int) throws -> [BenchRow] {
    let shipped = try PackLoader.shippedFolder()
    let small = try Timings.of(runs: runs) { _ = try PackLoader.load(from: shipped) }
    // The lists copied hold about 86% of the pack's bytes, so 116 copies make it about 100x.
    let large = try enlarged(shipped, times: 116)
    defer { try? FileManager.default.removeItem(at: large) }
    let big = try Timings.of(runs: max(3, runs / 10)) { _ = try PackLoader.load(from: large) }
    let bytes = { (folder: URL) -> Int in
      let files =
        (try? FileManager.default.contentsOfDirectory(
          at: folder, includingPropertiesForKeys: [.fileSizeKey])) ?? []
      return files.reduce(0) {
        $0 + ((try? $1.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0)
      }
    }
    let ratio = Double(bytes(large)) / Double(max(1, bytes(shipped)))
    return [
      BenchRow(
        measure: "Shipped pack: load and validate (median of \(runs))",
        result: BenchRow.milliseconds(small.median), budget: "< 20 ms", met: small.median < 20),
      BenchRow(
        measure: String(format: "Pack %.0fx the shipped size: load and validate (median)", ratio),
        result: BenchRow.milliseconds(big.median), budget: "< 1000 ms", met: big.median < 1000),
    ]
  }

  /// Lists whose entries are copied: the file, and the key the list sits under.
  static let copiedLists = [
    ("skills.yaml", "skills:"), ("questions.yaml", "questions:"), ("tips.yaml", "tips:"),
    ("cv-checks.yaml", "checks:"), ("cv-checks.yaml", "mistakes:"), ("role.yaml", "faq:"),
  ]

  /// A copy of the pack with each entry of the lists above repeated `times` times under new
  /// ids; references still point at the originals, so the copy is valid.
  static func enlarged(_ folder: URL, times: Int) throws -> URL {
    let target = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-bench-pack-\(getpid())")
    try? FileManager.default.removeItem(at: target)
    try FileManager.default.copyItem(at: folder, to: target)
    for (file, key) in copiedLists {
      let url = target.appendingPathComponent(file)
      let text = try String(contentsOf: url, encoding: .utf8)
      try repeatEntries(in: text, under: key, times: times).write(
        to: url, atomically: true, encoding: .utf8)
    }
    return target
  }

  /// Repeats each `  - ` entry of the top-level list `key`, suffixing its `id:` when it has one.
  static func repeatEntries(in text: String, under key: String, times: Int) -> String {
    var lines = text.components(separatedBy: "\n")
    guard let start = lines.firstIndex(of: key) else { return text }
    let end = lines[(start + 1)...].firstIndex { $0.first?.isLetter == true } ?? lines.count
    var entries: [[String]] = []
    for line in lines[(start + 1)..<end] {
      if line.hasPrefix("  - ") {
        entries.append([line])
      } else if !entries.isEmpty {
        entries[entries.count - 1].append(line)
      }
    }
    var copies: [String] = []
    for copy in 1..<times {
      for entry in entries {
        copies += entry.map { line in
          if line.hasPrefix("  - id: ") { return line + "-copy\(copy)" }
          if line.hasPrefix("  - question: ") {
            return line.replacingOccurrences(of: "?", with: " (\(copy))?")
          }
          return line
        }
      }
    }
    lines.insert(contentsOf: copies, at: end)
    return lines.joined(separator: "\n")
  }
}
