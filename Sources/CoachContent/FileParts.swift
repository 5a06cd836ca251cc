import Foundation

/// Cuts a large pack file into parts that libyaml can parse at the same time, and joins their
/// trees back into the tree of the whole file.
///
/// A pack file ends with a long list under its last top-level key, one entry per `  - ` line.
/// Each part after the first holds whole entries of that list, so on its own it reads as a
/// list at column 3 whose nodes are those of the whole file, lines shifted by where the part
/// starts. A cut in the wrong place (inside a quoted text, say) leaves a part that does not
/// parse or does not have that shape; then `join` gives nil and the file is composed whole.
enum FileParts {
  /// A part of a file: its bytes, and how many lines of the file come before it.
  struct Part {
    var range: Range<Int>
    var lineOffset: Int
  }

  /// The parts of `bytes`, each about `size` bytes or more; a single part when the file is
  /// small or has no list to cut.
  static func parts(of bytes: UnsafeRawBufferPointer, size: Int) -> [Part] {
    guard bytes.count > size + size / 2, !hasOtherLineBreaks(bytes) else {
      return [Part(range: 0..<bytes.count, lineOffset: 0)]
    }
    var starts: [(offset: Int, line: Int)] = []
    var line = 0
    var index = 0
    let count = bytes.count
    // Entries of the last top-level list: lines starting "  - " after the last line that starts
    // with anything but a space, a comment or a line break.
    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: " ") {
        if index + 3 < count, bytes[index + 1] == UInt8(ascii: " "),
          bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: " ")
        {
          starts.append((index, line))
        }
      } else if byte != UInt8(ascii: "#") && byte != UInt8(ascii: "\n")
        && byte != UInt8(ascii: "\r")
      {
        starts.removeAll(keepingCapacity: true)
      }
      guard let end = nextLineBreak(in: bytes, from: index) else { break }
      index = end + 1
      line += 1
    }
    // The first part keeps the file's head and at least one entry.
    var parts: [Part] = []
    var partStart = 0
    var partLine = 0
    for start in starts.dropFirst() where start.offset - partStart >= size {
      guard count - start.offset >= size / 2 else { break }
      parts.append(Part(range: partStart..<start.offset, lineOffset: partLine))
      (partStart, partLine) = (start.offset, start.line)
    }
    parts.append(Part(range: partStart..<count, lineOffset: partLine))
    return parts
  }

  /// The tree of the whole file from the trees of its parts, or nil when the parts do not
  /// have the shapes a cut between list entries gives.
  static func join(_ trees: [YAMLNode?]) -> YAMLNode? {
    guard trees.count > 1 else { return trees.first ?? nil }
    guard case .mapping(var root)? = trees[0] else { return nil }
    guard let last = root.pairs.last, case .sequence(var list) = last.value,
      list.mark.column == 3
    else { return nil }
    for tree in trees.dropFirst() {
      guard case .sequence(let more)? = tree, more.mark.column == 3 else { return nil }
      list.items += more.items
    }
    root.pairs[root.pairs.count - 1].value = .sequence(list)
    return .mapping(root)
  }

  /// Whether `bytes` hold a line break other than LF and CRLF: a lone CR, NEL, LS or PS.
  /// libyaml counts those as lines too (they may sit inside quoted text), which counting LFs
  /// alone would miss, shifting the lines of every later part; such a file stays whole.
  static func hasOtherLineBreaks(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    func byte(_ at: Int) -> UInt8? { at < count ? bytes[at] : nil }
    // Each break's first byte is found with memchr; the bytes after it decide.
    let breaks: [(first: UInt8, isBreak: (Int) -> Bool)] = [
      (0x0D, { byte($0 + 1) != 0x0A }),
      (0xC2, { byte($0 + 1) == 0x85 }),
      (0xE2, { byte($0 + 1) == 0x80 && (byte($0 + 2) ?? 0) & 0xFE == 0xA8 }),
    ]
    for (first, isBreak) in breaks {
      var index = 0
      while index < count, let found = memchr(base + index, Int32(first), count - index) {
        let at = base.distance(to: UnsafeRawPointer(found))
        if isBreak(at) { return true }
        index = at + 1
      }
    }
    return false
  }

  private static func nextLineBreak(in bytes: UnsafeRawBufferPointer, from index: Int) -> Int? {
    guard let base = bytes.baseAddress,
      let found = memchr(base + index, Int32(UInt8(ascii: "\n")), bytes.count - index)
    else { return nil }
    return base.distance(to: UnsafeRawPointer(found))
  }
}
