import NusqaCLI

CLI.main()
