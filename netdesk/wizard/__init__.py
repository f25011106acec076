"""The networking-interview preparation wizard."""
