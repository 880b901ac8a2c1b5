"""The knowledge graph: subjects, people, series and items, linked."""
