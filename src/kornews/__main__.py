"""``python -m kornews`` = the ``kornews`` command."""

from .cli import main

raise SystemExit(main())
