"""Task states that call HTTPS APIs through EventBridge connections."""
