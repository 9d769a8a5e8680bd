"""Authorizers for API Gateway v2 routes."""

from .http.iam import HttpIamAuthorizer
from .http.jwt import HttpJwtAuthorizer

__all__ = ["HttpIamAuthorizer", "HttpJwtAuthorizer"]
