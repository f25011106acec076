"""My job goal: what I am looking for and where I would like to work."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QWidget

from netdesk.domain.goal import JobGoal, goal_from_text
from netdesk.views.common import notes_edit, plain_label
from netdesk.views.record_dialog import RecordDialog


@dataclass(frozen=True, slots=True)
class GoalForm:
    goal: JobGoal
    targets: tuple[str, ...]


class GoalDialog(RecordDialog[GoalForm]):
    def __init__(
        self,
        goal: JobGoal,
        targets: Sequence[str],
        save: Callable[[GoalForm], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("My job goal"), build=self._form, save=save, parent=parent)
        self.setObjectName("GoalDialog")
        intro = plain_label(
            self.tr(
                "What you are looking for, in a few words. It fills in the “what I'm looking "
                "for” part of a new pitch, and Today shows who has not heard it yet. "
                "One item per line."
            )
        )
        intro.setWordWrap(True)
        self.roles = notes_edit(self.tr("e.g. museum educator\nexhibition assistant"), lines=3)
        self.sectors = notes_edit(self.tr("e.g. museums\ncultural heritage"), lines=3)
        self.regions = notes_edit(self.tr("e.g. Amsterdam\nLeiden"), lines=2)
        self.targets = notes_edit(self.tr("e.g. Rijksmuseum\nNaturalis"), lines=3)
        self.summary = notes_edit(
            self.tr("e.g. a first job from March, four days a week, where I work with visitors"),
            lines=3,
        )
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(intro)
        for name, label, widget in (
            ("roles", self.tr("&Roles:"), self.roles),
            ("sectors", self.tr("&Sectors:"), self.sectors),
            ("regions", self.tr("Re&gions:"), self.regions),
            ("targets", self.tr("&Target organisations:"), self.targets),
            ("summary", self.tr("In my own &words:"), self.summary),
        ):
            form.addRow(label, widget)
            self.register_field(name, label, widget)
        self.roles.setPlainText("\n".join(goal.roles))
        self.sectors.setPlainText("\n".join(goal.sectors))
        self.regions.setPlainText("\n".join(goal.regions))
        self.targets.setPlainText("\n".join(targets))
        self.summary.setPlainText(goal.summary)
        self.roles.setFocus()
        self.resize(560, 560)

    def _form(self) -> GoalForm:
        goal = goal_from_text(
            self.roles.toPlainText(),
            self.sectors.toPlainText(),
            self.regions.toPlainText(),
            self.summary.toPlainText(),
        )
        targets = tuple(line.strip() for line in self.targets.toPlainText().splitlines())
        return GoalForm(goal, tuple(t for t in targets if t))
