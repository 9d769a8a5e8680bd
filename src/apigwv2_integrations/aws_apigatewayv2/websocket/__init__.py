"""WebSocket APIs."""
