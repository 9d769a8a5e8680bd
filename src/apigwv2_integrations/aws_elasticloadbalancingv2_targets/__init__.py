"""Targets of Elastic Load Balancing v2 target groups: IP addresses and EC2 instance ids."""

from .instance_target import InstanceIdTarget
from .ip_target import IpTarget

__all__ = ["InstanceIdTarget", "IpTarget"]
