"""The CloudFormation resource classes as the package's top level exports them (`CfnStack`,
`CfnWaitConditionHandle`, ...).

aws_cdk has two sets of these classes: its top level's and `aws_cdk.aws_cloudformation`'s, which tree.json
names apart (`aws-cdk-lib.CfnStack`, `aws-cdk-lib.aws_cloudformation.CfnStack`). Each class here is the
service module's class under the top level's name; its objects are objects of the service module's class.
"""

from __future__ import annotations

from ..cfn import aws_cloudformation as _service
from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..cfn.aws_cloudformation import *  # noqa: F403
else:
    # The resource classes (not their Props structs, which tree.json does not name) get a subclass each.
    for _name in _service.__all__:
        _base = getattr(_service, _name)
        if _name.endswith("Props"):
            globals()[_name] = _base
        else:
            globals()[_name] = type(
                _name,
                (_base,),
                {"_TREE_FQN": f"aws-cdk-lib.{_name}", "__module__": __name__, "__qualname__": _name},
            )

__all__ = list(_service.__all__)
