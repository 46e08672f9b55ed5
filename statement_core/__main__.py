from statement_core.cli import main

raise SystemExit(main())
