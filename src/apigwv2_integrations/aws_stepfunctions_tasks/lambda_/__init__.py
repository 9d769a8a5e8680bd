"""Task states that invoke AWS Lambda functions."""
