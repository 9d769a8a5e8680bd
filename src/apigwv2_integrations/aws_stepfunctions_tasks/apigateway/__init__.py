"""Task states that call API Gateway endpoints."""
