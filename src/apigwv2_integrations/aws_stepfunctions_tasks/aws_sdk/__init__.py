"""Task states that call any AWS API through the AWS SDK integrations."""
