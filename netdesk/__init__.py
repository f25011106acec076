"""netdesk: a desktop tool for professional networking during a job search."""

__version__ = "0.1.0"
APP_NAME = "netdesk"
