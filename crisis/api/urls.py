from airport_platform.api.routers import PlatformRouter

from . import views

router = PlatformRouter()
router.register_viewsets(
    views.CrisisScenarioViewSet,
    views.CrisisActionViewSet,
    views.CrisisCommunicationViewSet,
    views.CrisisResourceViewSet,
)

app_name = "crisis"
urlpatterns = router.urls
