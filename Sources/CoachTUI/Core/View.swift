/// Where the header, body and footer go on a screen of a given size.
enum Layout {
  static func header(for size: Size) -> Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
  static func footer(for size: Size) -> Rect {
    Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
  }
  /// The screen's own area, with a one-column margin.
  static func body(for size: Size) -> Rect {
    Rect(x: 1, y: 1, width: size.width - 2, height: size.height - 2)
  }
}

/// Draws the whole app: pure, from state to a canvas.
public func view(_ state: AppState, context: DrawContext) -> Canvas {
  var canvas = Canvas(width: state.size.width, height: state.size.height)
  if state.isTooSmall {
    drawTooSmall(&canvas, size: state.size, context: context)
    return canvas
  }
  let top = state.top
  let title = state.data.pack?.role.title ?? ""
  let note = state.data.readOnly ? "read-only · " + title : title
  canvas.header(
    Layout.header(for: state.size), breadcrumb: state.breadcrumb, note: note, context: context)
  top.draw(&canvas, in: Layout.body(for: state.size), context: context, data: state.data)
  let sharedKeys = top.sharedKeyHelp
  let footerKeys = top.keyHelp + sharedKeys
  if let status = state.status {
    drawStatus(&canvas, status, size: state.size, context: context)
  } else {
    canvas.footer(Layout.footer(for: state.size), keys: footerKeys, context: context)
  }
  let overlayArea = Layout.body(for: state.size)
  if state.helpVisible {
    let cursor = canvas.cursor
    canvas.helpOverlay(
      in: overlayArea, screenTitle: top.title, screenKeys: top.keyHelp,
      globalKeys: sharedKeys + InterruptKeys.table.help, scroll: state.helpScroll,
      context: context)
    canvas.cursor = cursor
  }
  if let dialog = state.dialog {
    canvas.dialog(in: overlayArea, title: dialog.title, message: dialog.message, context: context)
  }
  return canvas
}

/// The status sentence in place of the footer, wrapped upwards over the body's last lines
/// when it is longer than the screen is wide (a path can make it so): it is read whole.
private func drawStatus(_ canvas: inout Canvas, _ status: String, size: Size, context: DrawContext)
{
  let footer = Layout.footer(for: size)
  let lines = TextWrap.lines(status, width: max(1, footer.width - 2)).prefix(3)
  for (index, line) in lines.enumerated() {
    let row = Rect(x: 0, y: footer.y - (lines.count - 1) + index, width: footer.width, height: 1)
    canvas.fill(row, style: context.theme.warning)
    canvas.put(" " + line, x: 0, y: row.y, style: context.theme.warning, clip: row)
  }
}

private func drawTooSmall(_ canvas: inout Canvas, size: Size, context: DrawContext) {
  let need = AppState.minimumSize
  let message =
    "terminal too small: need \(need.width)x\(need.height), have \(size.width)x\(size.height)"
  let lines = TextWrap.lines(message, width: max(1, size.width))
  let top = max(0, (size.height - lines.count) / 2)
  for (row, line) in lines.enumerated() {
    let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
    canvas.put(line, x: x, y: top + row, style: context.theme.warning)
  }
}
