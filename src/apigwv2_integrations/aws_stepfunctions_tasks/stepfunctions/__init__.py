"""Task states that start state machines and run activities."""
