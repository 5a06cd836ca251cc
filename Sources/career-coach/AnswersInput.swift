import CoachContent
import CoachCore

/// Reads and checks an answers file for `assess --answers` and `review FILE --answers`; a file
/// too large or wrong ends the program with one sentence, ending with what was left undone.
func readAnswersFile(_ path: String, pack: Pack, untouched: String) -> AnswersFile {
  let limit = AnswersFile.maximumBytes
  let data = readInputFile(
    path, limit: limit,
    tooLarge:
      "\(path): the file is larger than \(megabytes(limit)), too large for an answers file; \(untouched)."
  )
  do {
    return try AnswersFile.parse(data, path: path, pack: pack)
  } catch {
    fail(error.description, code: 1)
  }
}
