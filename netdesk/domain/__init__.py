"""Qt-free, ORM-free domain: value objects, validation and pure rules."""
