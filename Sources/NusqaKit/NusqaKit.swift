// NusqaKit: the library users import. It owns no code of its own; it re-exports the public API of every stage.
@_exported import NusqaCore
@_exported import NusqaLanguage
@_exported import NusqaText
@_exported import NusqaParse
@_exported import NusqaAmend
@_exported import NusqaCorpus
@_exported import NusqaTimeline
@_exported import NusqaDiff
@_exported import NusqaRender
