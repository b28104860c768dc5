"""Start-up and the frame of the window: display, single instance, recovery, language, menus."""
