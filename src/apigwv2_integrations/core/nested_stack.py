"""NestedStack: a stack deployed as an `AWS::CloudFormation::Stack` resource of its parent stack."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ._digests import sha256
from .asset_types import (
    DockerImageAssetLocation,
    DockerImageAssetSource,
    FileAssetLocation,
    FileAssetPackaging,
    FileAssetSource,
)
from .assets import add_asset_metadata
from .cfn_element import READERS, CfnElement, rendering_element
from .cfn_output import CfnOutput
from .cfn_parameter import CfnParameter
from .cfn_reference import CfnReference
from .cfn_resource import CfnResource
from .cfn_schema import PropertyRows
from .construct import Construct, enclosing_stack
from .duration import Duration
from .environment import Environment
from .errors import ValidationError
from .logical_id import make_unique_id
from .names import Names
from .removal_policy import RemovalPolicy
from .runtime_typing import TYPE_CHECKING
from .stack import Stack
from .struct import LazyAttrsMeta, as_dict, lazy_frozen
from .synthesis.json_text import dump_template
from .synthesis.synthesizers import IStackSynthesizer, StackArtifactParts, _AssetKeywords
from .tags import TagManager, TagType
from .tokens.fn import Fn
from .tokens.lazy import Lazy
from .tokens.pseudo import Aws
from .tokens.token import Intrinsic, IResolveContext, Token

if TYPE_CHECKING:
    from typing import Any, ClassVar

_UNRESOLVED_TEMPLATE_URL = "<unresolved>"


@lazy_frozen(kw_only=True)
class NestedStackProps(metaclass=LazyAttrsMeta):
    """The keywords of `NestedStack` as one struct."""

    description: str | None = None
    """The description of the nested template. Default: no description."""
    notification_arns: Sequence[str] | None = None
    """SNS topic ARNs that receive the nested stack's events. Default: none."""
    parameters: Mapping[str, str] | None = None
    """Values for the parameters of the nested template. Default: none."""
    removal_policy: RemovalPolicy | None = None
    """What happens to the nested stack when it leaves the parent. Default: RemovalPolicy.DESTROY."""
    suppress_template_indentation: bool | None = None
    """Write the nested template without indentation. Default: False."""
    timeout: Duration | None = None
    """How long CloudFormation waits for the nested stack to reach CREATE_COMPLETE. Default: no timeout."""


class _CfnStack(CfnResource):
    """The `AWS::CloudFormation::Stack` resource that deploys a nested stack; it takes tags."""

    _TREE_FQN = "aws-cdk-lib.CfnStack"
    # Only for tree.json, which shows the properties under aws-cdk-lib's CfnStack prop names.
    _CFN_PROPERTIES: ClassVar[PropertyRows] = (
        (
            "NotificationARNs",
            "notification_arns",
            "notificationArns",
            ("array", ("string", None, ()), ()),
            False,
        ),
        ("Parameters", "parameters", "parameters", ("map", ("string", None, ()), ()), False),
        ("Tags", "tags", "tags", ("array", ("tag", None, ()), ()), False),
        ("TemplateURL", "template_url", "templateUrl", ("string", None, ()), True),
        ("TimeoutInMinutes", "timeout_in_minutes", "timeoutInMinutes", ("integer", None, ()), False),
    )

    def __init__(self, scope: Construct, id: str, *, properties: dict[str, Any]) -> None:
        super().__init__(scope, id, type="AWS::CloudFormation::Stack", properties=properties)
        self.tags = TagManager(TagType.STANDARD, "AWS::CloudFormation::Stack", tag_property_name="Tags")

    @property
    def template_url(self) -> str:
        """The URL of the nested template (a token until the parent's assets are known)."""
        return str(self._properties["TemplateURL"])

    def _cfn_properties(self) -> dict[str, Any]:
        # The tags take their place in CfnStack's property order (by name), not after the others.
        merged = super()._cfn_properties()
        return dict(sorted(merged.items()))


