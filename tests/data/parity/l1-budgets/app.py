"""A monthly cost budget with cost filters, cost types, notifications with e-mail and SNS subscribers and a
resource tag, a usage budget with a planned limit per period, and a `CfnBudgetsAction` that attaches a deny
policy to a role when the forecast passes a threshold; the budget name and action id as outputs."""

import aws_cdk as cdk
from aws_cdk import aws_budgets as budgets, aws_iam as iam, aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "L1Budgets")
cdk.Tags.of(stack).add("cost-center", "platform")

alerts = sns.Topic(stack, "Alerts")

monthly = budgets.CfnBudget(
    stack,
    "MonthlyCost",
    budget=budgets.CfnBudget.BudgetDataProperty(
        budget_name="monthly-api-cost",
        budget_type="COST",
        time_unit="MONTHLY",
        budget_limit=budgets.CfnBudget.SpendProperty(amount=250, unit="USD"),
        cost_filters={"Service": ["Amazon API Gateway", "AWS Lambda"], "Region": ["us-east-1"]},
        cost_types=budgets.CfnBudget.CostTypesProperty(
            include_credit=False, include_refund=False, include_tax=True, use_blended=False
        ),
        time_period=budgets.CfnBudget.TimePeriodProperty(start="1735689600"),
    ),
    notifications_with_subscribers=[
        budgets.CfnBudget.NotificationWithSubscribersProperty(
            notification=budgets.CfnBudget.NotificationProperty(
                comparison_operator="GREATER_THAN",
                notification_type="ACTUAL",
                threshold=80,
                threshold_type="PERCENTAGE",
            ),
            subscribers=[
                budgets.CfnBudget.SubscriberProperty(address="ops@example.com", subscription_type="EMAIL"),
                budgets.CfnBudget.SubscriberProperty(address=alerts.topic_arn, subscription_type="SNS"),
            ],
        ),
        budgets.CfnBudget.NotificationWithSubscribersProperty(
            notification=budgets.CfnBudget.NotificationProperty(
                comparison_operator="GREATER_THAN", notification_type="FORECASTED", threshold=100.5
            ),
            subscribers=[
                budgets.CfnBudget.SubscriberProperty(address="ops@example.com", subscription_type="EMAIL")
            ],
        ),
    ],
    resource_tags=[budgets.CfnBudget.ResourceTagProperty(key="owner", value="api-team")],
)

budgets.CfnBudget(
    stack,
    "Usage",
    budget={
        "budgetType": "USAGE",
        "timeUnit": "QUARTERLY",
        "plannedBudgetLimits": {"1735689600": {"Amount": "100", "Unit": "GBP"}},
        "costFilters": {"UsageType": ["APN1-Requests-Tier1"]},
    },
)

role = iam.Role(stack, "ActionRole", assumed_by=iam.ServicePrincipal("budgets.amazonaws.com"))
role.add_managed_policy(
    iam.ManagedPolicy.from_aws_managed_policy_name("AWSBudgetsActionsWithAWSResourceControlAccess")
)
target_role = iam.Role(stack, "Workers", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

action = budgets.CfnBudgetsAction(
    stack,
    "StopSpending",
    budget_name="monthly-api-cost",
    action_type="APPLY_IAM_POLICY",
    notification_type="FORECASTED",
    approval_model="AUTOMATIC",
    action_threshold=budgets.CfnBudgetsAction.ActionThresholdProperty(type="PERCENTAGE", value=110),
    definition=budgets.CfnBudgetsAction.DefinitionProperty(
        iam_action_definition=budgets.CfnBudgetsAction.IamActionDefinitionProperty(
            policy_arn=f"arn:{cdk.Aws.PARTITION}:iam::aws:policy/AWSDenyAll", roles=[target_role.role_name]
        )
    ),
    execution_role_arn=role.role_arn,
    subscribers=[budgets.CfnBudgetsAction.SubscriberProperty(address=alerts.topic_arn, type="SNS")],
    resource_tags=[budgets.CfnBudgetsAction.ResourceTagProperty(key="owner", value="api-team")],
)
action.add_dependency(monthly)

cdk.CfnOutput(stack, "BudgetName", value=monthly.ref)
cdk.CfnOutput(stack, "ActionId", value=action.attr_action_id)
cdk.CfnOutput(stack, "BudgetId", value=monthly.attr_id)

app.synth()
