"""LambdaDestination: a bucket notifies a Lambda function, which it is allowed to invoke."""

from __future__ import annotations

from ..aws_iam.principals import ServicePrincipal
from ..aws_lambda import IFunction, Permission
from ..aws_s3 import BucketNotificationDestinationConfig, BucketNotificationDestinationType
from ..core.construct import Construct
from ..core.errors import ValidationError
from ..core.names import Names
from ..core.stack import Stack
from ..core.struct_callbacks import call_with_struct
from ..interfaces.aws_s3 import IBucketRef


class LambdaDestination:
    """Invoke a function with the bucket's notifications (with the permission S3 needs)."""

    def __init__(self, fn: IFunction) -> None:
        self._fn = fn

    def bind(self, scope: Construct, bucket: IBucketRef) -> BucketNotificationDestinationConfig:
        """Let the bucket invoke the function (one permission per bucket and function); return its ARN."""
        if not isinstance(bucket, Construct):
            raise ValidationError(
                scope, f"bucket={bucket!r} is not a construct; pass a Bucket or an imported bucket"
            )
        permissions_node = getattr(self._fn, "permissions_node", self._fn.node)
        permission_id = f"AllowBucketNotificationsTo{Names.node_unique_id(permissions_node)}"
        if bucket.node.try_find_child(permission_id) is None:
            call_with_struct(
                self._fn.add_permission,
                Permission,
                permission_id,
                principal=ServicePrincipal("s3.amazonaws.com"),
                scope=bucket,
                source_account=Stack.of(bucket).account,
                source_arn=bucket.bucket_ref.bucket_arn,
            )
        # None when the function takes no permissions here (imported from another account).
        permission = bucket.node.try_find_child(permission_id)
        return BucketNotificationDestinationConfig(
            arn=self._fn.function_arn,
            type=BucketNotificationDestinationType.LAMBDA,
            dependencies=[permission] if permission is not None else None,
        )
