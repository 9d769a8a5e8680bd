"""An OpenSearch Serverless vector collection with its encryption, network and data access policies (JSON
documents written with `json.dumps`), a tag, and the collection's endpoint, ARN and dashboard as outputs."""

import json

import aws_cdk as cdk
from aws_cdk import aws_opensearchserverless as aoss

app = cdk.App()
stack = cdk.Stack(app, "L1OpenSearchServerless")

collection_name = "docs-search"

encryption = aoss.CfnSecurityPolicy(
    stack,
    "EncryptionPolicy",
    name=f"{collection_name}-enc",
    type="encryption",
    description="AWS-owned key for the collection",
    policy=json.dumps(
        {
            "Rules": [{"ResourceType": "collection", "Resource": [f"collection/{collection_name}"]}],
            "AWSOwnedKey": True,
        }
    ),
)
network = aoss.CfnSecurityPolicy(
    stack,
    "NetworkPolicy",
    name=f"{collection_name}-net",
    type="network",
    policy=json.dumps(
        [
            {
                "Rules": [
                    {"ResourceType": "collection", "Resource": [f"collection/{collection_name}"]},
                    {"ResourceType": "dashboard", "Resource": [f"collection/{collection_name}"]},
                ],
                "AllowFromPublic": True,
            }
        ]
    ),
)

collection = aoss.CfnCollection(
    stack,
    "Collection",
    name=collection_name,
    type="VECTORSEARCH",
    description="Embeddings of the product docs",
    standby_replicas="DISABLED",
    tags=[cdk.CfnTag(key="team", value="search")],
)
collection.add_dependency(encryption)
collection.add_dependency(network)

access = aoss.CfnAccessPolicy(
    stack,
    "DataAccessPolicy",
    name=f"{collection_name}-access",
    type="data",
    policy=json.dumps(
        [
            {
                "Rules": [
                    {
                        "ResourceType": "collection",
                        "Resource": [f"collection/{collection_name}"],
                        "Permission": ["aoss:CreateCollectionItems", "aoss:DescribeCollectionItems"],
                    },
                    {
                        "ResourceType": "index",
                        "Resource": [f"index/{collection_name}/*"],
                        "Permission": ["aoss:*"],
                    },
                ],
                "Principal": [f"arn:aws:iam::{cdk.Aws.ACCOUNT_ID}:role/indexer"],
            }
        ]
    ),
)
access.node.add_dependency(collection)

cdk.CfnOutput(stack, "CollectionEndpoint", value=collection.attr_collection_endpoint)
cdk.CfnOutput(stack, "DashboardEndpoint", value=collection.attr_dashboard_endpoint)
cdk.CfnOutput(stack, "CollectionArn", value=collection.attr_arn, export_name="DocsCollectionArn")
cdk.CfnOutput(stack, "CollectionId", value=collection.ref)
cdk.CfnOutput(stack, "PolicyType", value=encryption.type)

app.synth()
