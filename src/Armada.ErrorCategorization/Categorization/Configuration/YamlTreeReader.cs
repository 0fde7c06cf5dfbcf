using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>
/// Reads YAML text into a <see cref="ConfigNode"/> tree from YamlDotNet's parser events. The tree
/// is built without recursion and aliases share the anchored node, so its size is linear in the
/// text however the anchors are used.
/// </summary>
internal static class YamlTreeReader
{
    private const string NullTag = "tag:yaml.org,2002:null";
    private const string DocumentPath = "(document)";
    private const int ByteOrderMark = '\uFEFF';

    /// <summary>Reads the one YAML document in <paramref name="reader"/>.</summary>
    /// <returns>The root node (null for an empty text), or the error that stopped reading.</returns>
    public static (ConfigNode? Root, ConfigError? Error) Read(TextReader reader)
    {
        // YAML allows a byte order mark before the text. YamlDotNet 18.1.0 reads U+FEFF as part of
        // the first scalar, which then fails with an error at a path made of the first line's text.
        if (reader.Peek() == ByteOrderMark)
        {
            reader.Read();
        }

        var scanner = new Scanner(reader, skipComments: true);
        var parser = new Parser(scanner);
        var frames = new List<Frame>();
        var anchors = new Dictionary<string, ConfigNode>(StringComparer.Ordinal);
        ConfigNode? root = null;
        var documents = 0;

        try
        {
            while (parser.MoveNext())
            {
                var parsingEvent = parser.Current!;
                var position = SourcePosition.From(parsingEvent.Start);
                switch (parsingEvent)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            return (null, Error(
                                DocumentPath,
                                "the text contains a second YAML document; a config must be one document, so remove this --- line and what follows it",
                                position));
                        }

                        break;

                    case Scalar scalar:
                        Add(frames, anchors, ref root, CreateScalar(scalar, position), scalar.Anchor);
                        break;

                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            return (null, Error(
                                PathOf(frames),
                                $"unknown anchor \"{alias.Value.Value}\": an alias *{alias.Value.Value} must come after the node that defines &{alias.Value.Value}",
                                position,
                                alias.Value.Value));
                        }

                        Add(frames, anchors, ref root, target, AnchorName.Empty);
                        break;

                    case SequenceStart sequence:
                        if (frames.Count >= ClassifierConfigLoader.MaxNestingDepth)
                        {
                            return (null, TooDeep(frames, position));
                        }

                        frames.Add(new Frame(new SequenceNode(position), sequence.Anchor));
                        break;

                    case MappingStart mapping:
                        if (frames.Count >= ClassifierConfigLoader.MaxNestingDepth)
                        {
                            return (null, TooDeep(frames, position));
                        }

                        frames.Add(new Frame(new MappingNode(position), mapping.Anchor));
                        break;

                    case SequenceEnd or MappingEnd:
                        var done = frames[^1];
                        frames.RemoveAt(frames.Count - 1);
                        Add(frames, anchors, ref root, done.Node, done.Anchor);
                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            return (null, Error(PathOf(frames), $"invalid YAML: {exception.Message}", SourcePosition.From(exception.Start)));
        }
        catch (InvalidOperationException)
        {
            // NOTE: YamlDotNet 18.1.0 throws InvalidOperationException instead of a YamlException for
            // some malformed input, such as an unclosed flow sequence followed by a mapping key.
            return (null, Error(
                PathOf(frames),
                "invalid YAML: the parser could not read the text here; check for an unclosed [ or { or a missing quote",
                SourcePosition.From(scanner.CurrentPosition)));
        }
        catch (ArgumentException exception)
        {
            // YamlDotNet 18.1.0 throws ArgumentException for a tag that a %TAG directive expands to
            // an invalid URI. The message names the problem; the parameter name would only confuse.
            var message = exception.ParamName is null
                ? exception.Message
                : exception.Message.Replace($" (Parameter '{exception.ParamName}')", "", StringComparison.Ordinal);
            var position = scanner.Current is { } token ? token.Start : scanner.CurrentPosition;
            return (null, Error(PathOf(frames), $"invalid YAML: {message}", SourcePosition.From(position)));
        }

        return (root, null);
    }

    private static ScalarNode CreateScalar(Scalar scalar, SourcePosition position)
    {
        var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
        var isPlain = scalar.Style == ScalarStyle.Plain && tag is null;
        var isNull = tag == NullTag || (isPlain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");
        return new ScalarNode(position, scalar.Value, isNull, isPlain);
    }

    private static void Add(List<Frame> frames, Dictionary<string, ConfigNode> anchors, ref ConfigNode? root, ConfigNode node, AnchorName anchor)
    {
        // The anchor is registered when its node is complete, so an alias inside the node it names
        // is an unknown anchor and the tree cannot contain a cycle.
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        if (frames.Count == 0)
        {
            root = node;
            return;
        }

        var parent = frames[^1];
        if (parent.Node is SequenceNode sequence)
        {
            sequence.Items.Add(node);
        }
        else if (parent.PendingKey is null)
        {
            parent.PendingKey = node;
        }
        else
        {
            ((MappingNode)parent.Node).Entries.Add(new(parent.PendingKey, node));
            parent.PendingKey = null;
        }
    }

    private static ConfigError TooDeep(List<Frame> frames, SourcePosition position) =>
        Error(
            PathOf(frames),
            $"the YAML nests lists and mappings more than {ClassifierConfigLoader.MaxNestingDepth} levels deep; an error-category config needs at most 7",
            position);

    /// <summary>
    /// Describes where the parser is, such as <c>application.errorCategories[2].rules</c>, from the
    /// open collections. Keys are written as they appear in the text. A document that is a list is
    /// the category list, so its paths start with <c>errorCategories</c> as in other errors.
    /// </summary>
    private static string PathOf(List<Frame> frames)
    {
        var path = new System.Text.StringBuilder();
        if (frames.Count > 0 && frames[0].Node is SequenceNode)
        {
            path.Append(Classifier.DefaultRootPath);
        }

        foreach (var frame in frames)
        {
            if (frame.Node is SequenceNode sequence)
            {
                path.Append('[').Append(sequence.Items.Count.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (frame.PendingKey is not null)
            {
                var key = frame.PendingKey is ScalarNode scalar ? scalar.Value : "?";
                path.Append(path.Length == 0 ? "" : ".").Append(key);
            }
        }

        return path.Length == 0 ? DocumentPath : path.ToString();
    }

    private static ConfigError Error(string path, string message, SourcePosition position, string? value = null) =>
        new(path, message, value) { Line = position.Line, Column = position.Column };

    /// <summary>A collection being read, and for a mapping the key whose value comes next.</summary>
    private sealed class Frame(ConfigNode node, AnchorName anchor)
    {
        public ConfigNode Node { get; } = node;

        public AnchorName Anchor { get; } = anchor;

        public ConfigNode? PendingKey { get; set; }
    }
}
