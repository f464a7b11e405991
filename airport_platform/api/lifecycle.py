"""`POST {id}/transition/` for every viewset that declares a lifecycle.

    class CrisisScenarioViewSet(PlatformViewSet):
        ...
        lifecycle = lifecycle.SCENARIO
        transition_service = staticmethod(services.crisis_scenario_transition)

The base class expands the declaration into a documented action: the body names the target
(`{"status": "resolved", "reason": "..."}`, whatever the column is called), the caller needs
the change permission on the model (whoever may edit the row may move it), the service is
called as service(<lifecycle.argument>=row, to=..., user=..., reason=...). An illegal move is
409 naming the current state, the target and the allowed targets.
"""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied

TRANSITION_CONFLICT = OpenApiResponse(
    description="Not allowed from the current state: `detail` names the current state, the target "
    "and the targets allowed from it (or the domain rule that refused it)."
)


class TransitionRequestSerializer(serializers.Serializer):
    reason = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=4000,
        help_text="Why; kept in the row's change history with the transition.",
    )


def transition_request_serializer(model, lifecycle):
    """The request body of `model`'s transition: `status` limited to the lifecycle's states."""
    choices = [
        (value, label)
        for value, label in model._meta.get_field(lifecycle.field).choices
        if value in lifecycle.states
    ]
    status = serializers.ChoiceField(choices=choices, help_text="The state to move to.")
    return type(f"{model.__name__}TransitionSerializer", (TransitionRequestSerializer,), {"status": status})


def transition_action(viewset_class, lifecycle):
    model = viewset_class.queryset.model
    request_serializer = transition_request_serializer(model, lifecycle)
    rows = "; ".join(
        f"{state} → {', '.join(targets) or '(final)'}" for state, targets in lifecycle.diagram_rows()
    )
    description = (
        f"Move the {lifecycle.label} to another `{lifecycle.field}` (the only way to change it). "
        f"Allowed: {rows}. Needs the change permission on {model._meta.verbose_name_plural}."
    )

    def transition(self, request, *args, **kwargs):
        opts = self.model._meta
        needed = f"{opts.app_label}.change_{opts.model_name}"
        if not request.user.has_perm(needed):
            raise PermissionDenied(f"You need the {needed} permission.")
        instance = self.get_object()
        body = request_serializer(data=request.data)
        body.is_valid(raise_exception=True)
        result = self.transition_service(
            **{lifecycle.argument: instance},
            to=body.validated_data["status"],
            user=request.user,
            reason=body.validated_data["reason"],
        )
        result.refresh_from_db()
        return self.row_response(result)

    transition.__doc__ = description
    transition = action(detail=True, methods=["post"], url_path="transition", url_name="transition")(
        transition
    )
    # After @action, which replaces the function's kwargs (where the schema is kept).
    return extend_schema(
        request=request_serializer,
        responses={200: viewset_class.serializer_class, 409: TRANSITION_CONFLICT},
        description=description,
    )(transition)


class LifecycleViewSetMixin:
    """Declare `lifecycle` and `transition_service` to get `POST {id}/transition/`."""

    lifecycle = None
    transition_service = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        lifecycle = cls.__dict__.get("lifecycle")
        if lifecycle is not None:
            if cls.__dict__.get("transition_service") is None:
                raise TypeError(f"{cls.__name__} declares a lifecycle without a transition_service")
            cls.transition = transition_action(cls, lifecycle)
