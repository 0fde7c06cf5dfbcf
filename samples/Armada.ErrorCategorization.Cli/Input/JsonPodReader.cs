using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using k8s;
using k8s.Models;

namespace Armada.ErrorCategorization.Cli.Input;

/// <summary>
/// Reads a JSON document holding one pod or a list of pods. A list is streamed: its items are
/// deserialized one at a time from the raw bytes, so only the document's bytes and the current pod
/// are in memory, however many pods the list holds.
/// </summary>
internal static class JsonPodReader
{
    // KubernetesClient's own options, so dates, quantities and int-or-string fields parse as kubectl writes them.
    private static readonly JsonTypeInfo<V1Pod> PodTypeInfo = CreatePodTypeInfo();

    /// <summary>Reads the pods in <paramref name="json"/>, a UTF-8 document without a byte order mark.</summary>
    /// <param name="source">The file name or <c>stdin</c>, used in error messages.</param>
    /// <param name="json">The whole document.</param>
    /// <returns>One entry per pod, or one error entry for a document that is not a pod or a list.</returns>
    public static IEnumerable<PodInput> Read(string source, ReadOnlyMemory<byte> json)
    {
        var error = Scan(source, json.Span, out var kind, out var items);
        if (error is not null)
        {
            yield return PodInput.Failed(source, error);
            yield break;
        }

        if (kind == PodKinds.Pod)
        {
            yield return ReadSinglePod(source, json.Span);
            yield break;
        }

        if (items is null)
        {
            yield break;
        }

        for (var index = 0; ; index++)
        {
            var item = ReadItem(source, json.Span, items, index);
            if (item is null)
            {
                yield break;
            }

            yield return item;
        }
    }

    /// <summary>
    /// Checks the whole document's syntax and finds its <c>kind</c> and, for a list, where the
    /// <c>items</c> array starts. kubectl sorts keys, so <c>items</c> comes before <c>kind</c> and
    /// both must be found before any item is read.
    /// </summary>
    private static string? Scan(string source, ReadOnlySpan<byte> json, out string? kind, out ItemCursor? items)
    {
        kind = null;
        items = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read())
            {
                return $"{source}: the file is empty. {PodKinds.Hint}";
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return $"{source}: the document is a JSON {Describe(reader.TokenType)}, not an object. {PodKinds.Hint}";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "kind" && reader.TokenType == JsonTokenType.String)
                {
                    kind = reader.GetString();
                }
                else if (name == "items" && reader.TokenType == JsonTokenType.StartArray)
                {
                    items = new ItemCursor(checked((int)reader.BytesConsumed), reader.CurrentState);
                    reader.Skip();
                }
                else
                {
                    reader.Skip();
                }
            }

            // Reading past the root object rejects trailing content, such as two concatenated documents.
            while (reader.Read())
            {
            }
        }
        catch (JsonException exception)
        {
            return DescribeInvalidJson(source, exception);
        }

        return kind == PodKinds.Pod || PodKinds.IsList(kind) ? null : PodKinds.DescribeWrongKind(source, kind);
    }

    private static PodInput ReadSinglePod(string source, ReadOnlySpan<byte> json)
    {
        try
        {
            var pod = JsonSerializer.Deserialize(json, PodTypeInfo);
            return pod is null
                ? PodInput.Failed(source, $"{source}: the document is null. {PodKinds.Hint}")
                : PodInput.Read(source, pod);
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return PodInput.Failed(source, DescribeUnreadablePod(source, exception, string.Empty));
        }
    }

    /// <summary>Reads the list item at the cursor and moves the cursor past it; returns null at the end of the list.</summary>
    private static PodInput? ReadItem(string source, ReadOnlySpan<byte> json, ItemCursor cursor, int index)
    {
        var itemSource = $"{source} items[{index}]";
        var start = cursor.Position;
        var reader = cursor.CreateReader(json);
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            cursor.MoveTo(start, reader);
            return PodInput.Failed(itemSource, $"{source}: items[{index}] is a JSON {Describe(reader.TokenType)}, not a pod object, so it was skipped.");
        }

        try
        {
            var pod = JsonSerializer.Deserialize(ref reader, PodTypeInfo)!;
            cursor.MoveTo(start, reader);
            return PodKinds.IsPodItem(pod.Kind)
                ? PodInput.Read(itemSource, pod)
                : PodInput.Failed(itemSource, PodKinds.DescribeWrongItem(source, index, pod.Kind));
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            // The scan checked the syntax, so the item can be skipped and the rest of the list still read.
            var skipper = new Utf8JsonReader(json[start.Offset..], isFinalBlock: true, start.State);
            skipper.Read();
            skipper.Skip();
            cursor.MoveTo(start, skipper);
            return PodInput.Failed(itemSource, DescribeUnreadablePod(source, exception, $"items[{index}]: "));
        }
    }

    private static string DescribeInvalidJson(string source, JsonException exception) =>
        $"{source}{Position(exception)}: invalid JSON: {TrimPosition(exception.Message)} Fix the file, or write it again with kubectl get pod(s) -o json.";

    /// <summary>Describes a pod that is valid JSON but does not fit the pod model, such as a string where a number belongs.</summary>
    /// <param name="source">The file name or <c>stdin</c>.</param>
    /// <param name="exception">The failure; only a <see cref="JsonException"/> carries a position and a path.</param>
    /// <param name="item">The list item, such as <c>items[3]: </c>, or empty for a single pod.</param>
    private static string DescribeUnreadablePod(string source, Exception exception, string item)
    {
        var position = exception is JsonException json ? Position(json) : string.Empty;
        var path = exception is JsonException { Path: { } jsonPath } ? $" at {jsonPath}" : string.Empty;
        return $"{source}{position}: {item}cannot read the pod{path}: {TrimPosition(exception.Message)} {PodKinds.Hint}";
    }

    private static string Position(JsonException exception) =>
        exception.LineNumber is { } line
            ? $":{line + 1}:{(exception.BytePositionInLine ?? 0) + 1}"
            : string.Empty;

    // System.Text.Json appends "Path: ... | LineNumber: ... | BytePositionInLine: ..." to its
    // messages, which the caller reports in its own form, and some messages end with advice about
    // reader options that a user of the CLI cannot change.
    private static string TrimPosition(string message)
    {
        foreach (var marker in new[] { " Path: ", " LineNumber: ", " Change the reader options." })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.TrimEnd();
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static JsonTypeInfo<V1Pod> CreatePodTypeInfo()
    {
        JsonSerializerOptions? options = null;
        KubernetesJson.AddJsonOptions(configured => options = configured);
        return (JsonTypeInfo<V1Pod>)options!.GetTypeInfo(typeof(V1Pod));
    }
}
