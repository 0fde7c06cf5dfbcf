using System.Text;

namespace Armada.ErrorCategorization.Text;

/// <summary>
/// Makes text well-formed UTF-16 by replacing each lone surrogate with U+FFFD, the character that
/// UTF-8 encoders, protobuf and Go's JSON decoder put in its place. Text from pods and configs goes
/// through it before it enters an event: a protobuf message holding a lone surrogate differs from
/// its decoded copy, and protobuf's JSON formatter (which <c>ToString()</c> uses) throws on it.
/// </summary>
internal static class WellFormedText
{
    private const char ReplacementCharacter = '\uFFFD';

    /// <summary>
    /// Returns <paramref name="value"/> with each lone UTF-16 surrogate replaced by U+FFFD, or the
    /// empty string for null. Returns <paramref name="value"/> itself when it has no lone surrogate.
    /// </summary>
    public static string Of(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var first = IndexOfLoneSurrogate(value);
        return first < 0 ? value : ReplaceLoneSurrogates(value, first);
    }

    private static int IndexOfLoneSurrogate(string value)
    {
        var i = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return -1;
        }

        for (; i < value.Length; i++)
        {
            if (IsPairAt(value, i))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string ReplaceLoneSurrogates(string value, int first)
    {
        var builder = new StringBuilder(value.Length).Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            if (IsPairAt(value, i))
            {
                builder.Append(value[i]).Append(value[i + 1]);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(value[i]) ? ReplacementCharacter : value[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsPairAt(string value, int i) =>
        char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
}
