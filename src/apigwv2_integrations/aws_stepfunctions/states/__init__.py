"""The states of the Amazon States Language, one module each."""
