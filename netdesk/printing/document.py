"""Print or save as PDF any netdesk document given as (escaped) HTML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def text_document(html: str, title: str) -> QTextDocument:
    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    # No resource is ever fetched: the HTML carries everything it shows.
    document.setHtml(html)
    return document


def _prepare(printer: QPrinter, title: str) -> None:
    printer.setDocName(title)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )


def export_pdf(html: str, title: str, path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer, title)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    # No page size of our own: print_() lays the text out on the printer's page.
    text_document(html, title).print_(printer)


def print_html(parent: QWidget, html: str, title: str) -> QPrintDialog:
    """Ask for a printer (window-modal, not blocking) and print when chosen."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer, title)
    dialog = QPrintDialog(printer, parent)

    def on_accepted() -> None:
        text_document(html, title).print_(printer)

    dialog.accepted.connect(on_accepted)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
