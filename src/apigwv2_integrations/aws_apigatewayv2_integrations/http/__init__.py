"""Integrations of HTTP APIs."""
