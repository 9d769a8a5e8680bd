"""Task states that read and write Amazon DynamoDB items."""
