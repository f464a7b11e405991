"""The project's URLs plus `/bench/naive/<table>/`: a plain `ModelSerializer(many=True)` +
`bulk_create` endpoint, the baseline the fast COPY ingest is compared with."""

from django.urls import path
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from airport_platform.timeseries.series import series_for_table
from airport_platform.urls import urlpatterns as project_urlpatterns


class NaiveBulkView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, table):
        model = series_for_table(table).model

        class Serializer(serializers.ModelSerializer):
            class Meta:
                fields = "__all__"

        Serializer.Meta.model = model
        serializer = Serializer(data=request.data, many=True)
        serializer.is_valid(raise_exception=True)
        rows = model.objects.bulk_create([model(**item) for item in serializer.validated_data])
        return Response(Serializer(rows, many=True).data, status=status.HTTP_201_CREATED)


urlpatterns = [
    *project_urlpatterns,
    path("bench/naive/<str:table>/", NaiveBulkView.as_view()),
]
