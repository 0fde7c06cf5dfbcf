using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Armada.ErrorCategorization.Cli.Input;

/// <summary>
/// One document of a YAML stream, cut out of the text so that KubernetesClient, which reads only
/// the first document of a string, can deserialize each in turn.
/// </summary>
/// <param name="Text">The document's text, starting at its <c>---</c> marker or first node.</param>
/// <param name="FirstLine">The one-based line in the whole stream where <see cref="Text"/> starts.</param>
/// <param name="RootProblem">Why the root is not a mapping, or <see langword="null"/> when it is one.</param>
internal sealed record YamlDocument(string Text, int FirstLine, string? RootProblem)
{
    /// <summary>The problem of a document without content, such as one with only comments.</summary>
    public const string EmptyProblem = "the document is empty.";

    /// <summary>Whether the document has no content at all.</summary>
    public bool IsEmpty => RootProblem == EmptyProblem;

    /// <summary>Splits <paramref name="yaml"/> into its documents, checking the syntax of the whole stream.</summary>
    /// <exception cref="YamlException">The text is not valid YAML; the exception carries the position.</exception>
    public static List<YamlDocument> Split(string yaml)
    {
        var documents = new List<YamlDocument>();
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        while (parser.TryConsume<DocumentStart>(out var start))
        {
            var rootProblem = parser.Current switch
            {
                MappingStart => null,
                SequenceStart => "the document is a YAML sequence, not a mapping.",
                Scalar { Value.Length: 0 } => EmptyProblem,
                _ => "the document is a single value, not a mapping.",
            };

            parser.SkipThisAndNestedEvents();
            var end = parser.Consume<DocumentEnd>();

            var from = checked((int)start.Start.Index);
            var to = checked((int)end.End.Index);
            documents.Add(new YamlDocument(yaml[from..to], checked((int)start.Start.Line), rootProblem));
        }

        return documents;
    }
}
