"""The local language model: GGUF files, the llama.cpp runtime, and (later) intent and replies."""
