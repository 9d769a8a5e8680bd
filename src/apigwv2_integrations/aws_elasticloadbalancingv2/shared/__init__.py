"""What Application and Network Load Balancers share."""
