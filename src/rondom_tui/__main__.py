from rondom_tui.cli import main

raise SystemExit(main())
