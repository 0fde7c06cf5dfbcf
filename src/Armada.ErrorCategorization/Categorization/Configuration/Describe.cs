using System.Globalization;
using System.Text;

namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>Formats config values for error messages.</summary>
internal static class Describe
{
    private const int MaxQuotedLength = 80;

    /// <summary>Describes what a node is: a quoted scalar, <c>null</c>, <c>a list</c> or <c>a mapping</c>.</summary>
    public static string Node(ConfigNode node) => node switch
    {
        ScalarNode { IsNull: true } => "null",
        ScalarNode scalar => Quote(scalar.Value),
        SequenceNode => "a list",
        _ => "a mapping",
    };

    /// <summary>Returns the text of a non-null scalar, or null for anything else, for <see cref="ConfigError.Value"/>.</summary>
    public static string? ScalarValue(ConfigNode node) => node is ScalarNode { IsNull: false } scalar ? scalar.Value : null;

    /// <summary>
    /// Quotes a value with escapes for quotes, backslashes and control characters, cut to 80
    /// characters so one long value cannot flood the message.
    /// </summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(Math.Min(value.Length, MaxQuotedLength) + 8).Append('"');
        var length = Math.Min(value.Length, MaxQuotedLength);
        for (var i = 0; i < length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        if (value.Length > MaxQuotedLength)
        {
            text.Append('…');
        }

        return text.Append('"').ToString();
    }
}
