from django.apps import AppConfig


class PassengerConfig(AppConfig):
    name = "passenger"
    verbose_name = "Passenger experience"
