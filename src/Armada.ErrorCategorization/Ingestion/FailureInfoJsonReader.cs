using System.Text.Json;
using System.Text.RegularExpressions;
using Armada.ErrorCategorization.Text;

namespace Armada.ErrorCategorization.Ingestion;

/// <summary>
/// Reads a stored <c>failure_info</c> JSON object back into a <see cref="RunFailureInfo"/>, as
/// tolerantly as Lookout's REST API does.
/// </summary>
/// <remarks>
/// <para>
/// Each known key is read on its own and counts only when its value has the right JSON type:
/// <c>exitCode</c> a number, <c>terminationMessage</c> and <c>containerName</c> strings,
/// <c>categories</c> an array. Other keys are ignored, and so is a known key whose value has
/// another type (an exit code stored as the string <c>"137"</c>, for example). Keys are
/// case-sensitive. When a key occurs twice, the last occurrence is used. A <c>\u</c> escape of a
/// lone UTF-16 surrogate reads as U+FFFD, as Go's JSON decoder reads it.
/// </para>
/// <para>
/// The exit code may be floating point, as it is after a JSON round trip through Go's
/// <c>map[string]any</c>. It is truncated toward zero (137.9 gives 137, -1.5 gives -1). A value
/// outside the int32 range after truncation is ignored like a value of the wrong type. Go's
/// conversion of such a value depends on the platform. Non-string elements of <c>categories</c>
/// are dropped, and an empty array still counts.
/// </para>
/// <para>
/// The result is <see langword="null"/> when no known key counted, even if the object has other
/// keys. An object with at least one counted key is returned even when its values are empty.
/// </para>
/// </remarks>
public static class FailureInfoJsonReader
{
    private const int PreviewLength = 80;

    /// <summary>Parses <paramref name="json"/>, the text of a <c>failure_info</c> value, and reads it.</summary>
    /// <param name="json">The stored JSON text; <see langword="null"/> (SQL NULL) or the JSON literal <c>null</c> gives null.</param>
    /// <returns>The failure info, or <see langword="null"/> when nothing usable is stored.</returns>
    /// <exception cref="FormatException">
    /// <paramref name="json"/> is not valid JSON, contains a lone UTF-16 surrogate, or is a JSON
    /// value other than an object or null. The message quotes the start of the value.
    /// </exception>
    public static RunFailureInfo? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new FormatException(
                $"Invalid failure_info value {Preview(json)}: it is not valid JSON ({exception.Message}). " +
                "Store the JSON object that FailureInfoJsonWriter.Write returns, or SQL NULL.",
                exception);
        }
        catch (ArgumentException exception)
        {
            // JsonDocument.Parse transcodes the text to UTF-8, which a lone surrogate cannot be.
            throw new FormatException(
                $"Invalid failure_info value {Preview(WellFormedText.Of(json))}: it is not valid UTF-16 text, because it contains a lone surrogate. " +
                "Pass the text as the database returned it.",
                exception);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Reads a <c>failure_info</c> value that is already parsed, such as a field of a larger JSON document.</summary>
    /// <param name="element">The value; a JSON null or an undefined (default) element gives null.</param>
    /// <returns>The failure info, or <see langword="null"/> when nothing usable is stored.</returns>
    /// <exception cref="FormatException"><paramref name="element"/> is a JSON value other than an object or null.</exception>
    public static RunFailureInfo? Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Undefined:
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                break;
            default:
                throw new FormatException(
                    $"Invalid failure_info value {Preview(element.GetRawText())}: it is a JSON {element.ValueKind}, " +
                    "but it must be an object or null. Store the JSON object that FailureInfoJsonWriter.Write returns, or SQL NULL.");
        }

        JsonElement categories = default, containerName = default, exitCode = default, terminationMessage = default;
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case FailureInfoJsonKeys.Categories:
                    categories = property.Value;
                    break;
                case FailureInfoJsonKeys.ContainerName:
                    containerName = property.Value;
                    break;
                case FailureInfoJsonKeys.ExitCode:
                    exitCode = property.Value;
                    break;
                case FailureInfoJsonKeys.TerminationMessage:
                    terminationMessage = property.Value;
                    break;
            }
        }

        var info = new RunFailureInfo
        {
            Categories = ReadCategories(categories),
            ContainerName = ReadString(containerName),
            ExitCode = ReadExitCode(exitCode),
            TerminationMessage = ReadString(terminationMessage),
        };
        var anyCounted = info.Categories is not null || info.ContainerName is not null ||
                         info.ExitCode is not null || info.TerminationMessage is not null;
        return anyCounted ? info : null;
    }

    private static string? ReadString(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? GetString(value) : null;

    /// <summary>
    /// Gets a JSON string's value, with U+FFFD for each <c>\u</c> escape of a lone surrogate, as
    /// Go's JSON decoder reads it. System.Text.Json throws on such an escape, which JSON allows
    /// and PostgreSQL's JSONB rejects.
    /// </summary>
    private static string GetString(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // The text is a valid JSON string literal, whose escapes Regex.Unescape decodes the same way.
            var literal = value.GetRawText();
            return WellFormedText.Of(Regex.Unescape(literal[1..^1]));
        }
    }

    private static int? ReadExitCode(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            return null;
        }

        var truncated = Math.Truncate(number);
        return truncated is >= int.MinValue and <= int.MaxValue ? (int)truncated : null;
    }

    private static List<string>? ReadCategories(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var categories = new List<string>(value.GetArrayLength());
        foreach (var element in value.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                categories.Add(GetString(element));
            }
        }

        return categories;
    }

    private static string Preview(string value) =>
        value.Length <= PreviewLength ? $"'{value}'" : $"'{value[..PreviewLength]}...' ({value.Length} characters)";
}
