"""Authorizers of HTTP APIs."""
