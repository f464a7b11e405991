from airport_platform.api.routers import PlatformRouter

from . import views

router = PlatformRouter()
router.register_viewsets(
    views.CollaborationSessionViewSet,
    views.CollaborationArtifactViewSet,
    views.AIExplanationViewSet,
    views.HumanFeedbackViewSet,
)

app_name = "collaboration"
urlpatterns = router.urls
