"""Qt-free use cases. The UI and the command line call these, never the store."""
