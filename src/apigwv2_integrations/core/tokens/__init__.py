"""Tokens: values known only at deploy time, carried through ordinary Python values."""
