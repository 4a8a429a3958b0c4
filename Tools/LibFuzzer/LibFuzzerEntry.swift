// The libFuzzer + AddressSanitizer entry point over the nusqa-fuzz harness (built by
// Tools/libfuzzer.sh, not by SwiftPM: libFuzzer brings its own main).
import Foundation
import NusqaFuzzHarness

/// The harness, with the base acts of the corpus at $NUSQA_FUZZ_ROOT (default: the current folder).
let harness: FuzzHarness = {
    let root = ProcessInfo.processInfo.environment["NUSQA_FUZZ_ROOT"] ?? FileManager.default.currentDirectoryPath
    let folders = SeedPool.defaultFolders(root: root)
    return FuzzHarness(bases: SeedPool(folders: [], corpora: folders.corpora).bases)
}()

/// One input: every invariant must hold; a broken one aborts, so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let first = harness.run(bytes, cli: false).first {
        FileHandle.standardError.write(Data("nusqa invariant broken: \(first)\n".utf8))
        abort()
    }
    return 0
}
