from airport_platform.api.routers import PlatformRouter

from . import views

router = PlatformRouter()
router.register_viewsets(
    views.PassengerJourneyViewSet,
    views.JourneyTouchpointViewSet,
    views.JourneyInterventionViewSet,
    views.ExperienceMetricViewSet,
)

app_name = "passenger"
urlpatterns = router.urls
