"""The user's own additions to the phrase lists behind the pitch checks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from netdesk.services.phrases import PhraseList, PhraseService, shipped_phrases
from netdesk.views.common import notes_edit, plain_label


class PhrasesDialog(QDialog):
    def __init__(self, phrases: PhraseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhrasesDialog")
        self.setWindowTitle(self.tr("Phrases for the pitch checks"))
        self._phrases = phrases
        intro = plain_label(
            self.tr(
                "netdesk knows {requests} English and Dutch ways of asking for a job outright "
                "and {fillers} filler words. Add your own below, one per line; a * stands for "
                "any one word (“do you have * job”)."
            ).format(
                requests=len(shipped_phrases(PhraseList.JOB_REQUESTS)),
                fillers=len(shipped_phrases(PhraseList.FILLER_WORDS)),
            )
        )
        intro.setWordWrap(True)
        self.job_requests = notes_edit(self.tr("e.g. take me on as an intern"), lines=5)
        self.job_requests.setAccessibleName(self.tr("My phrases that ask for a job"))
        self.job_requests.setPlainText(phrases.own_phrases(PhraseList.JOB_REQUESTS))
        self.filler_words = notes_edit(self.tr("e.g. anyhow"), lines=5)
        self.filler_words.setAccessibleName(self.tr("My filler words"))
        self.filler_words.setPlainText(phrases.own_phrases(PhraseList.FILLER_WORDS))
        form = QFormLayout()
        form.addRow(self.tr("Asking for a &job:"), self.job_requests)
        form.addRow(self.tr("&Filler words:"), self.filler_words)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 420)

    @override
    def accept(self) -> None:
        self._phrases.save_own(
            {
                PhraseList.JOB_REQUESTS: self.job_requests.toPlainText(),
                PhraseList.FILLER_WORDS: self.filler_words.toPlainText(),
            }
        )
        super().accept()
