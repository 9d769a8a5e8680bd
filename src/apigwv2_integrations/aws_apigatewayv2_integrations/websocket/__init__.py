"""Integrations of WebSocket APIs."""
