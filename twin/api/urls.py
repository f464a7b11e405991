from airport_platform.api.routers import PlatformRouter

from . import views

router = PlatformRouter()
router.register_viewsets(
    views.SimulationScenarioViewSet,
    views.SimulationStateViewSet,
    views.SimulationInterventionViewSet,
    views.PredictionModelViewSet,
    views.PredictionAccuracyViewSet,
)

app_name = "twin"
urlpatterns = router.urls