class NestedStackSynthesizer(_AssetKeywords):
    """Synthesizes a nested stack: its assets are published by the parent stack's synthesizer."""

    def __init__(self, parent_deployment: IStackSynthesizer) -> None:
        self._parent_deployment = parent_deployment

    def bind(self, stack: Stack) -> None:
        """Attach to the nested stack (nothing to record: the parent's synthesizer does the work)."""

    def _add_file_asset(self, asset: FileAssetSource) -> FileAssetLocation:
        # Registered with the parent stack's synthesizer, through its public (aws_cdk) method.
        return self._parent_deployment.add_file_asset(**as_dict(asset))

    def _add_docker_image_asset(self, asset: DockerImageAssetSource) -> DockerImageAssetLocation:
        return self._parent_deployment.add_docker_image_asset(**as_dict(asset))

    def template_additions(self, stack: Stack) -> dict[str, dict[str, Any]]:
        """Nothing: the bootstrap version check belongs to the top-level stack."""
        return {}

    def stack_artifact(self, stack: Stack, template_hash: str) -> StackArtifactParts:
        """A nested stack is no artifact of the assembly: its template is an asset of its parent."""
        return StackArtifactParts(properties={})

    def replace_file_asset(self, old_hash: str, asset: FileAssetSource) -> None:
        """Swap a registered asset for another, at the same place (forwarded to the parent's synthesizer)."""
        replace = getattr(self._parent_deployment, "replace_file_asset", None)
        if replace is not None:
            replace(old_hash, asset)


