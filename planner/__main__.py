"""`python -m planner` is the atc-planner command."""

from planner.launch import main

if __name__ == "__main__":
    raise SystemExit(main())
