"""The contact detail pane's give and take: the ledger and the flag for a
person I only ever approach when I need something, with user text escaped."""

from __future__ import annotations

from datetime import timedelta

from netdesk.domain.contacts import ContactDraft
from netdesk.domain.conversations import ConversationDraft, ReferralDraft
from netdesk.domain.promises import PromiseDirection, PromiseDraft
from netdesk.services.workspace import Workspace
from netdesk.views.details import contact_html

DAY = timedelta(days=1)


def test_the_pane_shows_what_they_did_and_flags_only_asking(
    qapp, workspace: Workspace, clock
) -> None:
    bram = workspace.contacts.create(ContactDraft(first_name="Bram"))
    workspace.conversations.create(
        ConversationDraft(
            contact_id=bram.id,
            occurred_at=clock.now() - 3 * DAY,
            how_helped="<img src='/etc/hosts'> Named two people",
            referrals=(ReferralDraft(new_contact_name="Noor <b>El</b>"),),
        )
    )
    html = contact_html(workspace.overview.contact(bram.id), clock.now())
    assert "Give and take" in html
    assert "What they did for me (2)" in html
    assert "What I did or offered (0)" in html
    assert "They have helped you 2 times" in html
    assert "&lt;img src=&#x27;/etc/hosts&#x27;&gt; Named two people" in html
    assert "Noor &lt;b&gt;El&lt;/b&gt;" in html
    assert "<img" not in html
    assert "<b>El" not in html

    workspace.promises.create(
        PromiseDraft(
            contact_id=bram.id, direction=PromiseDirection.MINE, description="Send <the> article"
        )
    )
    html = contact_html(workspace.overview.contact(bram.id), clock.now())
    assert "They have helped you" not in html
    assert "What I did or offered (1)" in html
    assert 'I offered: <a href="netdesk:promise/' in html
    assert "Send &lt;the&gt; article" in html


def test_no_ledger_for_someone_with_nothing_either_way(qapp, workspace: Workspace, clock) -> None:
    ann = workspace.contacts.create(ContactDraft(first_name="Ann"))
    assert "Give and take" not in contact_html(workspace.overview.contact(ann.id), clock.now())
