"""Authorizers of WebSocket APIs."""
