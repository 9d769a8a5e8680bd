"""ServiceIntegrationPattern: the older names of the integration patterns."""

from __future__ import annotations

from ..core.simple_enum import SimpleEnum


class ServiceIntegrationPattern(SimpleEnum):
    """How a task waits for its service (older form of IntegrationPattern)."""

    FIRE_AND_FORGET = "FIRE_AND_FORGET"
    """Move on as soon as the service answered the call."""
    SYNC = "SYNC"
    """Wait for the job the call started to finish."""
    WAIT_FOR_TASK_TOKEN = "WAIT_FOR_TASK_TOKEN"
    """Wait until the task token is sent back."""
