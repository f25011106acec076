"""Printed documents: HTML built from domain values, printed or saved as PDF by Qt."""
