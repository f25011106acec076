"""vCard files (``.vcf``): reading versions 2.1, 3.0 and 4.0, writing 3.0 and 4.0.

The reader is :mod:`.vcard_read`, the writer :mod:`.vcard_write`, and the text
grammar both share is :mod:`.vcard_syntax`; this module is what the rest of
netdesk imports.
"""

from __future__ import annotations

from netdesk.interchange.vcard_read import FORMAT, looks_like, read_vcard
from netdesk.interchange.vcard_write import VERSIONS, write_vcard

__all__ = ["FORMAT", "VERSIONS", "looks_like", "read_vcard", "write_vcard"]
