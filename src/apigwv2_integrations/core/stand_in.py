"""StandIn: a node of the construct tree where aws-cdk-lib has a construct that renders nothing here.

aws-cdk-lib builds some constructs only as machinery (a file asset's `Stage` and `AssetBucket`, the
imported network ACL of each subnet). They write nothing to a template, but they are nodes of its
construct tree, so tree.json lists them; a stand-in keeps the trees the same.
"""

from __future__ import annotations

from .construct import Construct


class StandIn(Construct):
    """A construct that renders nothing; tree.json shows it as the aws-cdk-lib class `fqn`."""

    def __init__(self, scope: Construct, id: str, fqn: str) -> None:
        super().__init__(scope, id)
        self.fqn = fqn
        """The aws-cdk-lib class name tree.json gives the node (`aws-cdk-lib.aws_s3_assets.Asset`)."""


def file_asset_node(scope: Construct, id: str) -> StandIn:
    """The node of a file asset, as aws-cdk-lib's `aws_s3_assets.Asset` with its two children."""
    asset = StandIn(scope, id, "aws-cdk-lib.aws_s3_assets.Asset")
    StandIn(asset, "Stage", "aws-cdk-lib.AssetStaging")
    StandIn(asset, "AssetBucket", "aws-cdk-lib.aws_s3.BucketBase")
    return asset


def docker_image_asset_node(scope: Construct, id: str) -> StandIn:
    """The node of a Docker image asset: aws-cdk-lib's `aws_ecr_assets.DockerImageAsset` and its children."""
    asset = StandIn(scope, id, "aws-cdk-lib.aws_ecr_assets.DockerImageAsset")
    StandIn(asset, "Staging", "aws-cdk-lib.AssetStaging")
    StandIn(asset, "Repository", "aws-cdk-lib.aws_ecr.RepositoryBase")
    return asset
