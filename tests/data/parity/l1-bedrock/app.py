"""A Bedrock agent with an action group run by a Lambda function (its ARN as the executor) with a function
schema, a knowledge base on an OpenSearch Serverless collection attached to the agent, and a guardrail
(content, topic and word policies) the agent uses; attributes read with `Fn.get_att` and the `attr_*`
properties as outputs, and tags on the stack."""

import aws_cdk as cdk
from aws_cdk import aws_bedrock as bedrock, aws_iam as iam, aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "L1Bedrock")
cdk.Tags.of(stack).add("project", "assistant")

handler = lambda_.Function(
    stack,
    "Orders",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'ok': True}\n"),
)

agent_role = iam.Role(stack, "AgentRole", assumed_by=iam.ServicePrincipal("bedrock.amazonaws.com"))
agent_role.add_to_policy(
    iam.PolicyStatement(
        actions=["bedrock:InvokeModel"],
        resources=[
            f"arn:{cdk.Aws.PARTITION}:bedrock:{cdk.Aws.REGION}::foundation-model/amazon.nova-lite-v1:0"
        ],
    )
)

knowledge_base = bedrock.CfnKnowledgeBase(
    stack,
    "Docs",
    name="product-docs",
    role_arn=agent_role.role_arn,
    description="Product documentation",
    knowledge_base_configuration=bedrock.CfnKnowledgeBase.KnowledgeBaseConfigurationProperty(
        type="VECTOR",
        vector_knowledge_base_configuration=bedrock.CfnKnowledgeBase.VectorKnowledgeBaseConfigurationProperty(
            embedding_model_arn=f"arn:{cdk.Aws.PARTITION}:bedrock:{cdk.Aws.REGION}::foundation-model/amazon.titan-embed-text-v2:0",
            embedding_model_configuration=bedrock.CfnKnowledgeBase.EmbeddingModelConfigurationProperty(
                bedrock_embedding_model_configuration=bedrock.CfnKnowledgeBase.BedrockEmbeddingModelConfigurationProperty(
                    dimensions=1024, embedding_data_type="FLOAT32"
                )
            ),
        ),
    ),
    storage_configuration=bedrock.CfnKnowledgeBase.StorageConfigurationProperty(
        type="OPENSEARCH_SERVERLESS",
        opensearch_serverless_configuration=bedrock.CfnKnowledgeBase.OpenSearchServerlessConfigurationProperty(
            collection_arn="arn:aws:aoss:us-east-1:123456789012:collection/abc123",
            vector_index_name="docs-index",
            field_mapping=bedrock.CfnKnowledgeBase.OpenSearchServerlessFieldMappingProperty(
                metadata_field="AMAZON_BEDROCK_METADATA",
                text_field="AMAZON_BEDROCK_TEXT",
                vector_field="vector",
            ),
        ),
    ),
    tags={"data": "public"},
)

guardrail = bedrock.CfnGuardrail(
    stack,
    "Guardrail",
    name="assistant-guardrail",
    blocked_input_messaging="Sorry, I cannot help with that.",
    blocked_outputs_messaging="Sorry, I cannot answer that.",
    content_policy_config=bedrock.CfnGuardrail.ContentPolicyConfigProperty(
        filters_config=[
            bedrock.CfnGuardrail.ContentFilterConfigProperty(
                type="HATE", input_strength="HIGH", output_strength="HIGH"
            ),
            bedrock.CfnGuardrail.ContentFilterConfigProperty(
                type="PROMPT_ATTACK", input_strength="HIGH", output_strength="NONE", input_enabled=True
            ),
        ]
    ),
    topic_policy_config=bedrock.CfnGuardrail.TopicPolicyConfigProperty(
        topics_config=[
            bedrock.CfnGuardrail.TopicConfigProperty(
                name="investment-advice",
                definition="Recommendations about investing money.",
                type="DENY",
                examples=["Which stocks should I buy?"],
            )
        ]
    ),
    word_policy_config=bedrock.CfnGuardrail.WordPolicyConfigProperty(
        words_config=[bedrock.CfnGuardrail.WordConfigProperty(text="competitor")],
        managed_word_lists_config=[bedrock.CfnGuardrail.ManagedWordsConfigProperty(type="PROFANITY")],
    ),
    tags=[cdk.CfnTag(key="tier", value="standard")],
)

agent = bedrock.CfnAgent(
    stack,
    "Agent",
    agent_name="order-assistant",
    agent_resource_role_arn=agent_role.role_arn,
    foundation_model="amazon.nova-lite-v1:0",
    instruction="You help customers check the status of their orders.",
    idle_session_ttl_in_seconds=600,
    auto_prepare=True,
    action_groups=[
        bedrock.CfnAgent.AgentActionGroupProperty(
            action_group_name="orders",
            description="Looks up orders",
            action_group_executor=bedrock.CfnAgent.ActionGroupExecutorProperty(lambda_=handler.function_arn),
            function_schema=bedrock.CfnAgent.FunctionSchemaProperty(
                functions=[
                    bedrock.CfnAgent.FunctionProperty(
                        name="get_order",
                        description="Returns an order",
                        parameters={
                            "order_id": bedrock.CfnAgent.ParameterDetailProperty(
                                type="string", description="The order id", required=True
                            )
                        },
                    )
                ]
            ),
        ),
        bedrock.CfnAgent.AgentActionGroupProperty(
            action_group_name="UserInputAction",
            parent_action_group_signature="AMAZON.UserInput",
            action_group_state="ENABLED",
        ),
    ],
    knowledge_bases=[
        bedrock.CfnAgent.AgentKnowledgeBaseProperty(
            description="Product documentation",
            knowledge_base_id=knowledge_base.attr_knowledge_base_id,
            knowledge_base_state="ENABLED",
        )
    ],
    guardrail_configuration=bedrock.CfnAgent.GuardrailConfigurationProperty(
        guardrail_identifier=guardrail.attr_guardrail_id, guardrail_version=guardrail.attr_version
    ),
    tags={"owner": "support"},
)

handler.add_permission(
    "BedrockInvoke",
    principal=iam.ServicePrincipal("bedrock.amazonaws.com"),
    source_arn=agent.attr_agent_arn,
)

cdk.CfnOutput(stack, "AgentId", value=agent.attr_agent_id)
cdk.CfnOutput(stack, "AgentArn", value=cdk.Fn.get_att(agent.logical_id, "AgentArn").to_string())
cdk.CfnOutput(stack, "AgentVersion", value=agent.attr_agent_version)
cdk.CfnOutput(stack, "KnowledgeBaseArn", value=knowledge_base.attr_knowledge_base_arn)
cdk.CfnOutput(stack, "GuardrailArn", value=cdk.Fn.get_att(guardrail.logical_id, "GuardrailArn").to_string())
cdk.CfnOutput(stack, "GuardrailVersion", value=guardrail.attr_version)
cdk.CfnOutput(stack, "FailureReasons", value=cdk.Fn.join(",", agent.attr_failure_reasons))

app.synth()
