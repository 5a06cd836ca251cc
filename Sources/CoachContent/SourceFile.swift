import Dispatch
import Foundation

/// One file of a pack as read from disk, and the tree the event composer built from it.
struct SourceFile: Sendable {
  /// The file's bytes; nil when it could not be read.
  var data: Data?
  /// The tree joined from the file's parts, when they joined.
  private var joined: YAMLNode?
  /// The parts of the file that are parsed at the same time.
  private var parts: [FileParts.Part]

  /// About how many bytes each part holds: small enough that even the shipped pack's largest
  /// file is parsed by every core at once, large enough that starting a parser costs nothing.
  static let partSize = 64 * 1024

  init(url: URL) {
    data = try? Data(contentsOf: url)
    parts = data?.withUnsafeBytes { FileParts.parts(of: $0, size: Self.partSize) } ?? []
  }

  /// Composes every part of every file at the same time, largest first, and joins the parts of
  /// each file into its tree.
  static func composeAll(_ files: [SourceFile]) -> [SourceFile] {
    var files = files
    let tasks = files.indices.flatMap { file in
      files[file].parts.indices.map { (file: file, part: $0) }
    }.sorted {
      files[$0.file].parts[$0.part].range.count > files[$1.file].parts[$1.part].range.count
    }
    let sources = files
    let trees = Slots<YAMLNode?>(count: tasks.count)
    DispatchQueue.concurrentPerform(iterations: tasks.count) { index in
      let (file, part) = tasks[index]
      trees.set(index, sources[file].compose(sources[file].parts[part]))
    }
    var partTrees = files.map { [YAMLNode?](repeating: nil, count: $0.parts.count) }
    for (task, tree) in zip(tasks, trees.values) {
      partTrees[task.file][task.part] = tree
    }
    for file in files.indices {
      files[file].joined = FileParts.join(partTrees[file])
    }
    return files
  }

  /// The file's tree, when the event composer could build it; nil leaves the file to Yams.
  /// When the parts of a cut file do not join (a cut fell inside a quoted text, say), the
  /// whole file is composed at once.
  func composed() -> YAMLNode? {
    if let joined { return joined }
    guard parts.count > 1, let data else { return nil }
    return data.withUnsafeBytes { EventComposer.compose($0) }
  }

  private func compose(_ part: FileParts.Part) -> YAMLNode? {
    data?.withUnsafeBytes { bytes in
      EventComposer.compose(
        UnsafeRawBufferPointer(rebasing: bytes[part.range]), lineOffset: part.lineOffset)
    }
  }
}
