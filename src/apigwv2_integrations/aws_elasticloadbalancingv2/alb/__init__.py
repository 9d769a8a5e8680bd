"""Application Load Balancers, their listeners, rules, actions and target groups."""
