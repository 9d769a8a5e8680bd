"""Network Load Balancers, their listeners, actions and target groups."""
