"""Offline evaluation: rating data, train/test splits, ranking metrics, baseline scorers and protocols."""
