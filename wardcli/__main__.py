"""`python -m wardcli`: the same as the `wardcli` console script."""

from .cli.app import main

main()
