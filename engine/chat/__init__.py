"""Chat: understanding a request (rules + constrained LLM), follow-ups in a stored session, and a
reply grounded in the recommended items."""
