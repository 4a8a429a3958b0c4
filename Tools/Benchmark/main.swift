import Foundation

// nusqa-bench [--sizes small,medium,large] [--seed S] [--dir BenchCorpus]
exit(BenchCommand.run(Array(CommandLine.arguments.dropFirst())))
