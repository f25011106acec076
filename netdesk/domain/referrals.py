"""Referral chains: who led me to whom (the guidance: ask your contacts whether
they know anyone who might be of interest).

A contact's upward chain follows "referred me to" links back to where the
thread started; the downward tree shows whom they referred me to, and whom
those people referred me to in turn. Both are cycle-safe and depth-limited,
because people do refer each other back and forth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Lookup = Callable[[int], Sequence[int]]


@dataclass(frozen=True, slots=True)
class ReferralNode:
    contact_id: int
    children: tuple[ReferralNode, ...] = ()


def chain_upwards(contact_id: int, referrers_of: Lookup, *, max_depth: int = 8) -> list[int]:
    """Nearest first: ``[B, A]`` reads "A referred me to B, who referred me to them"."""
    chain: list[int] = []
    seen = {contact_id}
    current = contact_id
    while len(chain) < max_depth:
        parent = next((p for p in referrers_of(current) if p not in seen), None)
        if parent is None:
            break
        chain.append(parent)
        seen.add(parent)
        current = parent
    return chain


def tree_downwards(
    contact_id: int, referred_by: Lookup, *, max_depth: int = 3
) -> list[ReferralNode]:
    """Whom this person referred me to, each with whom *they* referred me to."""
    seen = {contact_id}

    def grow(node_id: int, depth: int) -> tuple[ReferralNode, ...]:
        if depth >= max_depth:
            return ()
        children = [c for c in referred_by(node_id) if c not in seen]
        seen.update(children)
        return tuple(ReferralNode(c, grow(c, depth + 1)) for c in children)

    return list(grow(contact_id, 0))
