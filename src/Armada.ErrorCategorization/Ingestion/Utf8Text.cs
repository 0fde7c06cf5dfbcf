using Armada.ErrorCategorization.Text;

namespace Armada.ErrorCategorization.Ingestion;

/// <summary>
/// Prepares .NET strings for PostgreSQL text and JSONB values, which must be valid UTF-8 without
/// NUL characters.
/// </summary>
internal static class Utf8Text
{
    private const char Nul = '\0';
    private const string NulText = "\0";

    /// <summary>
    /// Removes NUL characters and replaces each lone UTF-16 surrogate with U+FFFD, so that the result
    /// encodes to valid UTF-8 that PostgreSQL accepts in JSONB. Returns <paramref name="value"/>
    /// itself when nothing needs changing.
    /// </summary>
    public static string Sanitize(string value)
    {
        var wellFormed = WellFormedText.Of(value);
        return wellFormed.Contains(Nul, StringComparison.Ordinal) ? wellFormed.Replace(NulText, string.Empty, StringComparison.Ordinal) : wellFormed;
    }

    /// <summary>
    /// Shortens <paramref name="value"/> to its longest prefix whose UTF-8 encoding has at most
    /// <paramref name="maxBytes"/> bytes. The cut falls between characters, never inside one: a
    /// surrogate pair is kept or dropped whole.
    /// </summary>
    /// <remarks>
    /// A lone surrogate counts as three bytes, the size of the U+FFFD that an encoder writes in its
    /// place. Call <see cref="Sanitize"/> first so that the count matches the bytes stored.
    /// </remarks>
    public static string TruncateToUtf8Bytes(string value, int maxBytes)
    {
        // Each UTF-16 unit encodes to at most 3 bytes, so a short string needs no counting.
        if ((long)value.Length * 3 <= maxBytes)
        {
            return value;
        }

        var bytes = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var isPair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            var size = isPair ? 4 : Utf8Size(c);
            if (bytes + size > maxBytes)
            {
                return value[..i];
            }

            bytes += size;
            if (isPair)
            {
                i++;
            }
        }

        return value;
    }

    // The UTF-8 size of one UTF-16 unit that is not part of a pair. A lone surrogate becomes U+FFFD.
    private static int Utf8Size(char c)
    {
        if (c < 0x80)
        {
            return 1;
        }

        return c < 0x800 ? 2 : 3;
    }
}
