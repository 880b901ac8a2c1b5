"""Item embeddings: text, encoder, vector store and the nearest-neighbour index."""
