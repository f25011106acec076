"""Print or save as PDF any netdesk document given as (escaped) HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QMarginsF, QRect, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPyTextObject,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget
from typing_extensions import override


class _SealedDocument(QTextDocument):
    """A document that never loads a resource: no image, no style sheet, no
    file from disk, whatever the HTML names. The HTML carries all it shows."""

    @override
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None


class _NoImages(QPyTextObject):
    """Stands in for Qt's image handler, which reads an image straight from
    disk when the document will not load it: an image takes no room and
    draws nothing."""

    @override
    def intrinsicSize(self, doc: QTextDocument, posInDocument: int, format: QTextFormat) -> QSizeF:
        return QSizeF(0, 0)

    @override
    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        posInDocument: int,
        format: QTextFormat,
    ) -> None:
        return


def text_document(html: str, title: str) -> QTextDocument:
    document = _SealedDocument()
    document.documentLayout().registerHandler(
        QTextFormat.ObjectTypes.ImageObject, _NoImages(document)
    )
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(html)
    return document


# A table shorter than this share of a page is never split across two pages.
KEEP_WHOLE = 0.3
_MOST_MOVES = 40


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """Lay the document out on the printer's own page, at its resolution and
    within its margins (Qt would otherwise add 2 cm of its own), keep short
    tables and headings with what follows them, and print it."""
    document.documentLayout().setPaintDevice(printer)
    page = printer.pageRect(QPrinter.Unit.DevicePixel).size()
    document.setPageSize(page)
    for _ in range(_MOST_MOVES):
        if not _move_one_to_next_page(document, page.height()):
            break
    document.print_(printer)


def _move_one_to_next_page(document: QTextDocument, page_height: float) -> bool:
    """Find the first short table that a page break cuts through, or the first
    heading left alone at the foot of a page, and start a new page before it
    (before its heading, if it has one). True if something moved."""
    layout = document.documentLayout()
    items: list[tuple[QTextBlock | QTextFrame, QRectF]] = []
    it = document.rootFrame().begin()
    while not it.atEnd():
        frame: QTextFrame | None = it.currentFrame()  # None on a block
        if frame is not None:
            items.append((frame, layout.frameBoundingRect(frame)))
        elif it.currentBlock().text():  # empty blocks (after each table) take no room
            block = it.currentBlock()
            items.append((block, layout.blockBoundingRect(block)))
        it += 1

    def page(y: float) -> int:
        return int(y // page_height)

    for index, (item, rect) in enumerate(items):
        heading = isinstance(item, QTextBlock) and item.blockFormat().headingLevel() > 0
        if isinstance(item, QTextFrame):
            cut = rect.height() < page_height * KEEP_WHOLE and page(rect.top()) != page(
                rect.bottom() - 1
            )
        elif heading and index + 1 < len(items):
            cut = page(items[index + 1][1].top()) > page(rect.top())
        else:
            cut = False
        if not cut:
            continue
        if index and not heading:
            before = items[index - 1][0]
            if isinstance(before, QTextBlock) and before.blockFormat().headingLevel() > 0:
                item = before
        return _break_before(item)
    return False


def _break_before(item: QTextBlock | QTextFrame) -> bool:
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    if isinstance(item, QTextFrame):
        frame_format = item.frameFormat()
        if frame_format.pageBreakPolicy() & always:
            return False  # already on a page of its own: nothing more to gain
        frame_format.setPageBreakPolicy(always)
        item.setFrameFormat(frame_format)
        return True
    block_format = item.blockFormat()
    if block_format.pageBreakPolicy() & always:
        return False
    block_format.setPageBreakPolicy(always)
    QTextCursor(item).setBlockFormat(block_format)
    return True


def locale_page_size(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """US Letter where people measure in US units, else A4."""
    system = (locale or QLocale()).measurementSystem()
    if system == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def _prepare(printer: QPrinter, title: str, page_size: QPageSize.PageSizeId | None = None) -> None:
    printer.setDocName(title)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(page_size if page_size is not None else locale_page_size()),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )


def export_pdf(
    html: str, title: str, path: Path, page_size: QPageSize.PageSizeId | None = None
) -> None:
    """Write the HTML to a PDF file, on A4 or Letter as the locale has it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer, title, page_size)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_document(text_document(html, title), printer)


def print_html(parent: QWidget, html: str, title: str) -> QPrintDialog:
    """Ask for a printer (window-modal, not blocking) and print when chosen."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer, title)
    dialog = QPrintDialog(printer, parent)

    def on_accepted() -> None:
        print_document(text_document(html, title), printer)

    dialog.accepted.connect(on_accepted)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def preview_html(
    parent: QWidget, html: str, title: str, page_size: QPageSize.PageSizeId | None = None
) -> QPrintPreviewDialog:
    """A print preview (window-modal, not blocking) with Qt's own print and
    page buttons; the document is laid out again for whatever page is chosen."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer, title, page_size)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)

    def paint(target: QPrinter) -> None:
        # A new layout for each request: the page size or margins may have changed.
        print_document(text_document(html, title), target)

    dialog.paintRequested.connect(paint)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
