"""Recommendation: candidates from every signal, a ranker learned from feedback, diversity, reasons."""
