"""Task states that send to Amazon SQS."""
