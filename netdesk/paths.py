"""Where netdesk keeps things: the data folder and the bundled resources.

The only module that knows about PyInstaller's ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DATA_DIR = "NETDESK_DATA_DIR"


def data_dir(override: Path | None = None) -> Path:
    """``--data-dir``, else $NETDESK_DATA_DIR, else the platform's user-data folder."""
    if override is not None:
        return override.expanduser().absolute()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().absolute()
    import platformdirs  # only needed for the default; keep it off the fast path

    return platformdirs.user_data_path("netdesk", appauthor=False, roaming=False)


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, from a source checkout or from the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
