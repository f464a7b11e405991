"""What governance serves under other apps' resources (registered at ready(), see
airport_platform/api/routers.py `register_related_route`): the latest governance evaluation of a
decision at `/api/v1/orchestration/decisions/{id}/governance/`."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from airport_platform.api.routers import register_related_route
from governance.selectors import decision_governance
from orchestration.models import Decision


class DecisionGovernanceView(GenericAPIView):
    """The latest evaluation of the decision by the policy engine: policies and principles
    evaluated (with versions), rules matched, what they require (who may approve, how many
    people, deadline), warnings, and the compliance status recorded in `decision_audits`."""

    queryset = Decision.objects.all()
    pagination_class = None
    filter_backends = ()

    @extend_schema(
        responses={200: OpenApiTypes.OBJECT}, operation_id="orchestration_decisions_governance_retrieve"
    )
    def get(self, request, pk):
        return Response(decision_governance(decision=self.get_object()))


def register_decision_routes() -> None:
    register_related_route(
        "orchestration.Decision", suffix="governance", view=DecisionGovernanceView.as_view()
    )
