"""Federated identity providers of user pools."""
