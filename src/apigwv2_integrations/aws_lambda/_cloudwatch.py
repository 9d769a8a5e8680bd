"""aws_cloudwatch's metric builders for the `metric*` methods, with aws_cloudwatch loaded on first use.

Every app that makes a function imports aws_lambda, and few ask for a metric: loading aws_cloudwatch
(seven modules) only for the first `metric*` call keeps it out of the others' import time.
"""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    from ..aws_cloudwatch.metric import metric_of, metric_options
else:

    def metric_of(*args: Any, **kwargs: Any) -> Any:
        from ..aws_cloudwatch.metric import metric_of as build  # deferred: see the module docstring

        return build(*args, **kwargs)

    def metric_options(*args: Any, **kwargs: Any) -> Any:
        from ..aws_cloudwatch.metric import metric_options as build  # deferred: see the module docstring

        return build(*args, **kwargs)


__all__ = ["metric_of", "metric_options"]
