"""Run HTTP and WebSocket APIs of a built app locally."""

__all__: list[str] = []
