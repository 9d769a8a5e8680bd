"""IPv4 arithmetic for splitting a VPC's CIDR range into subnets, the way aws-cdk-lib splits it."""

from __future__ import annotations

import math
import re

_IPV4 = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")
MIN_SUBNET_MASK = 16
MAX_SUBNET_MASK = 28


class NetworkUtils:
    """Conversions between dotted IPv4 addresses and numbers."""

    @staticmethod
    def validate_ip(ip: str) -> bool:
        """True when `ip` is a dotted IPv4 address with octets from 0 to 255."""
        match = _IPV4.match(ip)
        return match is not None and all(int(octet) <= 255 for octet in match.groups())

    @staticmethod
    def ip_to_num(ip: str) -> int:
        """The address as a 32-bit number; ValueError when it is not a dotted IPv4 address."""
        if not NetworkUtils.validate_ip(ip):
            raise ValueError(f"{ip!r} is not an IPv4 address")
        value = 0
        for octet in ip.split("."):
            value = value * 256 + int(octet)
        return int(value)

    @staticmethod
    def num_to_ip(number: int) -> str:
        """The dotted form of a 32-bit number."""
        return ".".join(str((number >> shift) & 0xFF) for shift in (24, 16, 8, 0))


class CidrBlock:
    """An aligned IPv4 block: a network address and a mask."""

    def __init__(self, network_address: int, mask: int) -> None:
        size = CidrBlock.calculate_netsize(mask)
        # aws-cdk-lib rounds an unaligned start up to the next block boundary.
        self.network_address = -(-network_address // size) * size
        self.mask = mask
        self.network_size = size
        self.cidr = f"{NetworkUtils.num_to_ip(self.network_address)}/{mask}"

    @staticmethod
    def parse(cidr: str) -> CidrBlock:
        """The block of a `a.b.c.d/mask` string; ValueError when it is not one."""
        address, slash, mask = cidr.partition("/")
        if not slash or not mask.isdigit() or int(mask) > 32:
            raise ValueError(f"{cidr!r} is not an IPv4 CIDR range")
        return CidrBlock(NetworkUtils.ip_to_num(address), int(mask))

    @staticmethod
    def calculate_netsize(mask: int) -> int:
        """How many addresses a block with `mask` holds."""
        return 1 << (32 - mask)

    def min_address(self) -> int:
        """The first address of the block."""
        return self.network_address

    def max_address(self) -> int:
        """The last address of the block."""
        return self.network_address + self.network_size - 1

    def next_block(self) -> CidrBlock:
        """The block of the same size right after this one."""
        return CidrBlock(self.max_address() + 1, self.mask)

    def contains_cidr(self, other: CidrBlock) -> bool:
        """True when `other` lies inside this block."""
        return self.min_address() <= other.min_address() and other.max_address() <= self.max_address()


class NetworkBuilder:
    """Hands out consecutive subnets of a network, each aligned to its own size."""

    def __init__(self, cidr: str) -> None:
        self.network_cidr = CidrBlock.parse(cidr)
        self.subnet_cidrs: list[CidrBlock] = []
        self._next_available_ip = self.network_cidr.min_address()

    def add_subnet(self, mask: int) -> str:
        """Allocate one subnet with `mask` and return its CIDR."""
        return self.add_subnets(mask, 1)[0]

    def add_subnets(self, mask: int, count: int = 1) -> list[str]:
        """Allocate `count` subnets with `mask`; ValueError when they do not fit."""
        if not MIN_SUBNET_MASK <= mask <= MAX_SUBNET_MASK:
            raise ValueError(
                f"a /{mask} subnet is not possible; "
                f"subnet masks go from /{MIN_SUBNET_MASK} to /{MAX_SUBNET_MASK}"
            )
        end = self._next_available_ip + CidrBlock.calculate_netsize(mask) * count
        if self.network_cidr.max_address() < end - 1:
            raise ValueError(
                f"{count} more /{mask} subnet{'s do' if count != 1 else ' does'} not fit in the "
                f"remaining space of {self.network_cidr.cidr}"
            )
        cidrs = []
        for _ in range(count):
            block = CidrBlock(self._next_available_ip, mask)
            self._next_available_ip = block.next_block().min_address()
            self.subnet_cidrs.append(block)
            cidrs.append(block.cidr)
        return cidrs

    @property
    def cidrs(self) -> list[str]:
        """The CIDRs allocated so far."""
        return [block.cidr for block in self.subnet_cidrs]

    def mask_for_remaining_subnets(self, subnet_count: int) -> int:
        """The largest mask that lets `subnet_count` equal subnets share the remaining space."""
        remaining = self.network_cidr.max_address() - self._next_available_ip + 1
        per_subnet = remaining // subnet_count
        if per_subnet < 1:
            return 33
        return 32 - math.floor(math.log2(per_subnet))
