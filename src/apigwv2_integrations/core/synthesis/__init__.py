"""Synthesis: templates, asset manifests, tree and manifest of a cloud assembly."""
