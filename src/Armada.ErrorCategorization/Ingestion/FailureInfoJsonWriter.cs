using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArmadaProject.Io.ArmadaEvents;

namespace Armada.ErrorCategorization.Ingestion;

/// <summary>
/// Writes a <see cref="FailureInfo"/> as the JSON object that Armada's Lookout ingester stores in
/// the <c>job_run.failure_info</c> JSONB column.
/// </summary>
/// <remarks>
/// <para>
/// The object holds only the fields that are set: <c>categories</c> (a non-empty list),
/// <c>containerName</c> (non-empty), <c>exitCode</c> (when <see cref="FailureInfo.HasFailedContainer"/>
/// is true, so never 0, as Armada writes it) and
/// <c>terminationMessage</c> (non-empty). Keys come in that order, which is the sorted order Go's
/// <c>encoding/json</c> uses for Armada's map. PostgreSQL's JSONB keeps its own key order anyway.
/// </para>
/// <para>
/// Every string has its NUL characters removed, because PostgreSQL rejects <c>\u0000</c> in JSONB
/// and would fail the whole batch, and each lone UTF-16 surrogate replaced with U+FFFD. The
/// termination message is then cut to at most <see cref="MaxTerminationMessageBytes"/> UTF-8
/// bytes, between characters. Armada cuts at the byte and can split a character.
/// </para>
/// </remarks>
public static class FailureInfoJsonWriter
{
    /// <summary>The maximum size of the stored termination message, in UTF-8 bytes: 4096, as in Armada.</summary>
    public const int MaxTerminationMessageBytes = 4096;

    // The relaxed encoder leaves quotes and non-ASCII text readable, as PostgreSQL prints JSONB;
    // only characters outside the Basic Multilingual Plane, such as emoji, become \u escapes of
    // their surrogate pair. It does not escape HTML-sensitive characters, which is safe here: the
    // text goes into a JSONB column, not into a web page.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the <c>failure_info</c> JSON object for <paramref name="failureInfo"/>.</summary>
    /// <param name="failureInfo">The failure info of a terminal error, or <see langword="null"/>.</param>
    /// <returns>
    /// The JSON text, or <see langword="null"/> when <paramref name="failureInfo"/> is null or has no
    /// field set. Store null as SQL NULL, so that the batch update keeps the value already stored.
    /// </returns>
    public static string? Write(FailureInfo? failureInfo)
    {
        if (failureInfo is null)
        {
            return null;
        }

        var message = Utf8Text.TruncateToUtf8Bytes(
            Utf8Text.Sanitize(failureInfo.TerminationMessage), MaxTerminationMessageBytes);
        var containerName = Utf8Text.Sanitize(failureInfo.ContainerName);
        var hasCategories = failureInfo.Categories.Count > 0;
        if (!hasCategories && containerName.Length == 0 && !failureInfo.HasFailedContainer && message.Length == 0)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            if (hasCategories)
            {
                writer.WriteStartArray(FailureInfoJsonKeys.Categories);
                foreach (var category in failureInfo.Categories)
                {
                    writer.WriteStringValue(Utf8Text.Sanitize(category));
                }

                writer.WriteEndArray();
            }

            if (containerName.Length > 0)
            {
                writer.WriteString(FailureInfoJsonKeys.ContainerName, containerName);
            }

            if (failureInfo.HasFailedContainer)
            {
                writer.WriteNumber(FailureInfoJsonKeys.ExitCode, failureInfo.ExitCode);
            }

            if (message.Length > 0)
            {
                writer.WriteString(FailureInfoJsonKeys.TerminationMessage, message);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
