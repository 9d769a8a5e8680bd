"""Resource: environment, ownership checks, removal policy and reference strength (core/resource.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import (
    App,
    Construct,
    PhysicalName,
    ReferenceStrength,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from apigwv2_integrations.aws_iam import ManagedPolicy, PermissionsBoundary, Role, ServicePrincipal
from apigwv2_integrations.aws_sqs import Queue
from apigwv2_integrations.cfn.aws_sqs import CfnQueue


def test_is_resource_takes_the_construct_keyword(stack: Stack) -> None:
    queue = Queue(stack, "Queue")
    assert Resource.is_resource(construct=queue)
    assert Resource.is_owned_resource(construct=queue)
    assert not Resource.is_resource(construct=Construct(stack, "Plain"))


def test_an_imported_resource_is_not_owned(stack: Stack) -> None:
    imported = Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:111111111111:q")
    assert Resource.is_resource(imported)
    assert not Resource.is_owned_resource(imported)


def test_reference_strength_goes_to_the_default_child(stack: Stack) -> None:
    queue = Queue(stack, "Queue")
    queue.apply_cross_stack_reference_strength(ReferenceStrength.WEAK)
    default_child = queue.node.default_child
    assert isinstance(default_child, CfnQueue)
    assert default_child._cross_stack_reference_strength is ReferenceStrength.WEAK


def test_reference_strength_needs_a_cfn_resource_default_child(stack: Stack) -> None:
    imported = Queue.from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:111111111111:q")
    with pytest.raises(ValidationError) as error:
        imported.apply_cross_stack_reference_strength(ReferenceStrength.WEAK)
    assert str(error.value) == (
        "Test/Imported: cannot apply_cross_stack_reference_strength(ReferenceStrength.WEAK): it has no "
        "CfnResource default child; apply it to the CfnResource itself"
    )


def test_a_resource_outside_any_stack_can_be_made_but_not_placed(app: App) -> None:
    # As aws-cdk-lib: an import in the App's scope (for PermissionsBoundary.of(app).apply, say) works;
    # reading its stack or environment is the error.
    policy = ManagedPolicy.from_managed_policy_arn(app, "Boundary", "arn:aws:iam::aws:policy/PowerUserAccess")
    assert policy.managed_policy_arn == "arn:aws:iam::aws:policy/PowerUserAccess"
    for read in (lambda: policy.stack, lambda: policy.env):  # type: ignore[attr-defined]
        with pytest.raises(ValidationError) as error:
            read()
        assert str(error.value) == "Boundary: is not inside a Stack; create it in a Stack's scope"


def test_a_permissions_boundary_imported_in_the_app_scope_reaches_the_roles(app: App) -> None:
    stack = Stack(app, "S")
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    boundary = ManagedPolicy.from_managed_policy_arn(
        app, "Boundary", "arn:aws:iam::aws:policy/PowerUserAccess"
    )
    PermissionsBoundary.of(app).apply(boundary)
    template = app.synth().get_stack_by_name("S").template
    assert (
        template["Resources"][stack.get_logical_id(role.node.default_child)]["Properties"][  # type: ignore[arg-type]
            "PermissionsBoundary"
        ]
        == "arn:aws:iam::aws:policy/PowerUserAccess"
    )


def test_the_protected_names_of_aws_cdk_read_the_physical_name() -> None:
    app = App()
    env = {"account": "111111111111", "region": "us-east-1"}
    stack = Stack(app, "Producer", env=env)
    named = Resource(stack, "Named", physical_name="orders")
    generated = Resource(stack, "Generated", physical_name=PhysicalName.GENERATE_IF_NEEDED)
    unnamed = Resource(stack, "Plain")
    assert named._physical_name == "orders"
    assert Token.is_unresolved(generated._physical_name)
    # Without a name, a token that resolves to nothing (a property given it is left out).
    absent = unnamed._physical_name
    assert Token.is_unresolved(absent) and absent is unnamed._physical_name
    assert stack.resolve(absent) is None
    # The name aws-cdk-lib generated for the same path and environment (parity case user-resource-protected).
    assert unnamed._generate_physical_name() == "producerproducerplaine73e46491036a459b297"
    queue = CfnQueue(named, "Resource", queue_name=named._physical_name)
    # In the resource's own environment, the attributes as they are (other environments: parity case).
    arn = named._get_resource_arn_attribute(queue.attr_arn, service="sqs", resource="orders")
    assert stack.resolve(arn) == {"Fn::GetAtt": ["NamedD2F31604", "Arn"]}
    assert stack.resolve(named._get_resource_name_attribute(queue.ref)) == {"Ref": "NamedD2F31604"}
