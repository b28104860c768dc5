"""Start-up: display check, single instance, recovery, icon, language, the app itself."""
