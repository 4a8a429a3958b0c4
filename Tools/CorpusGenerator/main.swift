import Foundation
import NusqaCorpusGeneration

// nusqa-corpus-gen --acts N --amendments M --seed S --out DIR [--items K] [--chapters auto|always|never]
let status = GeneratorCommand.run(Array(CommandLine.arguments.dropFirst()))
exit(status)
