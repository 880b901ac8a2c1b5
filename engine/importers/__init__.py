"""Importers: detect a file's format, parse it into records, and store them in the library."""
