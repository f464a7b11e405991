from airport_platform.api.routers import PlatformRouter

from . import views

router = PlatformRouter()
router.register_viewsets(
    views.EthicalPrincipleViewSet,
    views.GovernancePolicyViewSet,
    views.DecisionAuditViewSet,
    views.FairnessMetricViewSet,
)

app_name = "governance"
urlpatterns = router.urls
