"""Parts shared by HTTP and WebSocket APIs."""
