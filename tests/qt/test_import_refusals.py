"""A refused import file: a sentence that reads right in English and Dutch
whether or not netdesk knows the format, and advice that fits the problem."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from netdesk.domain.imports import ImportFileError, ImportFileProblem
from netdesk.i18n import install_translators, remove_translators
from netdesk.messages import describe_import_file_error, format_label
from netdesk.views.import_dialog import ImportDialog
from netdesk.wizard.pages import meeting_moment_text


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    install_translators(qapp, "nl")
    yield
    remove_translators(qapp)
    QLocale.setDefault(locale)


PROBLEMS = [ImportFileProblem.BINARY, ImportFileProblem.WRONG_FORMAT]


@pytest.mark.parametrize("problem", PROBLEMS)
@pytest.mark.parametrize("format_name", [None, "vcard"])
def test_dutch_refusals_read_right_with_and_without_a_format(dutch, problem, format_name):
    text = describe_import_file_error(ImportFileError("foto.csv", problem, format_name=format_name))
    assert text.startswith("foto.csv: ")
    assert "geen een" not in text
    assert "een bestand dat netdesk leest" not in text
    if format_name:
        assert format_label(format_name) in text


@pytest.mark.parametrize("problem", PROBLEMS)
def test_english_refusals_without_a_format_do_not_name_one(problem):
    text = describe_import_file_error(ImportFileError("photo.csv", problem))
    assert "a file netdesk reads" not in text
    assert "{" not in text


def _open(qtbot, workspace, path) -> ImportDialog:
    dialog = ImportDialog(workspace, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._job is None, timeout=10_000)
    return dialog


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"), (b"", "empty")],
)
def test_a_binary_or_empty_file_asks_for_another_file_not_another_format(
    qtbot, workspace, tmp_path, content, problem
):
    path = tmp_path / "photo.csv"
    path.write_bytes(content)
    dialog = _open(qtbot, workspace, path)
    status = dialog.status_label.text()
    assert "Nothing has been imported" in status
    assert "another format" not in status
    assert "choose another file" in status
    assert dialog.cancel_button.hasFocus()


def test_a_file_read_as_the_wrong_format_still_offers_another_format(qtbot, workspace, tmp_path):
    path = tmp_path / "export.vcf"
    path.write_text("Name,Email\nAnn,ann@example.org\n", encoding="utf-8")
    dialog = _open(qtbot, workspace, path)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("vcard"))
    dialog.format_box.activated.emit(dialog.format_box.currentIndex())
    qtbot.waitUntil(lambda: dialog._job is None, timeout=10_000)
    assert "Choose another format above" in dialog.status_label.text()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_ready_page_says_when_without_seconds_or_zone(qapp, language):
    locale = QLocale()
    install_translators(qapp, language)
    try:
        text = meeting_moment_text(datetime(2026, 11, 28, 10, 0, tzinfo=UTC))
    finally:
        remove_translators(qapp)
        QLocale.setDefault(locale)
    assert "10:00" in text
    assert "10:00:00" not in text
    assert "UTC" not in text
    assert "2026" in text
    assert ("november" if language == "nl" else "November") in text
