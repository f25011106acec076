"""Qt-free readers and writers for the file formats people exchange contacts in.

Readers parse a whole file into frozen dataclasses plus a list of problems and
write nothing; services decide what to store.
"""
