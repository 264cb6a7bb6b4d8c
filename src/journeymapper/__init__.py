"""JourneyMapper: an offline editor for customer journey maps."""

__version__ = "0.1.0"

# The desktop identity: .desktop, AppStream and icon file names, and the name the
# editor gives the window system so windows find their icon and launcher.
APP_ID = "org.journeymapper.JourneyMapper"
MIME_TYPE = "application/x-journeymapper"
