from airport_platform.api.routers import PlatformRouter

from . import views

router = PlatformRouter()
router.register_viewsets(
    views.OperatingModeViewSet,
    views.DecisionViewSet,
    views.ActionViewSet,
    views.DecisionDependencyViewSet,
    views.ActionDependencyViewSet,
    views.ApprovalViewSet,
    views.SystemStateViewSet,
    views.OrchestrationEventViewSet,
)

app_name = "orchestration"
urlpatterns = router.urls
