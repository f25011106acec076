"""Qt-free persistence: the SQLite data file, its schema and migrations, backups."""
