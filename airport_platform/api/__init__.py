"""REST API base classes: app viewsets, serializers and filter sets only declare what is special."""
