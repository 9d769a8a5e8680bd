"""Task states that send events to Amazon EventBridge."""
