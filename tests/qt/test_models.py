"""The table models: Qt's model contract, and search/sort through the views."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft
from netdesk.domain.organisations import OrganisationDraft
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.models.roles import RECORD_ID_ROLE
from netdesk.models.tables import (
    ContactTableModel,
    ConversationTableModel,
    OrganisationTableModel,
    PromiseTableModel,
)


@pytest.fixture
def filled(workspace, clock):
    ws = workspace
    people = []
    for i in range(300):  # more than two pages of the model's cache
        people.append(
            ws.contacts.create(
                ContactDraft(
                    first_name=f"Person{i:03d}",
                    last_name=["Jansen", "de Vries", "Öztürk"][i % 3],
                    organisation=f"Org {i % 7}",
                    emails=(f"p{i}@example.org",),
                    tags=("alumni",) if i % 2 else (),
                )
            )
        )
    ws.organisations.create(OrganisationDraft(name="Empty Target", is_target=True))
    for i, person in enumerate(people[:40]):
        ws.conversations.create(
            ConversationDraft(
                contact_id=person.id,
                occurred_at=clock.now() - timedelta(days=i),
                topics=f"topic {i}",
            )
        )
        ws.promises.create(
            PromiseDraft(
                contact_id=person.id,
                direction=PromiseDirection.MINE if i % 2 else PromiseDirection.THEIRS,
                description=f"promise {i}",
                done=i % 3 == 0,
            )
        )
    return ws


@pytest.mark.parametrize(
    ("model_class", "service"),
    [
        (ContactTableModel, "contacts"),
        (OrganisationTableModel, "organisations"),
        (ConversationTableModel, "conversations"),
        (PromiseTableModel, "promises"),
    ],
)
def test_every_model_passes_the_qt_model_tester(qtmodeltester, filled, model_class, service):
    source = getattr(filled, service)
    model = model_class(source, filled.clock) if service == "promises" else model_class(source)
    model.refresh()
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    model.set_filter("1")
    qtmodeltester.check(model)


def test_contact_model_rows_follow_search_and_sort(filled):
    model = ContactTableModel(filled.contacts)
    model.refresh()
    assert model.rowCount() == 300
    model.set_filter("ozturk 01")  # accents ignored, every word must match
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names
    assert all("Öztürk" in name and "01" in name for name in names)
    model.set_filter("")
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == "Org 6"
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 1)) == "Org 0"


def test_sorting_keeps_the_selected_record_selected(filled):
    model = ContactTableModel(filled.contacts)
    model.refresh()
    from PySide6.QtCore import QPersistentModelIndex

    chosen = QPersistentModelIndex(model.index(5, 0))
    chosen_id = model.data(chosen, RECORD_ID_ROLE)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert chosen.isValid()
    assert model.data(chosen, RECORD_ID_ROLE) == chosen_id


def test_tooltips_show_user_text_literally(workspace):
    workspace.contacts.create(ContactDraft(first_name="<b>Eve</b>", notes="x"))
    model = ContactTableModel(workspace.contacts)
    model.refresh()
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Eve&lt;/b&gt;" in tip
    assert "<b>Eve" not in tip


def test_an_edit_updates_the_row_in_place(filled):
    model = ContactTableModel(filled.contacts)
    model.refresh()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    first_id = model.id_at(0)
    contact = filled.contacts.get(first_id)
    from dataclasses import replace

    filled.contacts.update(first_id, replace(contact.to_draft(), position="Curator"))
    model.refresh()
    assert resets == []  # same rows, same order: no reset, selection survives
    assert model.data(model.index(0, 2)) == "Curator"
