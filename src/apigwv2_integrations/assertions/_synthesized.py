"""The stack artifact of a stack, synthesized in memory for the assertions that read the assembly."""

from __future__ import annotations

from ..core.errors import SynthesisError
from ..core.stack import Stack
from ..core.stage import Stage
from ..core.synthesis.assembly import CloudFormationStackArtifact, build_assembly
from ..core.synthesis.rendering import render_app


def stack_artifact(stack: Stack) -> CloudFormationStackArtifact:
    """Synthesize the stack's app in memory (nothing is written) and return the stack's artifact.

    A nested stack answers with the artifact of the stack that deploys it (its constructs are in that
    stack's metadata). Errors added with `Annotations.add_error` do not stop it, as in aws_cdk; every
    other problem raises SynthesisError.
    """
    root = stack.node.root
    if not isinstance(root, Stage):
        raise SynthesisError([(stack.node.path, "the stack is not in an App or Stage; add it to one")])
    rendered = render_app(root)
    problems = rendered.problems_besides_error_annotations()
    if problems:
        raise SynthesisError(problems)
    _, assembly = build_assembly(root, rendered, root.outdir)
    deployed = stack
    while deployed.nested_stack_parent is not None:
        deployed = deployed.nested_stack_parent
    for artifact in assembly.stacks_recursively:
        if artifact.hierarchical_id == deployed.node.path:
            return artifact
    raise SynthesisError([(stack.node.path, "the stack has no artifact in the assembly")])
