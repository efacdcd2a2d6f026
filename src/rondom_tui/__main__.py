from rondom_tui.cli.program import main

raise SystemExit(main())