class NestedStack(Stack):
    """A stack whose template is deployed by its parent stack as an `AWS::CloudFormation::Stack`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        description: str | None = None,
        notification_arns: Sequence[str] | None = None,
        parameters: Mapping[str, str] | None = None,
        removal_policy: RemovalPolicy | None = None,
        suppress_template_indentation: bool | None = None,
        timeout: Duration | None = None,
    ) -> None:
        props = NestedStackProps(
            description=description,
            notification_arns=notification_arns,
            parameters=parameters,
            removal_policy=removal_policy,
            suppress_template_indentation=suppress_template_indentation,
            timeout=timeout,
        )
        if scope.node._stack is None:
            raise ValidationError(
                scope,
                f"NestedStack {id!r} must be created inside a Stack; pass a Stack (or a construct in one) "
                "as scope",
            )
        parent = Stack.of(scope)
        super().__init__(
            scope,
            id,
            env=Environment(account=parent._env_account, region=parent._env_region),
            description=props.description,
            suppress_template_indentation=props.suppress_template_indentation,
            synthesizer=NestedStackSynthesizer(parent.synthesizer),
        )
        self._parent_stack = parent
        self.template_file = (
            f"{make_unique_id([s.node.id for s in self.node.scopes[1:]])}.nested.template.json"
        )
        self._parameters: dict[str, str] = dict(props.parameters or {})
        self._template_hash: str | None = None
        # aws-cdk-lib puts the resource in a construct of its own beside the nested stack.
        resource_scope = Construct(scope, f"{id}.NestedStack")
        properties: dict[str, Any] = {}
        if props.notification_arns:
            properties["NotificationARNs"] = list(props.notification_arns)
        properties["Parameters"] = Lazy.uncached_any(lambda: dict(self._parameters) or None)
        properties["TemplateURL"] = Lazy.uncached_string(self._template_url)
        if props.timeout is not None:
            properties["TimeoutInMinutes"] = props.timeout.to_minutes()
        self._resource = _CfnStack(resource_scope, f"{id}.NestedStackResource", properties=properties)
        self._resource.apply_removal_policy(props.removal_policy or RemovalPolicy.DESTROY)
        # As in aws-cdk-lib, the escape hatch of a nested stack is the resource that deploys it.
        self.node.default_child = self._resource
        add_asset_metadata(self, self._resource, self.template_file, "TemplateURL")
        # Inside the nested template its name and id are pseudo parameters; elsewhere they come from the
        # resource's Ref, which is the nested stack's ARN.
        self.stack_name = Token.as_string(
            _ContextualValue(self, Aws.STACK_NAME, Fn.select(1, Fn.split("/", self._resource.ref)))
        )
        self._contextual_stack_id = Token.as_string(_ContextualValue(self, Aws.STACK_ID, self._resource.ref))

    @staticmethod
    def is_nested_stack(x: Any) -> bool:
        """True when `x` is a NestedStack."""
        return isinstance(x, NestedStack)

    @property
    def nested(self) -> bool:
        """Always True."""
        return True

    @property
    def stack_id(self) -> str:
        """The nested stack's ID: `AWS::StackId` inside it, the resource's Ref elsewhere."""
        return self._contextual_stack_id

    @property
    def nested_stack_resource(self) -> CfnResource | None:
        """The `AWS::CloudFormation::Stack` resource in the parent stack."""
        return self._resource

    @property
    def nested_stack_parent(self) -> Stack | None:
        """The stack that deploys this one."""
        return self._parent_stack

    def set_parameter(self, name: str, value: str) -> None:
        """Pass `value` to the nested template's parameter `name`."""
        self._parameters[name] = value

    # --- references between the nested stack and the stacks above it ---------------------------

    def _parameter_for(self, reference: CfnReference) -> dict[str, Any]:
        """A `Ref` to the parameter that passes `reference` (of a stack above) into this stack."""
        parameter_id = f"reference-to-{_unique_id_of(reference)}{reference.attribute}"
        parameter = self.node.try_find_child(parameter_id)
        if not isinstance(parameter, CfnParameter):
            parameter = CfnParameter(self, parameter_id, type="String")
            # The parent resolves the value in its own template (through its own parent if it is nested).
            self._parameters[parameter.logical_id] = Token.as_string(reference)
            self._exports_changed = True
            self._parent_stack._exports_changed = True
        _note_reader(parameter)
        return {"Ref": parameter.logical_id}

    def _output_for(self, reference: CfnReference) -> CfnReference:
        """The `Fn::GetAtt Outputs.<name>` of the parent's resource that reads `reference` of this stack."""
        output_id = f"{_unique_id_of(reference)}{reference.attribute}"
        output = self.node.try_find_child(output_id)
        if not isinstance(output, CfnOutput):
            output = CfnOutput(self, output_id, value=self._output_value_of(reference))
            self._exports_changed = True
        _note_reader(output)
        return CfnReference.for_(self._resource, f"Outputs.{output.logical_id}")

    # --- the template as an asset of the parent -------------------------------------------------

    def _template_asset(self) -> FileAssetSource:
        return FileAssetSource(
            source_hash=self._template_hash or "",
            file_name=self.template_file,
            packaging=FileAssetPackaging.FILE,
            display_name=f"{Names.stack_relative_construct_path(self)} Nested Stack Template",
        )

    def _publish_template(self, template: dict[str, Any]) -> bool:
        """Record the hash of the rendered template; True when it changed."""
        # As in aws-cdk-lib, the nested stack's own tags go to the resource that deploys it.
        for key, value in self.tags.tag_values().items():
            self._resource.tags.set_tag(key, value)
        # aws-cdk-lib hashes the compact JSON of the template, whatever the indentation it is written with.
        new_hash = sha256(dump_template(template, indent=None)).hexdigest()
        old_hash = self._template_hash
        if new_hash == old_hash:
            return False
        self._template_hash = new_hash
        if old_hash is not None:
            # The template changed while the app was rendered: its asset keeps its place in the manifest.
            replace = getattr(self._parent_stack.synthesizer, "replace_file_asset", None)
            if replace is not None:
                replace(old_hash, self._template_asset())
        return True

    def _template_url(self) -> str:
        if self._template_hash is None:
            return _UNRESOLVED_TEMPLATE_URL
        parent = self._parent_stack
        location = parent.synthesizer.add_file_asset(**as_dict(self._template_asset()))
        return f"https://s3.{parent.region}.{parent.url_suffix}/{location.bucket_name}/{location.object_key}"

    def __repr__(self) -> str:
        return f"<NestedStack {self.node.path}>"


class _ContextualValue(Intrinsic):
    """A value that reads one way in the nested stack's template and another way in other templates."""

    def __init__(self, nested: NestedStack, inner: str, outer: str) -> None:
        super().__init__(None)
        self._nested = nested
        self._inner = inner
        self._outer = outer

    def resolve(self, context: IResolveContext) -> Any:
        return self._inner if enclosing_stack(context.scope) is self._nested else self._outer


def _unique_id_of(reference: CfnReference) -> str:
    target = reference.target
    return make_unique_id([scope.node.id for scope in target.node.scopes[1:]])


def _note_reader(made: CfnElement) -> None:
    """Note the element being rendered as a reader of `made`, a parameter or output made for references."""
    reader = rendering_element[0]
    readers: list[CfnElement] | None = made.__dict__.get(READERS)
    if readers is None:
        readers = made.__dict__[READERS] = []
    if reader is not None and reader is not made:
        readers.append(reader)
