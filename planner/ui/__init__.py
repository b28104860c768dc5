"""The Qt user interface. Talks to storage only through the store APIs."""
