"""netdesk's benchmark suite: run ``python -m benchmarks`` (see __main__.py)."""
