"""The briefing on paper: PDF, preview, paper size by locale, translated
labels, and no local file ever pulled into the document."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QImage, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from netdesk.domain.clock import FixedClock
from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.errors import RecordNotFoundError
from netdesk.domain.meetings import MeetingDraft, OrganisationResearch, Question
from netdesk.printing.briefing_html import BriefingText
from netdesk.printing.briefing_print import (
    briefing_html_for,
    briefing_text,
    save_briefing_pdf,
    show_briefing_preview,
)
from netdesk.printing.document import export_pdf, locale_page_size, text_document
from netdesk.services.demo import build_demo_network
from netdesk.services.workspace import Workspace


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def images(path: Path) -> int:
    return len(re.findall(rb"/Subtype\s*/Image\b", path.read_bytes()))


def media_box(pdf: bytes) -> tuple[int, int]:
    found = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert found is not None
    return round(float(found[1])), round(float(found[2]))


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def meeting_with(ws: Workspace, clock: FixedClock, first: str, last: str, text: str = "") -> int:
    person = ws.contacts.create(
        ContactDraft(first_name=first, last_name=last, position=text, how_met=text)
    )
    ws.conversations.create(
        ConversationDraft(person.id, clock.now() - timedelta(days=5), topics=text or "Hello")
    )
    return ws.meetings.create(
        MeetingDraft(
            contact_id=person.id,
            starts_at=clock.now() + timedelta(days=1),
            place=text,
            purpose=text,
            introduction=text,
            research=OrganisationResearch(culture=text),
            questions=(Question(text or "Why?", "culture"),),
        )
    ).id


def test_the_demo_briefing_is_a_pdf_of_one_or_two_a4_pages(
    qapp, workspace: Workspace, tmp_path: Path, locale: None
) -> None:
    build_demo_network(workspace)
    meeting = workspace.meetings.next_upcoming(workspace.clock.now())
    assert meeting is not None
    path = tmp_path / "briefing.pdf"
    save_briefing_pdf(workspace, meeting.id, path)
    pdf = path.read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert 1 <= pages(pdf) <= 2
    assert media_box(pdf) == (595, 842)  # A4 in points
    assert "Briefing: Noor El Amrani".encode("utf-16-be") in pdf  # the document's title


def test_letter_where_the_locale_measures_in_us_units(
    qapp, workspace: Workspace, clock: FixedClock, tmp_path: Path, locale: None
) -> None:
    assert locale_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == (
        QPageSize.PageSizeId.Letter
    )
    for territory in (
        QLocale.Country.UnitedKingdom,
        QLocale.Country.Canada,
        QLocale.Country.India,
    ):
        assert locale_page_size(QLocale(QLocale.Language.English, territory)) == (
            QPageSize.PageSizeId.A4
        )
    meeting_id = meeting_with(workspace, clock, "Ann", "Smit")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    path = tmp_path / "letter.pdf"
    save_briefing_pdf(workspace, meeting_id, path)
    assert media_box(path.read_bytes()) == (612, 792)


def _noise_png(path: Path) -> int:
    """A real image that does not compress: its bytes would show in any PDF."""
    side = 256
    pixels = os.urandom(side * side * 3)
    image = QImage(pixels, side, side, side * 3, QImage.Format.Format_RGB888)
    assert image.save(str(path), "PNG")
    size = path.stat().st_size
    assert size > 150_000
    return size


def test_no_local_file_is_pulled_into_the_pdf(
    qapp, workspace: Workspace, clock: FixedClock, tmp_path: Path
) -> None:
    png = tmp_path / "secret.png"
    png_size = _noise_png(png)
    tag = f'<img src="{png}">'
    url_tag = f"<img src='{QUrl.fromLocalFile(str(png)).toString()}'>"
    hostile = meeting_with(workspace, clock, tag, url_tag, text=f"{tag} {url_tag}")
    plain = meeting_with(workspace, clock, "x" * len(tag), "y" * len(url_tag), text="z" * 80)

    save_briefing_pdf(workspace, hostile, tmp_path / "hostile.pdf")
    save_briefing_pdf(workspace, plain, tmp_path / "plain.pdf")
    assert images(tmp_path / "hostile.pdf") == 0
    hostile_size = (tmp_path / "hostile.pdf").stat().st_size
    assert hostile_size < (tmp_path / "plain.pdf").stat().st_size + png_size // 4

    document = text_document(briefing_html_for(workspace, hostile), "t")
    text = document.toPlainText()
    assert tag in text  # printed literally, as typed
    block = document.begin()
    while block.isValid():
        fragment_iterator = block.begin()
        while not fragment_iterator.atEnd():
            assert not fragment_iterator.fragment().charFormat().isImageFormat()
            fragment_iterator += 1
        block = block.next()


def test_the_check_would_catch_an_image(qapp, tmp_path: Path) -> None:
    """Escaping is the first guard; the printed document is the second: even
    raw HTML naming a local image prints without it, where plain Qt would
    embed the file."""
    png = tmp_path / "secret.png"
    _noise_png(png)
    raw = f'<p>before</p><img src="{png}"><p>after</p>'
    plain = QTextDocument()
    plain.setHtml(raw)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "plain.pdf"))
    plain.print_(printer)
    assert images(tmp_path / "plain.pdf") == 1  # the check sees an embedded image
    export_pdf(raw, "sealed", tmp_path / "sealed.pdf")
    assert images(tmp_path / "sealed.pdf") == 0
    assert "before" in text_document(raw, "sealed").toPlainText()


def test_user_text_reads_literally_in_the_printed_document(
    qapp, workspace: Workspace, clock: FixedClock
) -> None:
    meeting_id = meeting_with(workspace, clock, "<b>Ann</b>", "<ann@example.org>", "Ann & co")
    text = text_document(briefing_html_for(workspace, meeting_id), "t").toPlainText()
    assert "<b>Ann</b> <ann@example.org>" in text
    assert "Ann & co" in text


def test_names_in_any_script_reach_the_pdf(
    qapp, workspace: Workspace, clock: FixedClock, tmp_path: Path
) -> None:
    meeting_id = meeting_with(workspace, clock, "王秀英 Иван", "فاطمة 🎨", "Кто ещё? 还有谁?")
    text = text_document(briefing_html_for(workspace, meeting_id), "t").toPlainText()
    assert "王秀英 Иван فاطمة 🎨" in text
    path = tmp_path / "scripts.pdf"
    save_briefing_pdf(workspace, meeting_id, path)
    assert path.read_bytes().startswith(b"%PDF-")


def test_the_translated_labels_match_the_defaults_word_for_word(qapp) -> None:
    """With no translator installed, the Qt layer's labels are the English
    defaults: the two lists cannot drift apart."""
    assert briefing_text() == BriefingText()


def test_dates_follow_the_locale(
    qapp, workspace: Workspace, clock: FixedClock, locale: None
) -> None:
    meeting_id = meeting_with(workspace, clock, "Ann", "Smit")
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    html = briefing_html_for(workspace, meeting_id)
    assert "januari 2026" in html  # the meeting day, written out


def test_the_preview_opens_window_modal_without_blocking(
    qtbot, workspace: Workspace, clock: FixedClock
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    meeting_id = meeting_with(workspace, clock, "Ann", "Smit")
    dialog = show_briefing_preview(parent, workspace, meeting_id)
    assert isinstance(dialog, QPrintPreviewDialog)
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.parent() is parent
    assert dialog.windowTitle() == "Briefing: Ann Smit"
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    assert preview.pageCount() == 1  # laid out and painted already
    dialog.close()


def test_unknown_meetings_and_unwritable_files_raise(
    qapp, workspace: Workspace, clock: FixedClock, tmp_path: Path
) -> None:
    with pytest.raises(RecordNotFoundError):
        save_briefing_pdf(workspace, 404, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    meeting_id = meeting_with(workspace, clock, "Ann", "Smit")
    with pytest.raises(OSError, match="No such file"):
        save_briefing_pdf(workspace, meeting_id, tmp_path / "missing" / "x.pdf")
    with pytest.raises(OSError, match="directory"):
        save_briefing_pdf(workspace, meeting_id, tmp_path)


def test_a_failed_export_over_an_old_pdf_is_reported_not_mistaken_for_success(
    qapp, workspace: Workspace, clock: FixedClock, tmp_path: Path, monkeypatch
) -> None:
    import netdesk.printing.briefing_print as briefing_print

    meeting_id = meeting_with(workspace, clock, "Ann", "Acme", "Who else?")
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "briefing.pdf"
    path.write_bytes(b"%PDF-1.4 an older briefing")
    monkeypatch.setattr(briefing_print, "export_pdf", lambda html, title, target: None)
    with pytest.raises(OSError, match="could not be written"):
        save_briefing_pdf(workspace, meeting_id, path)
    assert path.read_bytes() == b"%PDF-1.4 an older briefing"  # left as it was
    assert list(folder.iterdir()) == [path]  # no partial file left behind
