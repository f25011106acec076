"""Which channels are still the built-ins a data file starts with, so the UI
can show them in the user's language (and a renamed or own one as typed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.domain.conversations import ChannelKey
from netdesk.services.channels import STARTING_NAMES, starting_name_key, unrenamed_key
from netdesk.services.workspace import Workspace
from netdesk.store.migrations import m0001_initial


def test_the_starting_names_are_the_ones_the_first_migration_writes() -> None:
    assert {ChannelKey(k): name for k, name in m0001_initial._CHANNELS} == dict(STARTING_NAMES)
    assert set(STARTING_NAMES) == set(ChannelKey)


def test_a_new_data_file_has_every_built_in_unrenamed(workspace: Workspace) -> None:
    channels = workspace.channels.all()
    assert [unrenamed_key(c) for c in channels] == [c.key for c in channels]
    assert all(starting_name_key(c.name) == c.key for c in channels)


def test_a_renamed_built_in_and_an_own_channel_are_shown_as_typed(workspace: Workspace) -> None:
    coffee = workspace.channels.by_key(ChannelKey.COFFEE)
    assert coffee is not None
    renamed = workspace.channels.rename(coffee.id, "Koffie met taart")
    assert renamed.key is ChannelKey.COFFEE
    assert unrenamed_key(renamed) is None
    assert starting_name_key(renamed.name) is None
    own = workspace.channels.create("Lunch")
    assert unrenamed_key(own) is None
    # Renamed back, it is the built-in again, translations and all.
    assert unrenamed_key(workspace.channels.rename(coffee.id, "Coffee")) is ChannelKey.COFFEE


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_only_a_starting_name_names_a_built_in(name: str) -> None:
    key = starting_name_key(name)
    assert (key is not None) == (name in STARTING_NAMES.values())
    if key is not None:
        assert STARTING_NAMES[key] == name
