from airport_platform.api.routers import PlatformRouter

from . import views

router = PlatformRouter()
router.register_viewsets(
    views.KnowledgeItemViewSet,
    views.KnowledgeApplicationViewSet,
    views.KnowledgeSourceViewSet,
    views.LearningMetricViewSet,
)

app_name = "learning"
urlpatterns = router.urls
