"""Qt widgets: the main window, its panels and dialogs."""
