"""Task states that publish to Amazon SNS."""
