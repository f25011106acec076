"""Guards the PySide6 pin: 6.12.0 on Python 3.11 leaks a reference to None on
every void call and aborts the interpreter after about 5,000 of them."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_void_calls_do_not_abort_the_interpreter(tmp_path):
    script = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for i in range(20_000):
            label.setText(str(i))
        model = QStringListModel()
        for _ in range(10_000):
            model.beginResetModel()
            model.endResetModel()
        print("survived")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
